package org.jobclass.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * A staff form sent by someone no longer signed in (the session ended while they typed): the form is kept and they are
 * asked to sign in again, after which they can send it. It only gets here past the form token check, so the form came
 * from the site's own page in this browser.
 */
@Component
public class HoldFormThenSignIn implements AuthenticationEntryPoint {

    private final HeldForms heldForms;

    HoldFormThenSignIn(HeldForms heldForms) {
        this.heldForms = heldForms;
    }

    /** The requests this entry point answers: forms it can keep. */
    public static boolean answers(HttpServletRequest request) {
        return HeldForms.canHold(request);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
            throws IOException {
        heldForms.hold(request);
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
