package org.onevisit.sharing.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.onevisit.sharing.ApiClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine clients' own filter chain, ordered before the platform's page chain and matching only
 * {@code /api/v1/sharing/**}: stateless (no session, no CSRF, no login page), authenticated by a bearer token
 * from {@code POST /api/v1/sharing/token}; anything else is 401 problem JSON. Staff and citizens never reach
 * this API through their sessions: they use the sharing pages.
 */
@Configuration(proxyBeanMethods = false)
class SharingApiSecurity {

  static final String CLIENT_ROLE = "SHARING_CLIENT";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 10)
  SecurityFilterChain sharingApiFilterChain(HttpSecurity http, ApiClients clients, JsonMapper json) throws Exception {
    http.securityMatcher("/api/v1/sharing/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/v1/sharing/token").permitAll()
            .anyRequest().hasRole(CLIENT_ROLE))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // a browser session (staff, citizen) never authenticates a machine call
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(new BearerTokens(clients, json), AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) ->
                problem(json, response, HttpStatus.UNAUTHORIZED, "sharing.problem.unauthenticated"))
            .accessDeniedHandler((request, response, ex) ->
                problem(json, response, HttpStatus.FORBIDDEN, "sharing.problem.forbidden")));
    return http.build();
  }

  static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String code)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Authentication required" : "Forbidden");
    problem.setDetail(status == HttpStatus.UNAUTHORIZED
        ? "Present a bearer token from POST /api/v1/sharing/token."
        : "This client may not use this endpoint.");
    problem.setProperty("code", code);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    json.writeValue(response.getOutputStream(), problem);
  }

  /** Authenticates {@code Authorization: Bearer <token>}; a token that is not live is answered 401 at once. */
  static final class BearerTokens extends OncePerRequestFilter {

    private final ApiClients clients;
    private final JsonMapper json;

    BearerTokens(ApiClients clients, JsonMapper json) {
      this.clients = clients;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        var client = clients.authenticate(header.substring(7).strip());
        if (client.isEmpty()) {
          problem(json, response, HttpStatus.UNAUTHORIZED, "sharing.problem.invalidToken");
          return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null,
            List.of(new SimpleGrantedAuthority("ROLE_" + CLIENT_ROLE))));
        SecurityContextHolder.setContext(context);
        try {
          chain.doFilter(request, response);
        } finally {
          SecurityContextHolder.clearContext();
        }
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
