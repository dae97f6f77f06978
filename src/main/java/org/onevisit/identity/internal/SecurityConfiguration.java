package org.onevisit.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.onevisit.identity.Role;
import org.onevisit.platform.ApiPaths;
import org.onevisit.platform.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deny by default. Anonymous visitors reach the portal's public pages and whatever the modules declare
 * in {@link PublicPaths}; {@code /me/**} is for citizens and enterprises, {@code /staff/**} for staff;
 * every handler beyond that states its roles with {@code @PreAuthorize}. The API ({@code /api/} and the
 * modules' {@link ApiPaths}) answers 401/403 as
 * problem JSON, pages redirect to the right login or show the 403 page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String[] ALWAYS_PUBLIC = {
    "/", "/login", "/login/**", "/staff/login", "/assets/**", "/webjars/**",
    "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/swagger-ui/**",
    "/swagger-ui.html", "/actuator/health", "/actuator/health/**", "/actuator/info"
  };

  private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
      + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain web(HttpSecurity http, List<PublicPaths> modulePaths, List<ApiPaths> apiPaths,
      SecurityContextRepository contexts, JsonMapper json,
      ObjectProvider<HandlerMapping> mappings) throws Exception {
    List<String> open = new ArrayList<>(List.of(ALWAYS_PUBLIC));
    modulePaths.forEach(p -> open.addAll(p.patterns()));
    String[] staffRoles = java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    RequestMatcher api = request -> ApiPaths.isApi(request, apiPaths);
    RequestMatcher staffPages = request -> request.getRequestURI().startsWith(request.getContextPath() + "/staff");

    // StaffAuthentication is the single AuthenticationProvider bean, so Spring Security builds the global
    // AuthenticationManager from it; registering it here as well would run every attempt twice.
    http.securityContext(c -> c.securityContextRepository(contexts))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(open.toArray(String[]::new)).permitAll()
            .requestMatchers("/me", "/me/**").hasAnyRole("CITIZEN", "ENTERPRISE")
            .requestMatchers("/staff", "/staff/**").hasAnyRole(staffRoles)
            // a Prometheus agent on the node itself scrapes without an account; from elsewhere, administrators only
            .requestMatchers("/actuator/prometheus").access((authentication, ctx) -> new AuthorizationDecision(
                isLoopback(ctx.getRequest().getRemoteAddr())
                    || authentication.get().getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.SYSTEM_ADMIN.authority()))))
            .requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMIN.name())
            .anyRequest().access(new MappedPathsRequireLogin(mappings)))
        .formLogin(form -> form
            .loginPage("/staff/login")
            .loginProcessingUrl("/staff/login")
            .defaultSuccessUrl("/staff", false)
            .failureHandler((request, response, exception) -> {
              String reason = exception instanceof org.springframework.security.authentication.LockedException
                  ? "locked" : "bad";
              response.sendRedirect(request.getContextPath() + "/staff/login?error=" + reason);
            })
            .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
        // API clients without a browser session need no CSRF token; a call riding on a session cookie does
        .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request) && !hasSessionCookie(request)))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(h -> h
            .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(f -> f.deny()))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor((request, response, ex) ->
                problem(json, response, HttpStatus.UNAUTHORIZED, "identity.problem.unauthenticated"), api)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/staff/login"), staffPages)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
            .defaultAccessDeniedHandlerFor((request, response, ex) ->
                problem(json, response, HttpStatus.FORBIDDEN, "identity.problem.forbidden"), api)
            // a single mapping would be applied to every request: pages get the 403 page explicitly
            .defaultAccessDeniedHandlerFor(SecurityConfiguration::pageAccessDenied, request -> true));
    return http.build();
  }

  /**
   * On pages, a form whose CSRF token no longer matches (the session expired, or the form was submitted a
   * second time after login) goes back to itself with a notice, not to "forbidden"; anything else is 403.
   */
  static void pageAccessDenied(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
      org.springframework.security.access.AccessDeniedException denied) throws java.io.IOException,
      jakarta.servlet.ServletException {
    if (denied instanceof CsrfException && !"GET".equals(request.getMethod())) {
      String self = request.getRequestURI().replaceFirst("^/+", "/");
      response.sendRedirect(self + "?expired");
      return;
    }
    new AccessDeniedHandlerImpl().handle(request, response, denied);
  }

  static boolean hasSessionCookie(jakarta.servlet.http.HttpServletRequest request) {
    var cookies = request.getCookies();
    return cookies != null && java.util.Arrays.stream(cookies).anyMatch(c -> c.getName().equals("SESSION"));
  }

  static boolean isLoopback(String address) {
    return address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1");
  }

  private static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String code)
      throws java.io.IOException {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Authentication required" : "Forbidden");
    problem.setDetail(status == HttpStatus.UNAUTHORIZED
        ? "Log in or present credentials to use this endpoint."
        : "Your account may not use this endpoint or this record.");
    problem.setProperty("code", code);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
