package org.jobclass.accounts;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords through the delegate unless the throttle says to wait first. Failures count against the
 * account the database finds for the name typed, however it was spelt ("ADMIN", "admın"), and against the address.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** No account has a longer name: a longer one is looked up nowhere and kept nowhere. */
    private static final int LONGEST_USERNAME = 60;

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final AccountRepository accounts;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle, AccountRepository accounts) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName() == null ? "" : authentication.getName().strip();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (typed.isEmpty() || typed.length() > LONGEST_USERNAME) {
            throttle.failed(null, address);
            throw new BadCredentialsException("No such account");
        }
        String account = accounts.findByUsernameIgnoreCase(typed).map(Account::getUsername).orElse(null);
        Optional<Duration> wait = throttle.waitBefore(account, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
