package org.jobclass.accounts;

import java.util.List;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records each sign-in and each failed attempt, with the address it came from. */
@Component
class SignInAuditor {

    private final AuditLog audit;

    SignInAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.record(authentication.getName(), AuditAction.SIGNED_IN, AuditSubject.SIGN_IN, null,
                authentication.getName(), from(authentication), List.of());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String reason = event.getException() instanceof SignInThrottledException ? "refused: too many failures"
                : "rejected";
        audit.record(null, AuditAction.SIGN_IN_FAILED, AuditSubject.SIGN_IN, null, attempt.getName(),
                reason + "; " + from(attempt), List.of());
    }

    private static String from(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? "from " + details.getRemoteAddress() : "from an unknown address";
    }
}
