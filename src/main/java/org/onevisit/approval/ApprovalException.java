package org.onevisit.approval;

/** A request on the back office that cannot be carried out, with a stable reason. */
public class ApprovalException extends RuntimeException {

  private final Reason reason;

  public ApprovalException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public enum Reason {
    /** No such task or case. */
    NOT_FOUND,
    /** Another department's or region's task. */
    FORBIDDEN,
    /** Another approver has claimed the task. */
    CLAIMED_BY_OTHER,
    /** The task is done or cancelled. */
    NOT_OPEN
  }
}
