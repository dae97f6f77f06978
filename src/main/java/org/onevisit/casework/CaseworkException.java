package org.onevisit.casework;

import java.util.List;

/** A casework request that cannot be carried out, with a stable reason and, for INCOMPLETE, what is missing. */
public class CaseworkException extends RuntimeException {

  private final Reason reason;
  private final List<String> missing;

  public CaseworkException(Reason reason, String message) {
    this(reason, message, List.of());
  }

  public CaseworkException(Reason reason, String message, List<String> missing) {
    super(message);
    this.reason = reason;
    this.missing = List.copyOf(missing);
  }

  public Reason reason() {
    return reason;
  }

  /** The keys of the fields and materials still missing (INCOMPLETE). */
  public List<String> missing() {
    return missing;
  }

  public enum Reason {
    NOT_FOUND,
    FORBIDDEN,
    INCOMPLETE,
    NOT_A_DRAFT,
    WRONG_STATE,
    SUPPLEMENT_PENDING,
    SECOND_NOTICE_NEEDS_APPROVAL,
    NOTHING_ASKED
  }
}
