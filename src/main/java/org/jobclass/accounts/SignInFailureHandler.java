package org.jobclass.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the sign-in page, keeping the username typed and saying why, without telling which part was wrong. */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        request.getSession().setAttribute(SignInController.ATTEMPTED_USERNAME,
                username == null ? "" : username.substring(0, Math.min(username.length(), 60)));
        String reason = exception instanceof SignInThrottledException throttled
                ? "throttled=" + Math.max(1, (throttled.waitFor().toMillis() + 999) / 1000) : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
