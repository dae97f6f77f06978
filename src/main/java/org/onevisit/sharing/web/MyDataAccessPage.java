package org.onevisit.sharing.web;

import java.util.List;
import java.util.Locale;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CurrentUser;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.sharing.AccessLog;
import org.onevisit.sharing.Answer;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.DataQuality;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.SharingRatio;
import org.onevisit.sharing.Subject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 谁查了我的数据 ({@code /me/data-access}, citizens and enterprise representatives, about themselves only): every
 * read and refused read of the logged-in person's data, newest first, with the department, the elements, the
 * purpose, the case and the time; the values a read served as they were then ({@code /me/data-access/{seq}}, own
 * entries only, else 404); a form to report a wrong value (the data-quality loop), his reports and the notices about
 * them.
 */
@Controller
@PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
class MyDataAccessPage {

  static final int LIMIT = 500;
  private static final List<String> PERSONAL_PREFIXES = List.of("person.", "household.", "marriage.", "prenatal.",
      "newborn.", "birth.", "address.");

  private final AccessLog accessLog;
  private final DataElements elements;
  private final Departments departments;
  private final DataQuality quality;
  private final SharingRatio.Measure ratio;
  private final ServedValues servedValues;

  MyDataAccessPage(AccessLog accessLog, DataElements elements, Departments departments, DataQuality quality,
      SharingRatio.Measure ratio, ServedValues servedValues) {
    this.accessLog = accessLog;
    this.elements = elements;
    this.departments = departments;
    this.quality = quality;
    this.ratio = ratio;
    this.servedValues = servedValues;
  }

  /** One read as a row of the page. */
  record Row(long seq, String at, String department, List<String> served, List<String> refused, String purposeType,
      String reference, String outcome) {}

  /** An element the citizen may report about. */
  record Choice(String code, String name) {}

  /** A report of his as a row. */
  record ReportRow(long id, String element, String status, String dueOn, @org.jspecify.annotations.Nullable String note) {}

  private static Applicant applicant() {
    return CurrentUser.applicant().orElseThrow(() -> new AccessDeniedException("citizens only"));
  }

  @GetMapping("/me/data-access")
  String page(Model model) {
    Applicant applicant = applicant();
    Locale locale = LocaleContextHolder.getLocale();
    List<Row> rows = accessLog.about(applicant.person(), LIMIT).stream()
        .map(e -> new Row(e.seq(), SharingPages.TIME.format(e.at()),
            departments.findByCode(e.consumerDepartment()).map(Department::name).orElse(e.consumerDepartment()),
            e.served().stream().map(d -> SharingPages.elementName(elements, d, locale)).toList(),
            e.refused().stream().map(Answer.Refusal::element)
                .map(d -> SharingPages.elementName(elements, d, locale)).toList(),
            e.purposeType(), e.purposeReference(), e.outcome().name()))
        .toList();
    var held = ratio.heldElements();
    model.addAttribute("applicant", applicant);
    model.addAttribute("rows", rows);
    model.addAttribute("limit", LIMIT);
    model.addAttribute("choices", elements.all().stream()
        .filter(d -> held.contains(d.element()) && PERSONAL_PREFIXES.stream().anyMatch(p -> d.element().code().startsWith(p)))
        .map(d -> new Choice(d.element().code(), d.name(locale))).toList());
    model.addAttribute("reports", quality.reportedBy(applicant.person()).stream()
        .map(i -> new ReportRow(i.id(), SharingPages.elementName(elements, i.element(), locale), i.status().name(),
            i.dueOn().toString(), i.resolutionNote()))
        .toList());
    model.addAttribute("notices", quality.notices(applicant.person(), 50).stream()
        .map(n -> new SharingDeskQuality.NoticeRow(n.issue(), SharingPages.elementName(elements, n.element(), locale),
            n.subjectMasked(), n.outcome().name(), n.reason(), n.note(), SharingPages.TIME.format(n.at())))
        .toList());
    return "sharing/my-data-access";
  }

  @GetMapping("/me/data-access/{seq}")
  String entry(@PathVariable long seq, Model model) {
    Applicant applicant = applicant();
    var entry = accessLog.entry(seq)
        .filter(e -> e.subject().equals(applicant.person().value()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("applicant", applicant);
    model.addAttribute("entry", entry);
    model.addAttribute("at", SharingPages.TIME.format(entry.at()));
    model.addAttribute("department", departments.findByCode(entry.consumerDepartment()).map(Department::name)
        .orElse(entry.consumerDepartment()));
    model.addAttribute("served", servedValues.served(seq, locale));
    return "sharing/my-data-access-entry";
  }

  @PostMapping("/me/data-access/reports")
  String report(@RequestParam(defaultValue = "") String element, @RequestParam(defaultValue = "") String evidence,
      RedirectAttributes redirect) {
    Applicant applicant = applicant();
    try {
      DataElement code;
      try {
        code = DataElement.of(element.strip());
      } catch (IllegalArgumentException e) {
        throw new SharingException(org.onevisit.sharing.SharingError.INVALID_REQUEST, "Not an element");
      }
      var issue = quality.report(new DataQuality.Report(code, Subject.person(applicant.person()), evidence,
          DataQuality.Reporter.citizen(applicant.person())));
      redirect.addFlashAttribute("reported", issue.id());
      redirect.addFlashAttribute("reportedDue", issue.dueOn().toString());
    } catch (SharingException e) {
      redirect.addFlashAttribute("reportError", e.error().name());
      redirect.addFlashAttribute("evidence", evidence.length() > 1000 ? evidence.substring(0, 1000) : evidence);
    }
    return "redirect:/me/data-access#report";
  }
}
