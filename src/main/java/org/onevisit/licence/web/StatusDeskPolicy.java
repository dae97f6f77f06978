package org.onevisit.licence.web;

import org.onevisit.identity.Role;
import org.onevisit.identity.ScopeDecision;
import org.onevisit.identity.StaffMember;
import org.onevisit.identity.StaffScope;
import org.onevisit.organisation.RegionCode;

/**
 * Who may do what on the staff licence desk ({@code /staff/licences}), for a licence issued by a department of a
 * region:
 * <ul>
 *   <li><b>change its status</b> (suspend, reinstate, revoke): an {@link Role#APPROVER} of the issuing department
 *       itself — a status change is an act of the issuing authority, as on the VC-API's
 *       {@code /credentials/status};</li>
 *   <li><b>look it up</b> (status history and uses): the same approvers, and a {@link Role#DATA_ADMIN} whose region
 *       covers the issuing department's (数据管理 audits the licence library of his region but does not act for
 *       the issuing department).</li>
 * </ul>
 * Both answers come from {@link StaffScope}, so a region covers its sub-regions.
 */
final class StatusDeskPolicy {

  private StatusDeskPolicy() {}

  static ScopeDecision mayChange(StaffMember staff, String issuingDepartment, RegionCode issuingRegion) {
    return StaffScope.check(staff, Role.APPROVER, issuingRegion, issuingDepartment);
  }

  static ScopeDecision mayView(StaffMember staff, String issuingDepartment, RegionCode issuingRegion) {
    ScopeDecision approver = mayChange(staff, issuingDepartment, issuingRegion);
    if (approver.allowed() || !staff.has(Role.DATA_ADMIN)) {
      return approver;
    }
    return StaffScope.check(staff, Role.DATA_ADMIN, issuingRegion);
  }
}
