package org.onevisit.portal.web;

import java.util.List;
import java.util.Optional;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff workbench ({@code /staff}, any staff role): one panel per role the member holds, each
 * scoped to his department and region. {@code /staff/regions/{code}} opens a region only inside that scope.
 */
@Controller
class WorkbenchController {

  private final Departments departments;
  private final Regions regions;
  private final org.onevisit.casework.Casework casework;
  private final org.onevisit.approval.ApprovalProcesses approval;

  WorkbenchController(Departments departments, Regions regions, org.onevisit.casework.Casework casework,
      org.onevisit.approval.ApprovalProcesses approval) {
    this.departments = departments;
    this.regions = regions;
    this.casework = casework;
    this.approval = approval;
  }

  @GetMapping("/staff")
  @PreAuthorize("hasRole('STAFF')")
  String workbench(Model model) {
    StaffMember staff = CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
    List<Role> roles = staff.roles().stream().sorted().toList();
    model.addAttribute("staff", staff);
    model.addAttribute("roles", roles);
    model.addAttribute("departmentName",
        departments.findByCode(staff.departmentCode()).map(Department::name).orElse(staff.departmentCode()));
    model.addAttribute("regionName", regions.pathName(staff.region()));
    var waiting = new java.util.EnumMap<Role, Integer>(Role.class);
    if (staff.has(Role.WINDOW_CLERK)) {
      waiting.put(Role.WINDOW_CLERK, casework.acceptanceQueue(staff).size());
    }
    if (staff.has(Role.APPROVER)) {
      waiting.put(Role.APPROVER, approval.inbox(staff).size());
    }
    if (staff.has(Role.SUPERVISOR)) {
      waiting.put(Role.SUPERVISOR, casework.supervision(staff).size());
    }
    model.addAttribute("waiting", waiting);
    return "portal/workbench";
  }

  @GetMapping("/staff/regions/{code}")
  @PreAuthorize("hasRole('STAFF')")
  String region(@PathVariable String code, Model model) {
    StaffMember staff = CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
    RegionCode region = parse(code).filter(c -> regions.find(c).isPresent())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!staff.region().covers(region)) {
      throw new AccessDeniedException("Region " + region + " is outside the scope of " + staff.username());
    }
    model.addAttribute("staff", staff);
    model.addAttribute("region", region);
    model.addAttribute("regionName", regions.pathName(region));
    return "portal/region";
  }

  private static Optional<RegionCode> parse(String code) {
    try {
      return Optional.of(RegionCode.of(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
