package org.jobclass.accounts;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account whose access has changed, so the change applies at once, on every instance: the
 * sessions are marked expired in the shared session table, and the next request of each is signed out.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAllOf(String username) {
        registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }
}
