package org.onevisit.licence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.Role;
import org.onevisit.identity.ScopeDecision;
import org.onevisit.identity.StaffMember;
import org.onevisit.licence.IssuerClients;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceException;
import org.onevisit.licence.LicenceNumber;
import org.onevisit.licence.LicenceStatus;
import org.onevisit.licence.Licences;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.onevisit.platform.ChinaTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff licence desk ({@code /staff/licences}): find a licence by its number, see its status history and where
 * it was used, and suspend, reinstate or revoke it with a reason, which is recorded with the staff member as actor.
 * Who may do what is {@link StatusDeskPolicy}. Plain POST-redirect-GET; a missing reason or a refused change comes
 * back on the page with an error summary that links to the reason field. Approvers also authorise their
 * department's systems (sharing API clients) to issue through the VC-API ({@link IssuerClients}).
 */
@Controller
@RequestMapping("/staff/licences")
@PreAuthorize("hasAnyRole('APPROVER', 'DATA_ADMIN')")
class StaffLicencePages {

  static final int MAX_REASON = 500;

  private final Licences licences;
  private final IssuerClients issuers;
  private final Departments departments;
  private final Clock clock;

  StaffLicencePages(Licences licences, IssuerClients issuers, Departments departments, Clock clock) {
    this.licences = licences;
    this.issuers = issuers;
    this.departments = departments;
    this.clock = clock;
  }

