package org.onevisit.approval.web;

import org.onevisit.approval.ApprovalException;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.Decision;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.StaffMember;
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
 * 审批待办 ({@code APPROVER}): the open tasks of the approver's department within his region, a task with
 * the case's branches and trace, claim, and the decision (approve with a comment, or refuse with the reason
 * the applicant will read). Another department's task is 403, an unknown one 404.
 */
@Controller
@RequestMapping("/staff/tasks")
@PreAuthorize("hasRole('APPROVER')")
class TaskPages {

  private final ApprovalProcesses approval;

  TaskPages(ApprovalProcesses approval) {
    this.approval = approval;
  }

  private static StaffMember staff() {
    return CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  @GetMapping
  String inbox(Model model) {
    model.addAttribute("tasks", approval.inbox(staff()));
    return "approval/inbox";
  }

  @GetMapping("/{id}")
  String task(@PathVariable String id, Model model) {
    var task = guarded(() -> approval.task(id, staff()));
    model.addAttribute("task", task);
    model.addAttribute("branches", approval.branches(task.caseRef()));
    model.addAttribute("trace", approval.trace(task.caseRef()));
    model.addAttribute("mine", staff().username().equals(task.assignee()));
    return "approval/task";
  }

  @PostMapping("/{id}/claim")
  String claim(@PathVariable String id, RedirectAttributes flash) {
    act(() -> approval.claim(id, staff()), flash);
    return "redirect:/staff/tasks/" + id;
  }

  @PostMapping("/{id}/decision")
  String decide(@PathVariable String id, @RequestParam(defaultValue = "") String outcome,
      @RequestParam(defaultValue = "") String comment, RedirectAttributes flash, Model model) {
    if (!outcome.equals("approve") && !outcome.equals("refuse")) {
      model.addAttribute("decisionError", "approval.task.chooseOutcome");
      return task(id, model);
    }
    if (outcome.equals("refuse") && comment.isBlank()) {
      model.addAttribute("decisionError", "approval.task.reasonRequired");
      model.addAttribute("comment", comment);
      return task(id, model);
    }
    Decision decision = outcome.equals("approve") ? new Decision.Approve(comment.strip())
        : new Decision.Refuse(comment.strip());
    if (act(() -> approval.decide(id, staff(), decision), flash)) {
      flash.addFlashAttribute("decided", true);
      return "redirect:/staff/tasks";
    }
    return "redirect:/staff/tasks/" + id;
  }

  private static <T> T guarded(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (ApprovalException e) {
      throw switch (e.reason()) {
        case NOT_FOUND -> new ResponseStatusException(HttpStatus.NOT_FOUND);
        case FORBIDDEN -> new AccessDeniedException(e.getMessage());
        default -> e;
      };
    }
  }

  /** Runs the action; a task taken by another or already done is reported on the page, not as an error page. */
  private static boolean act(Runnable action, RedirectAttributes flash) {
    try {
      guarded(() -> {
        action.run();
        return null;
      });
      return true;
    } catch (ApprovalException e) {
      flash.addFlashAttribute("taskError", "approval.error." + e.reason().name());
      return false;
    }
  }

}
