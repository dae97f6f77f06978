package org.onevisit.casework.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onevisit.casework.CaseNumber;
import org.onevisit.casework.CaseView;
import org.onevisit.casework.Casework;
import org.onevisit.casework.Uploads;
import org.onevisit.casework.CaseworkException;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.platform.PersonalData;
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
 * 我的办件 ({@code /me/cases}, the applicant) with a plain-language progress page and the answer to a
 * supplement notice; 受理 ({@code /staff/acceptance}, window clerks of the region) with accept, refuse with a
 * legal reason, and the one-time supplement notice. Another applicant's case is 404; a case outside the
 * clerk's region 403.
 */
@Controller
class CasePages {

  static final int MAX_TEXT = 1000;

  private final Casework casework;
  private final org.onevisit.approval.ApprovalProcesses approval;
  private final Uploads uploads;

  CasePages(Casework casework, org.onevisit.approval.ApprovalProcesses approval, Uploads uploads) {
    this.uploads = uploads;
    this.casework = casework;
    this.approval = approval;
  }

  /** 督办: urgent and overdue cases of the region, each with the departments and people it waits for. */
  @GetMapping("/staff/supervision")
  @PreAuthorize("hasRole('SUPERVISOR')")
  String supervision(Model model) {
    var cases = casework.supervision(staff());
    var responsible = new java.util.LinkedHashMap<String, List<org.onevisit.approval.ApprovalTask>>();
    cases.forEach(c -> responsible.put(c.number().value(), approval.openTasks(c.number().value())));
    model.addAttribute("cases", cases);
    model.addAttribute("responsible", responsible);
    return "casework/supervision";
  }

  private static Applicant applicant() {
    return CurrentUser.applicant().orElseThrow(() -> new AccessDeniedException("applicants only"));
  }

