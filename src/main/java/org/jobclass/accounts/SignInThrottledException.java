package org.jobclass.accounts;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because too many have failed recently for the account or the address. */
public class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-ins");
    }
}
