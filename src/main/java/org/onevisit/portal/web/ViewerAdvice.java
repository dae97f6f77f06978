package org.onevisit.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is looking, the current path (for the language switch), demo mode. */
@ControllerAdvice
class ViewerAdvice {

  private final boolean demo;

  ViewerAdvice(@Value("${onevisit.demo.enabled:false}") boolean demo) {
    this.demo = demo;
  }

  /** The header's view of the user: never a full name or ID number. */
  record Viewer(String displayName, boolean citizen, boolean staff) {}

  @ModelAttribute("viewer")
  @Nullable Viewer viewer() {
    var applicant = CurrentUser.applicant();
    if (applicant.isPresent()) {
      return new Viewer(applicant.get().displayName(), true, false);
    }
    return CurrentUser.staff().map(s -> new Viewer(s.name(), false, true)).orElse(null);
  }

  /** The current page with its query (without {@code lang}), for the language switch. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    if (uri.isEmpty() || uri.startsWith("/error")) {
      return "/";
    }
    String query = request.getQueryString() == null ? "" : java.util.Arrays.stream(request.getQueryString().split("&"))
        .filter(p -> !p.startsWith("lang=") && !p.equals("expired"))
        .collect(java.util.stream.Collectors.joining("&"));
    return query.isEmpty() ? uri : uri + "?" + query;
  }

  @ModelAttribute("demoMode")
  boolean demoMode() {
    return demo;
  }
}
