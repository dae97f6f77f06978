package org.onevisit.sharing.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.sharing.Grant;

/**
 * Who may request and decide grants (无条件归集，有条件使用: the consumer asks, the source or a data
 * administrator answers, never the same person).
 */
final class GrantPolicy {

  private GrantPolicy() {}

  /** Allowed, or rejected with a stable reason. */
  record Decision(boolean allowed, String reason) {
    static final Decision ALLOWED = new Decision(true, "");

    static Decision rejected(String reason) {
      return new Decision(false, reason);
    }
  }

  /** A department's data administrator or approver asks for his own department. */
  static Decision mayRequest(StaffMember staff) {
    return staff.has(Role.DATA_ADMIN) || staff.has(Role.APPROVER) ? Decision.ALLOWED
        : Decision.rejected("ROLE_MISSING");
  }

  /**
   * A data administrator whose region covers the consumer's, or a data administrator or approver of a
   * department of the kind that is the source of every element, whose region covers the consumer's; never
   * the requester himself.
   *
   * @param staffKind the kind of the decider's department, {@code null} if unknown
   * @param sources the source kinds of the grant's elements
   */
  static Decision mayDecide(StaffMember staff, @Nullable DepartmentKind staffKind, Grant grant,
      Set<DepartmentKind> sources) {
    if (("staff:" + staff.username()).equals(grant.requestedBy())) {
      return Decision.rejected("OWN_REQUEST");
    }
    if (!staff.region().covers(grant.consumerRegion())) {
      return Decision.rejected("OUTSIDE_REGION");
    }
    if (staff.has(Role.DATA_ADMIN)) {
      return Decision.ALLOWED;
    }
    if (staff.has(Role.APPROVER) && staffKind != null && sources.equals(Set.of(staffKind))) {
      return Decision.ALLOWED;
    }
    return Decision.rejected(staff.has(Role.APPROVER) ? "NOT_THE_SOURCE" : "ROLE_MISSING");
  }
}