  private static StaffMember staff() {
    return CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  private static CaseNumber number(String value) {
    try {
      return CaseNumber.of(value);
    } catch (RuntimeException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static <T> T guarded(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (CaseworkException e) {
      throw switch (e.reason()) {
        case NOT_FOUND -> new ResponseStatusException(HttpStatus.NOT_FOUND);
        case FORBIDDEN -> new AccessDeniedException(e.getMessage());
        default -> e;
      };
    }
  }

  private static boolean act(Runnable action, RedirectAttributes flash) {
    try {
      guarded(() -> {
        action.run();
        return null;
      });
      return true;
    } catch (CaseworkException e) {
      flash.addFlashAttribute("caseError", "casework.error." + e.reason().name());
      return false;
    }
  }

  // ---------------------------------------------------------------- applicants

  @GetMapping("/me/cases")
  @PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
  String myCases(Model model) {
    model.addAttribute("cases", casework.cases(applicant()));
    return "casework/my-cases";
  }

  @GetMapping("/me/cases/{number}")
  @PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
  String myCase(@PathVariable String number, Model model) {
    var view = guarded(() -> casework.view(number(number), applicant()));
    model.addAttribute("c", view);
    model.addAttribute("details", casework.details(view.number(), applicant()));
    model.addAttribute("staffView", false);
    return "casework/case";
  }

  /**
   * 补正: the applicant answers the one-time notice at once — a note and, if a document was asked for, its file
   * (checked like any upload; a refused file answers nothing and says why).
   */
  @PostMapping("/me/cases/{number}/supply")
  @PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
  String supply(@PathVariable String number, @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String material,
      @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, RedirectAttributes flash) {
    var caseNumber = number(number);
    String text = note.strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    var values = text.isEmpty() ? Map.<String, String>of() : Map.of("supplementNote", text);
    Set<String> provided = Set.of();
    if (file != null && !file.isEmpty()) {
      try {
        if (file.getSize() > Uploads.MAX_BYTES) {
          throw new Uploads.Refused(Uploads.Refused.Reason.TOO_LARGE, "too large");
        }
        var details = guarded(() -> casework.details(caseNumber, applicant()));
        byte[] bytes = file.getBytes();
        guarded(() -> uploads.upload(details.application(), applicant(), material,
            String.valueOf(file.getOriginalFilename()), bytes));
        provided = Set.of(material);
      } catch (Uploads.Refused e) {
        flash.addFlashAttribute("caseError", "casework.upload." + e.reason().name());
        return "redirect:/me/cases/" + number;
      } catch (java.io.IOException e) {
        flash.addFlashAttribute("caseError", "casework.upload.EMPTY");
        return "redirect:/me/cases/" + number;
      } catch (CaseworkException e) {
        flash.addFlashAttribute("caseError", "casework.error." + e.reason().name());
        return "redirect:/me/cases/" + number;
      }
    }
    var supplied = provided;
    if (act(() -> casework.supply(caseNumber, applicant(), values, supplied), flash)) {
      flash.addFlashAttribute("supplied", true);
    }
    return "redirect:/me/cases/" + number;
  }

  @PostMapping("/me/cases/{number}/withdraw")
  @PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
  String withdraw(@PathVariable String number, @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    String text = reason.strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    String why = text;
    if (act(() -> casework.withdraw(number(number), applicant(), why), flash)) {
      flash.addFlashAttribute("done", "casework.withdrawn");
    }
    return "redirect:/me/cases/" + number;
  }

  // ---------------------------------------------------------------- window clerks

  @GetMapping("/staff/acceptance")
  @PreAuthorize("hasRole('WINDOW_CLERK')")
  String queue(Model model) {
    model.addAttribute("cases", casework.acceptanceQueue(staff()));
    return "casework/queue";
  }

  @GetMapping("/staff/cases/{number}")
  @PreAuthorize("hasAnyRole('WINDOW_CLERK', 'APPROVER', 'SUPERVISOR')")
  String staffCase(@PathVariable String number, Model model) {
    var view = guarded(() -> casework.view(number(number), staff()));
    model.addAttribute("c", view);
    model.addAttribute("details", casework.details(view.number(), staff()));
    model.addAttribute("form", casework.form(view.number(), staff()));
    model.addAttribute("staffView", true);
    model.addAttribute("applicantMasked", PersonalData.maskName(view.applicantName()));
    model.addAttribute("clerk", staff().has(Role.WINDOW_CLERK));
    model.addAttribute("supervisor", staff().has(Role.SUPERVISOR));
    return "casework/case";
  }

  @PostMapping("/staff/cases/{number}/accept")
  @PreAuthorize("hasRole('WINDOW_CLERK')")
  String accept(@PathVariable String number, RedirectAttributes flash) {
    if (act(() -> casework.accept(number(number), staff()), flash)) {
      flash.addFlashAttribute("done", "casework.accepted");
    }
    return "redirect:/staff/cases/" + number;
  }

  @PostMapping("/staff/cases/{number}/refuse")
  @PreAuthorize("hasRole('WINDOW_CLERK')")
  String refuse(@PathVariable String number, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
    if (reason.isBlank() || reason.length() > MAX_TEXT) {
      flash.addFlashAttribute("caseError", "casework.error.reasonRequired");
    } else if (act(() -> casework.refuse(number(number), staff(), reason), flash)) {
      flash.addFlashAttribute("done", "casework.refused");
    }
    return "redirect:/staff/cases/" + number;
  }

  /** One line of the textarea per missing thing; a supervisor's own second notice is approved by himself. */
  @PostMapping("/staff/cases/{number}/supplement")
  @PreAuthorize("hasRole('WINDOW_CLERK')")
  String supplement(@PathVariable String number, @RequestParam(defaultValue = "") String missing,
      RedirectAttributes flash) {
    List<String> lines = Arrays.stream(missing.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
        .limit(50).toList();
    if (lines.isEmpty() || missing.length() > MAX_TEXT * 5) {
      flash.addFlashAttribute("caseError", "casework.error.missingRequired");
    } else {
      StaffMember me = staff();
      if (act(() -> casework.requestSupplement(number(number), me, lines, me.has(Role.SUPERVISOR) ? me : null),
          flash)) {
        flash.addFlashAttribute("done", "casework.supplementSent");
      }
    }
    return "redirect:/staff/cases/" + number;
  }

}
