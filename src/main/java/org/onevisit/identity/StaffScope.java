package org.onevisit.identity;

import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.RegionCode;

/**
 * The scoping rule for staff: a role is exercised only inside one's own region (which covers its
 * sub-regions: a county approver acts for the county's townships and villages, not for the next
 * county) and, where a department is named, only for one's own department.
 */
public final class StaffScope {

  private StaffScope() {}

  /** May {@code staff} act as {@code role} on something located in {@code target}? */
  public static ScopeDecision check(StaffMember staff, Role role, RegionCode target) {
    return check(staff, role, target, null);
  }

  /**
   * May {@code staff} act as {@code role} for {@code departmentCode} on something in {@code target}?
   * A {@code null} department means any department (the one-window clerk accepts every item, R-5.2).
   */
  public static ScopeDecision check(
      StaffMember staff, Role role, RegionCode target, @Nullable String departmentCode) {
    if (!staff.has(role)) {
      return new ScopeDecision.Rejected("ROLE_MISSING");
    }
    if (!staff.region().covers(target)) {
      return new ScopeDecision.Rejected("OUTSIDE_REGION");
    }
    if (departmentCode != null && !departmentCode.equals(staff.departmentCode())) {
      return new ScopeDecision.Rejected("OTHER_DEPARTMENT");
    }
    return new ScopeDecision.Allowed();
  }
}
