package org.jobclass.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What staff pages need to keep a session going while it is used, and to keep forms across its end. */
@Configuration(proxyBeanMethods = false)
public class StaffSessionConfiguration implements WebMvcConfigurer {

    /** The name of the staff session's cookie. */
    public static final String SESSION_COOKIE = "JOBCLASS-SESSION";

    private final HeldForms heldForms;

    StaffSessionConfiguration(HeldForms heldForms) {
        this.heldForms = heldForms;
    }

    /**
     * The staff session's cookie: its own name, never readable by scripts, not sent with other sites' forms, and
     * {@code Secure} whenever the request came over HTTPS (as a trusted proxy says, see the forwarded headers).
     */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HeldFormSent(heldForms)).addPathPatterns("/editor/**", "/admin/**");
    }

    /** How long a staff session lasts between requests, for the page that warns before it ends. */
    @ControllerAdvice
    static class SessionLength {

        @ModelAttribute("sessionSeconds")
        Integer sessionSeconds(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            return session == null || request.getUserPrincipal() == null ? null : session.getMaxInactiveInterval();
        }
    }
}
