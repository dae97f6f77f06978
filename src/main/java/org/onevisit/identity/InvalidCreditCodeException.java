package org.onevisit.identity;

/** Placeholder until the GB 32100 implementation lands. */
public class InvalidCreditCodeException extends IllegalArgumentException {

  public enum Reason { FORMAT, CHECK_DIGIT, ORGANISATION_CHECK }

  private final Reason reason;

  public InvalidCreditCodeException(Reason reason, String input) {
    super("Invalid credit code (" + reason + ")");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
