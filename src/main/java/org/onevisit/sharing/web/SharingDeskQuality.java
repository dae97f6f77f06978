package org.onevisit.sharing.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.sharing.AccessLog;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.DataQuality;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.Subject;
import org.onevisit.sharing.ValueHistory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-quality part of the sharing desk ({@code DATA_ADMIN}, {@code APPROVER}): report a wrong value (as a
 * consumer), answer the reports addressed to one's department (correct or reject), and, for data administrators,
 * the values an access-log entry served as they were at the read. Subjects and sensitive values are masked.
 */
@Controller
@RequestMapping("/staff/sharing")
@PreAuthorize("hasAnyRole('DATA_ADMIN', 'APPROVER')")
class SharingDeskQuality {

  private final DataQuality quality;
  private final DataElements elements;
  private final Departments departments;
  private final AccessLog accessLog;
  private final ServedValues servedValues;

  SharingDeskQuality(DataQuality quality, DataElements elements, Departments departments, AccessLog accessLog,
      ServedValues servedValues) {
    this.quality = quality;
    this.elements = elements;
    this.departments = departments;
    this.accessLog = accessLog;
    this.servedValues = servedValues;
  }

  private static StaffMember staff() {
    return CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  /** A report as a row of the desk. */
  record IssueRow(long id, String element, String subject, String evidence, String reporter, String source,
      String status, String reportedAt, String dueOn, boolean overdue, @Nullable String note) {}

  /** A notice as a row of the desk. */
  record NoticeRow(long issue, String element, String subject, String outcome, String reason, @Nullable String note,
      String at) {}

  /** Adds the quality sections to the desk's model. */
  void addTo(Model model, StaffMember staff) {
    Locale locale = LocaleContextHolder.getLocale();
    var today = java.time.LocalDate.now(org.onevisit.platform.ChinaTime.ZONE);
    model.addAttribute("qualityOpen", quality.open(staff.departmentCode()).stream()
        .map(i -> row(i, locale, today)).toList());
    model.addAttribute("qualityMine", quality.reportedByDepartment(staff.departmentCode()).stream().limit(50)
        .map(i -> row(i, locale, today)).toList());
    model.addAttribute("notices", quality.notices(staff.departmentCode(), 50).stream()
        .map(n -> new NoticeRow(n.issue(), SharingPages.elementName(elements, n.element(), locale), n.subjectMasked(),
            n.outcome().name(), n.reason(), n.note(), SharingPages.TIME.format(n.at())))
        .toList());
    if (staff.has(Role.DATA_ADMIN)) {
      model.addAttribute("qualityOverdue", quality.overdue(staff.region()).stream()
          .map(i -> row(i, locale, today)).toList());
    }
  }

  private IssueRow row(DataQuality.Issue i, Locale locale, java.time.LocalDate today) {
    return new IssueRow(i.id(), SharingPages.elementName(elements, i.element(), locale), Masking.subject(i.subject()),
        i.evidence(), i.reporter(), departments.findByCode(i.sourceDepartment()).map(Department::name)
        .orElse(i.sourceDepartment()), i.status().name(), SharingPages.TIME.format(i.reportedAt()),
        i.dueOn().toString(), i.overdueOn(today), i.resolutionNote());
  }

  @PostMapping("/quality")
  String report(@RequestParam(defaultValue = "") String element, @RequestParam(defaultValue = "") String subject,
      @RequestParam(defaultValue = "") String evidence, RedirectAttributes redirect) {
    try {
      Subject parsed;
      try {
        String key = subject.strip().toUpperCase(Locale.ROOT);
        parsed = key.matches("[0-9]{17}[0-9X]") ? Subject.person(IdNumber.parse(key))
            : new Subject.Enterprise(CreditCode.parse(key));
      } catch (IllegalArgumentException e) {
        throw new SharingException(SharingError.INVALID_REQUEST, "Not an ID number or credit code");
      }
      DataElement code;
      try {
        code = DataElement.of(element.strip());
      } catch (IllegalArgumentException e) {
        throw new SharingException(SharingError.UNKNOWN_ELEMENT, "Not an element");
      }
      var issue = quality.report(new DataQuality.Report(code, parsed, evidence,
          DataQuality.Reporter.staff(staff())));
      redirect.addFlashAttribute("done", "reported");
      redirect.addFlashAttribute("doneId", issue.id());
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", "QUALITY_" + e.error().name());
    }
    return "redirect:/staff/sharing#quality";
  }

  @PostMapping("/quality/{id}/correct")
  String correct(@PathVariable long id, @RequestParam(defaultValue = "") String value, RedirectAttributes redirect) {
    try {
      quality.correct(id, value, staff());
      redirect.addFlashAttribute("done", "corrected");
      redirect.addFlashAttribute("doneId", id);
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", "QUALITY_" + e.error().name());
    }
    return "redirect:/staff/sharing#quality";
  }

  @PostMapping("/quality/{id}/reject")
  String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
    try {
      quality.reject(id, reason, staff());
      redirect.addFlashAttribute("done", "qualityRejected");
      redirect.addFlashAttribute("doneId", id);
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", "QUALITY_" + e.error().name());
    }
    return "redirect:/staff/sharing#quality";
  }


  @GetMapping("/access-log")
  @PreAuthorize("hasRole('DATA_ADMIN')")
  String entryBySeq(@RequestParam(defaultValue = "") String seq, RedirectAttributes redirect) {
    if (!seq.strip().matches("[0-9]{1,18}")) {
      redirect.addFlashAttribute("error", "ENTRY_NUMBER");
      return "redirect:/staff/sharing#access-log";
    }
    return "redirect:/staff/sharing/access-log/" + Long.parseLong(seq.strip());
  }

  @GetMapping("/access-log/{seq}")
  @PreAuthorize("hasRole('DATA_ADMIN')")
  String entry(@PathVariable long seq, Model model) {
    StaffMember staff = staff();
    var entry = accessLog.entry(seq).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
        org.springframework.http.HttpStatus.NOT_FOUND));
    var consumer = departments.findByCode(entry.consumerDepartment());
    if (consumer.isEmpty() || !staff.region().covers(consumer.get().region())) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("entry", entry);
    model.addAttribute("at", SharingPages.TIME.format(entry.at()));
    model.addAttribute("department", consumer.get().name());
    model.addAttribute("subject", Masking.subjectKey(entry.subject()));
    model.addAttribute("served", servedValues.served(seq, locale));
    model.addAttribute("refused", entry.refused().stream()
        .map(r -> SharingPages.elementName(elements, r.element(), locale) + " (" + r.reason().name() + ")").toList());
    return "sharing/entry";
  }


}
