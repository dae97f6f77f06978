package org.onevisit.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Path prefixes outside {@code /api/} that a module serves to machine clients (e.g. the W3C VC-API's
 * {@code /credentials/}). They are treated like {@code /api/}: every error is problem JSON, 401/403 are
 * problem JSON rather than a login page, and a call without a session cookie needs no CSRF token.
 *
 * @param prefixes path prefixes, each starting and ending with {@code /}
 */
public record ApiPaths(List<String> prefixes) {

  public ApiPaths(String... prefixes) {
    this(List.of(prefixes));
  }

  /** Whether the request is under {@code /api/} or one of the declared prefixes. */
  public static boolean isApi(HttpServletRequest request, List<ApiPaths> declared) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return true;
    }
    return declared.stream().flatMap(p -> p.prefixes().stream()).anyMatch(path::startsWith);
  }
}
