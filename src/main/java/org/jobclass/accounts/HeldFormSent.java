package org.jobclass.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Forgets a kept form once it has been sent again and answered (saved, or shown back with its text): a server
 * error keeps it, to be sent once more.
 */
class HeldFormSent implements HandlerInterceptor {

    static final String PARAMETER = "heldForm";

    private final HeldForms heldForms;

    HeldFormSent(HeldForms heldForms) {
        this.heldForms = heldForms;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        String key = request.getParameter(PARAMETER);
        if (key != null && "POST".equals(request.getMethod()) && failure == null && response.getStatus() < 500) {
            heldForms.discard(request.getSession(false), key);
        }
    }
}
