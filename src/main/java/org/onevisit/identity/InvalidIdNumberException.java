package org.onevisit.identity;

/** Placeholder until the GB 11643 implementation lands. */
public class InvalidIdNumberException extends IllegalArgumentException {

  public enum Reason { FORMAT, CHECK_DIGIT, BIRTH_DATE, AREA }

  private final Reason reason;

  public InvalidIdNumberException(Reason reason, String input) {
    super("Invalid ID number (" + reason + ")");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
