package org.jobclass.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API is open to any site's scripts for reading, and describes itself in an OpenAPI document. */
@Configuration
class ApiConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {ApiPaths.BASE + "/**", "/v3/api-docs/**", "/v3/api-docs"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD")
                    .allowedHeaders("If-None-Match", "If-Modified-Since")
                    .exposedHeaders("ETag", "Last-Modified", "Content-Disposition")
                    .maxAge(86_400);
        }
    }

    /**
     * Each API response carries an ETag made from its body: a client that sends it back in If-None-Match is answered
     * 304 Not Modified. The downloads stream and name themselves by the catalog's version instead.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(ApiPaths.BASE + "/*", "/v3/api-docs", "/v3/api-docs/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info()
                .title("jobclass classification plan API")
                .version("1")
                .description("The published class descriptions of the classification plan, their revisions and the"
                        + " whole catalog, read-only. Responses carry an ETag: send it back in If-None-Match to be"
                        + " answered 304 when nothing changed. Errors are RFC 9457 problem details."));
    }
}
