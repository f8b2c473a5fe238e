package org.jobclass.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.stereotype.Component;

/**
 * A staff form whose token is out of date because its sender signed in again meanwhile (in another tab, after the
 * session ended): the form is kept and offered to be sent again, rather than refused with the text lost. Only a page
 * of this site sends such a form: the token cookie it carries is never sent with another site's form. Every other
 * refusal is the plain "not allowed" page.
 */
@Component
public class HoldFormWithStaleToken implements AccessDeniedHandler {

    private final HeldForms heldForms;
    private final AccessDeniedHandler notAllowed = new AccessDeniedHandlerImpl();

    HoldFormWithStaleToken(HeldForms heldForms) {
        this.heldForms = heldForms;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof InvalidCsrfTokenException) || !HeldForms.canHold(request) || !hasTokenCookie(request)) {
            notAllowed.handle(request, response, denied);
            return;
        }
        heldForms.hold(request);
        response.sendRedirect(request.getContextPath() + (isSignedIn() ? "/editor/resume" : "/login"));
    }

    private boolean hasTokenCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(FormTokens.COOKIE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
