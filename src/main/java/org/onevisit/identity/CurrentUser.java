package org.onevisit.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, from the security context. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<Applicant> applicant() {
    return principal(Applicant.class);
  }

  public static Optional<StaffMember> staff() {
    return principal(StaffMember.class);
  }

  private static <T> Optional<T> principal(Class<T> type) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return Optional.empty();
    }
    Object principal = auth.getPrincipal();
    return type.isInstance(principal) ? Optional.of(type.cast(principal)) : Optional.empty();
  }
}
