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

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return uri.isEmpty() || uri.startsWith("/error") ? "/" : uri;
  }

  @ModelAttribute("demoMode")
  boolean demoMode() {
    return demo;
  }
}
