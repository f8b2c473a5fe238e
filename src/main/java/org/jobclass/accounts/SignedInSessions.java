package org.jobclass.accounts;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Ends the sessions of an account whose access has changed, so the change applies at once. */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAllOf(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
