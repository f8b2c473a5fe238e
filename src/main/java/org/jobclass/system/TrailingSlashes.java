package org.jobclass.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/** An address written with a trailing slash ("/classes/0435/") is redirected for good to the one without. */
@Configuration(proxyBeanMethods = false)
class TrailingSlashes {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashRedirect() {
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/classes/**", "/api/**", "/search/**").redirect(HttpStatus.MOVED_PERMANENTLY)
                        .build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("trailingSlashRedirect");
        return registration;
    }
}