  private static StaffMember staff() {
    return CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  @GetMapping
  String search(@RequestParam(name = "number", required = false) @Nullable String number, Model model) {
    StaffMember staff = staff();
    if (staff.has(Role.APPROVER)) {
      model.addAttribute("issuerClients", issuers.of(staff.departmentCode()));
    }
    if (number == null) {
      return "licence/staff-search";
    }
    String typed = number.strip();
    model.addAttribute("number", typed);
    Optional<LicenceNumber> parsed = LicenceNumber.parse(typed);
    if (parsed.isEmpty()) {
      model.addAttribute("error", typed.isEmpty() ? "licence.staff.error.numberMissing" : "licence.staff.error.numberInvalid");
      return "licence/staff-search";
    }
    Optional<Licence> licence = licences.find(parsed.get());
    if (licence.isEmpty()) {
      model.addAttribute("error", "licence.staff.error.notFound");
      return "licence/staff-search";
    }
    ScopeDecision view = StatusDeskPolicy.mayView(staff, licence.get().departmentCode(), region(licence.get()));
    if (view instanceof ScopeDecision.Rejected rejected) {
      model.addAttribute("error", "licence.staff.refused." + rejected.reason());
      return "licence/staff-search";
    }
    return "redirect:/staff/licences/" + parsed.get().value();
  }

  @GetMapping("/{number}")
  String licence(@PathVariable String number, Model model) {
    Licence licence = visible(number);
    show(licence, model);
    return "licence/staff-licence";
  }

  /** An approver lets a system of his department issue through the VC-API with its sharing API-client token. */
  @PostMapping("/issuer-clients")
  @PreAuthorize("hasRole('APPROVER')")
  String authorise(@RequestParam(name = "clientId", defaultValue = "") String clientId, RedirectAttributes redirect) {
    if (clientId.isBlank()) {
      redirect.addFlashAttribute("clientError", "licence.staff.clients.error.missing");
      return "redirect:/staff/licences";
    }
    try {
      var client = issuers.authorise(clientId.strip(), staff());
      redirect.addFlashAttribute("clientDone", "licence.staff.clients.done.authorised");
      redirect.addFlashAttribute("clientDoneId", client.clientId());
    } catch (LicenceException e) {
      redirect.addFlashAttribute("clientError", "licence.staff.clients.error." + e.error().name());
      redirect.addFlashAttribute("clientId", clientId.strip().length() > 100 ? "" : clientId.strip());
    }
    return "redirect:/staff/licences";
  }

  @PostMapping("/issuer-clients/{clientId}/withdraw")
  @PreAuthorize("hasRole('APPROVER')")
  String withdraw(@PathVariable String clientId, RedirectAttributes redirect) {
    try {
      issuers.withdraw(clientId, staff());
      redirect.addFlashAttribute("clientDone", "licence.staff.clients.done.withdrawn");
      redirect.addFlashAttribute("clientDoneId", clientId);
    } catch (LicenceException e) {
      redirect.addFlashAttribute("clientError", "licence.staff.clients.error." + e.error().name());
    }
    return "redirect:/staff/licences";
  }

  /** Where an expired form's POST lands (the platform sends it back to its own URL with {@code ?expired}). */
  @GetMapping("/{number}/{action:suspend|reinstate|revoke}")
  String expired(@PathVariable String number) {
    return "redirect:/staff/licences/" + visible(number).number().value() + "?expired";
  }

  @PostMapping("/{number}/{action:suspend|reinstate|revoke}")
  String change(@PathVariable String number, @PathVariable String action,
      @RequestParam(name = "reason", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
    Licence licence = visible(number);
    StaffMember staff = staff();
    if (StatusDeskPolicy.mayChange(staff, licence.departmentCode(), region(licence)) instanceof ScopeDecision.Rejected r) {
      throw new AccessDeniedException("Status of " + licence.number() + " refused: " + r.reason());
    }
    String why = reason.strip();
    String error = why.isEmpty() ? "licence.staff.error.reasonMissing"
        : why.length() > MAX_REASON ? "licence.staff.error.reasonTooLong" : null;
    if (error == null) {
      try {
        Licence changed = switch (action) {
          case "suspend" -> licences.suspend(licence.number(), why, staff.username());
          case "reinstate" -> licences.reinstate(licence.number(), why, staff.username());
          default -> licences.revoke(licence.number(), why, staff.username());
        };
        redirect.addFlashAttribute("done", "licence.staff.done." + action);
        return "redirect:/staff/licences/" + changed.number().value();
      } catch (LicenceException e) {
        error = "licence.staff.error." + e.error().name();
      }
    }
    show(licence, model);
    model.addAttribute("error", error);
    model.addAttribute("errorAction", action);
    model.addAttribute("reason", reason.length() > MAX_REASON * 2 ? "" : reason);
    return "licence/staff-licence";
  }

  /** The licence of {@code number} if this staff member may see it; 404 if there is none, 403 if he may not. */
  private Licence visible(String number) {
    Licence licence = LicenceNumber.parse(number).flatMap(licences::find)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (StatusDeskPolicy.mayView(staff(), licence.departmentCode(), region(licence)) instanceof ScopeDecision.Rejected r) {
      throw new AccessDeniedException("Licence " + licence.number() + " refused: " + r.reason());
    }
    return licence;
  }

  private RegionCode region(Licence licence) {
    return departments.findByCode(licence.departmentCode()).map(Department::region)
        .orElseGet(() -> RegionCode.of(licence.departmentCode().substring(0, licence.departmentCode().indexOf('-'))));
  }

  private void show(Licence licence, Model model) {
    StaffMember staff = staff();
    LicenceStatus status = licence.statusOn(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
    model.addAttribute("licence", licence);
    model.addAttribute("statusKey", status.messageKey());
    model.addAttribute("history", licences.history(licence.number()));
    model.addAttribute("uses", licences.uses(licence.number()));
    model.addAttribute("mayChange",
        StatusDeskPolicy.mayChange(staff, licence.departmentCode(), region(licence)).allowed());
    model.addAttribute("canSuspend", licence.status() == LicenceStatus.VALID);
    model.addAttribute("canReinstate", licence.status() == LicenceStatus.SUSPENDED);
    model.addAttribute("canRevoke", licence.status() != LicenceStatus.REVOKED);
  }
}
