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
 * declared length is cut off at the same size. R2: a body that ends before its declared length, or whose
 * connection breaks while it is read (the client went away), is answered 400 without a stack trace in the log and
 * stores nothing — never a truncated file.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLimits implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "govinbox.request.max-bytes")
    long defaultMaxBytes;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest servletRequest;

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
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes, request.getLength(),
                    () -> servletRequest.setAttribute(ClientGone.MARK, Boolean.TRUE)));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private final long declared;
        private final Runnable markGone;
        private long read;

        Limited(InputStream in, long max, long declared, Runnable markGone) {
            super(in);
            this.max = max;
            this.declared = declared;
            this.markGone = markGone;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException broken) {
                markGone.run();
                throw clientGone();
            }
            if (b >= 0) {
                count(1);
            } else {
                ended();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException broken) {
                markGone.run();
                throw clientGone();
            }
            if (n > 0) {
                count(n);
            } else if (n < 0) {
                ended();
            }
            return n;
        }

        private void ended() {
            if (declared > 0 && read < declared) {
                markGone.run();
                throw clientGone();
            }
        }

        private static ProblemException clientGone() {
            return new ProblemException(Problem.of(400, "请求未完整收到", "上传未完成（连接中断），请重新上传"));
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw ProblemException.tooLarge(max);
            }
        }
    }
}
