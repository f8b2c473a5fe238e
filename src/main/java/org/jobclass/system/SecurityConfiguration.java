package org.jobclass.system;

import jakarta.servlet.DispatcherType;
import org.jobclass.accounts.FormTokens;
import org.jobclass.accounts.HoldFormThenSignIn;
import org.jobclass.accounts.HoldFormWithStaleToken;
import org.jobclass.accounts.SignInFailureHandler;
import org.jobclass.accounts.SignInSuccessHandler;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every access rule of the site, in one place: the public reads, editors edit under {@code /editor},
 * admins also manage dates, accounts and the audit log under {@code /admin}. An admin is also an editor.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * No observation around each security filter, authentication and authorization: every request, static files
     * included, would pay for a dozen observations that nothing reads. Requests are still timed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
    }

    /**
     * The management endpoints: health for anyone (its parts for admins), metrics for admins only, signed in on the
     * site or sending an admin's username and password (HTTP Basic, as a Prometheus server scraping them does).
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementEndpoints(HttpSecurity http) {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSuccessHandler signInSuccess,
                                            SignInFailureHandler signInFailure, HoldFormThenSignIn holdFormThenSignIn,
                                            HoldFormWithStaleToken holdFormWithStaleToken,
                                            SessionRegistry sessionRegistry) {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/editor/**").hasRole("EDITOR")
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll())
                // The read API answers other sites' scripts, preflight included (see ApiConfiguration).
                .cors(Customizer.withDefaults())
                .formLogin(login -> login
                        .loginPage("/login")
                        .successHandler(signInSuccess)
                        .failureHandler(signInFailure))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut"))
                // A staff form sent after its session ended, or with a token outdated by signing in again, is kept
                // to be sent after signing in: no typed text is lost to a timeout.
                .csrf(csrf -> csrf.csrfTokenRepository(FormTokens.repository()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(holdFormThenSignIn, HoldFormThenSignIn::answers)
                        .accessDeniedHandler(holdFormWithStaleToken))
                .sessionManagement(sessions -> sessions
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

}
