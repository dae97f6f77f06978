package org.onevisit.licence.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.onevisit.licence.IssuerClients;
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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Department systems on the VC-API: a filter chain, ordered before the platform's page chain, for calls to
 * {@code /credentials/issue} and {@code /credentials/status} that carry {@code Authorization: Bearer …}. The token is
 * the sharing module's API-client token ({@link ApiClients#authenticate}); the client becomes an {@link IssuerClient}
 * principal with {@code ROLE_LICENCE_ISSUER} only if an approver of its department authorised it
 * ({@link IssuerClients}). Stateless, no CSRF, no session; 401/403 as problem JSON. Calls without a bearer token
 * (staff sessions with their CSRF token) stay on the page chain as before.
 */
@Configuration(proxyBeanMethods = false)
class VcApiSecurity {

  static final String ISSUER_ROLE = "LICENCE_ISSUER";

  /** A department system calling the VC-API. */
  record IssuerClient(String clientId, String departmentCode, boolean authorised) {
    /** How it appears as actor in a licence's history: {@code client:<id>}. */
    String actor() {
      return "client:" + clientId;
    }
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 11)
  SecurityFilterChain vcApiMachineFilterChain(HttpSecurity http, ApiClients clients, IssuerClients issuers,
      JsonMapper json) throws Exception {
    http.securityMatcher(request -> isIssuerPath(request) && bearer(request) != null)
        .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ISSUER_ROLE))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(new BearerTokens(clients, issuers, json), AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) ->
                problem(json, response, HttpStatus.UNAUTHORIZED, "CLIENT_UNAUTHENTICATED",
                    "Present a live bearer token from POST /api/v1/sharing/token."))
            .accessDeniedHandler((request, response, ex) ->
                problem(json, response, HttpStatus.FORBIDDEN, "CLIENT_NOT_AUTHORISED",
                    "This client is not authorised to issue licences: an approver of its department authorises it "
                        + "on /staff/licences.")));
    return http.build();
  }

  static boolean isIssuerPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/credentials/issue") || path.equals("/credentials/status");
  }

  static @org.jspecify.annotations.Nullable String bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
  }

  static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String code, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("code", code);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    json.writeValue(response.getOutputStream(), problem);
  }

  /** Turns a live token into an {@link IssuerClient} principal; a token that is not live is answered 401 at once. */
  static final class BearerTokens extends OncePerRequestFilter {

    private final ApiClients clients;
    private final IssuerClients issuers;
    private final JsonMapper json;

    BearerTokens(ApiClients clients, IssuerClients issuers, JsonMapper json) {
      this.clients = clients;
      this.issuers = issuers;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String token = bearer(request);
      var client = token == null ? java.util.Optional.<ApiClients.Authenticated>empty() : clients.authenticate(token);
      if (client.isEmpty()) {
        problem(json, response, HttpStatus.UNAUTHORIZED, "CLIENT_UNAUTHENTICATED",
            "The bearer token is unknown or expired.");
        return;
      }
      boolean authorised = issuers.find(client.get().clientId())
          .filter(i -> i.departmentCode().equals(client.get().departmentCode()))
          .isPresent();
      List<GrantedAuthority> authorities = new ArrayList<>();
      if (authorised) {
        authorities.add(new SimpleGrantedAuthority("ROLE_" + ISSUER_ROLE));
      }
      var principal = new IssuerClient(client.get().clientId(), client.get().departmentCode(), authorised);
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
      SecurityContextHolder.setContext(context);
      try {
        chain.doFilter(request, response);
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
  }
}
