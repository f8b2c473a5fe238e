package org.jobclass.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What staff pages need to keep a session going while it is used, and to keep forms across its end. */
@Configuration(proxyBeanMethods = false)
class StaffSessionConfiguration implements WebMvcConfigurer {

    private final HeldForms heldForms;

    StaffSessionConfiguration(HeldForms heldForms) {
        this.heldForms = heldForms;
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
