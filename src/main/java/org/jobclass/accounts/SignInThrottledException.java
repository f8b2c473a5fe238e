package org.jobclass.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because too many have failed recently for the account or the address. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins");
        this.wait = wait;
    }

    /** How long until the next attempt will be checked. */
    public Duration waitFor() {
        return wait;
    }
}
