package org.jobclass.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose fields hold a NUL character is answered 400: no form sends one, and PostgreSQL stores no text
 * that has one. File uploads (multipart requests) are left to the import, which reads their text itself.
 */
@Component
class NulCharactersRefused extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "A field holds a NUL character.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
