package org.onevisit.approval;

import java.util.List;
import java.util.Optional;
import org.onevisit.identity.StaffMember;

/**
 * 审批: the back office of cases, whatever engine runs it. A case's items are decided in parallel, each
 * by the department and region that handle it (township accepts, county approves: ), each through
 * its own process model or the default one (审查 → 决定); an item that needs the result of another item
 * of the case waits for it. Decisions send {@link ItemDecided}; the end of the last branch sends
 * {@link ApprovalFinished}.
 */
public interface ApprovalProcesses {

  /**
   * Starts the back office of a case. Idempotent: a second start of the same case reference does nothing
   * and returns false.
   *
   * @throws IllegalArgumentException when a branch waits for an item the case does not hold, or waits in
   *     a cycle
   */
  boolean start(CaseApproval approval);

  /** The open tasks of the staff member's department (claimed by anyone) within his region, oldest first. */
  List<ApprovalTask> inbox(StaffMember staff);

  /**
   * One open or done task, as its department's approvers see it.
   *
   * @throws ApprovalException {@link ApprovalException.Reason#NOT_FOUND} when no such task exists and
   *     {@link ApprovalException.Reason#FORBIDDEN} when it is another department's
   */
  ApprovalTask task(String taskId, StaffMember staff);

  /** 签收: the staff member takes the task; nobody else of the department may decide it then. */
  ApprovalTask claim(String taskId, StaffMember staff);

  /**
   * Completes the task with a decision: at 审查, {@link Decision.Approve} passes the item on to 决定 and
   * {@link Decision.Refuse} refuses the item; at 决定 they approve or refuse it.
   *
   * @throws ApprovalException NOT_FOUND, FORBIDDEN, CLAIMED_BY_OTHER or NOT_OPEN (decided twice,
   *     or the case was withdrawn)
   */
  void decide(String taskId, StaffMember staff, Decision decision);

  /** Stops a case's back office (the applicant withdrew): open tasks are cancelled, nothing more is decided. */
  void cancel(String caseRef, String actor, String reason);

  /** The keys of the item models deployed besides the default, usable as a branch's {@code processKey}. */
  java.util.Set<String> itemModels();

  /** The open tasks of a case, whoever's they are: for supervisors' lists of who is responsible. */
  List<ApprovalTask> openTasks(String caseRef);

  /** The branches of a case with their status. */
  List<BranchStatus> branches(String caseRef);

  /** Every step of a case, oldest first: who did what, when and on which node. */
  List<ApprovalStep> trace(String caseRef);

  Optional<CaseStatus> status(String caseRef);

  /** The state of a case's back office. */
  enum CaseStatus {
    RUNNING,
    FINISHED,
    CANCELLED
  }
}
