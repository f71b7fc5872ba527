package org.govinbox.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R1: an API request body larger than {@code govinbox.request.max-bytes} (or, for a method marked
 * {@link LargeBody}, than its own configured limit) is refused with 413 before it is read; a body without a
 * declared length is cut off at the same size.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLimits implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "govinbox.request.max-bytes")
    long defaultMaxBytes;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = defaultMaxBytes;
        java.lang.reflect.Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(LargeBody.class)) {
            maxBytes = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue(method.getAnnotation(LargeBody.class).value(), Long.class);
        }
        if (request.getLength() > maxBytes) {
            throw ProblemException.tooLarge(maxBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw ProblemException.tooLarge(max);
            }
        }
    }
}
