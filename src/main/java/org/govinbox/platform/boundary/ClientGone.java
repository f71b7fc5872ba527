package org.govinbox.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * R2: once the request's body broke off because the client went away ({@link RequestLimits} marks the request), the
 * answer has nowhere to go: writing it fails, and the JAX-RS runtime would log that failure as SEVERE with a stack
 * trace. This filter lets such writes fail silently — for marked requests only; every other write error surfaces.
 */
@WebFilter(urlPatterns = "/api/*")
public class ClientGone extends HttpFilter {

    static final String MARK = ClientGone.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            private ServletOutputStream out;

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                if (out == null) {
                    out = new Quiet(request, super.getOutputStream());
                }
                return out;
            }

            @Override
            public void flushBuffer() throws IOException {
                try {
                    super.flushBuffer();
                } catch (IOException e) {
                    if (request.getAttribute(MARK) == null) {
                        throw e;
                    }
                }
            }
        });
    }

    private static final class Quiet extends ServletOutputStream {
        private final HttpServletRequest request;
        private final ServletOutputStream out;

        Quiet(HttpServletRequest request, ServletOutputStream out) {
            this.request = request;
            this.out = out;
        }

        private boolean gone() {
            return request.getAttribute(MARK) != null;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                if (!gone()) {
                    throw e;
                }
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                if (!gone()) {
                    throw e;
                }
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                if (!gone()) {
                    throw e;
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                if (!gone()) {
                    throw e;
                }
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
