package org.onevisit.sharing.web;

import java.util.List;
import java.util.Locale;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CurrentUser;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.sharing.AccessLog;
import org.onevisit.sharing.Answer;
import org.onevisit.sharing.DataElements;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 谁查了我的数据 ({@code /me/data-access}): every read and refused read of the logged-in person's data, newest
 * first, with the department, the elements, the purpose, the case and the time. Only his own entries.
 */
@Controller
class MyDataAccessPage {

  static final int LIMIT = 500;

  private final AccessLog accessLog;
  private final DataElements elements;
  private final Departments departments;

  MyDataAccessPage(AccessLog accessLog, DataElements elements, Departments departments) {
    this.accessLog = accessLog;
    this.elements = elements;
    this.departments = departments;
  }

  /** One read as a row of the page. */
  record Row(long seq, String at, String department, List<String> served, List<String> refused, String purposeType,
      String reference, String outcome) {}

  @GetMapping("/me/data-access")
  @PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
  String page(Model model) {
    Applicant applicant = CurrentUser.applicant().orElseThrow(() -> new AccessDeniedException("citizens only"));
    Locale locale = LocaleContextHolder.getLocale();
    List<Row> rows = accessLog.about(applicant.person(), LIMIT).stream()
        .map(e -> new Row(e.seq(), SharingPages.TIME.format(e.at()),
            departments.findByCode(e.consumerDepartment()).map(Department::name).orElse(e.consumerDepartment()),
            e.served().stream().map(d -> SharingPages.elementName(elements, d, locale)).toList(),
            e.refused().stream().map(Answer.Refusal::element)
                .map(d -> SharingPages.elementName(elements, d, locale)).toList(),
            e.purposeType(), e.purposeReference(), e.outcome().name()))
        .toList();
    model.addAttribute("applicant", applicant);
    model.addAttribute("rows", rows);
    model.addAttribute("limit", LIMIT);
    return "sharing/my-data-access";
  }
}
