package org.jobclass.system;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests are limited to a few megabytes (a description at its longest fits), except the two uploads: the import's
 * pages, a backup to restore and a salary schedule, whose own limits are the multipart settings. File parts (multipart bodies) are
 * taken by those addresses only. Refused before anything reads the body: 413 for too large, 415 for a multipart
 * body elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimits extends OncePerRequestFilter {

    static final DataSize MAX_REQUEST = DataSize.ofMegabytes(4);
    private static final Set<String> UPLOADS = Set.of("/editor/import", "/admin/backup", "/admin/pay");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isUpload(request)) {
            if (request.getContentLengthLong() > MAX_REQUEST.toBytes()) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            if (isMultipart(request)) {
                response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && UPLOADS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
