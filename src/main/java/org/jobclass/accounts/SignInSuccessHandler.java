package org.jobclass.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After signing in: to the form kept while signed out, if there is one, to send it again; otherwise to the page that
 * asked for the sign-in, or the dashboard.
 */
@Component
public class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final HeldForms heldForms;

    SignInSuccessHandler(HeldForms heldForms) {
        this.heldForms = heldForms;
        setDefaultTargetUrl("/editor");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            heldForms.signedIn(session);
            if (heldForms.held(session).isPresent()) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/editor/resume");
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
