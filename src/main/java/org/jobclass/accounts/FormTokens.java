package org.jobclass.accounts;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Where a form's security token is kept: in a cookie of its own rather than in the session, so that a form sent after
 * the session ended still proves it came from the site's own page (and is kept, to be sent after signing in). The
 * cookie is not readable by scripts and is not sent with another site's form.
 */
public final class FormTokens {

    static final String COOKIE = "JOBCLASS-FORM-TOKEN";

    private FormTokens() {
    }

    public static CsrfTokenRepository repository() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(COOKIE);
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }
}
