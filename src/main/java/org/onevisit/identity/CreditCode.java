package org.onevisit.identity;

import java.io.Serializable;

/** Placeholder until the GB 32100 implementation lands; same API. */
public record CreditCode(String value) implements Serializable {

  public CreditCode {
    if (value == null || !value.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
      throw new InvalidCreditCodeException(InvalidCreditCodeException.Reason.FORMAT, String.valueOf(value));
    }
  }

  public static CreditCode parse(String input) {
    return new CreditCode(input == null ? null : input.trim().toUpperCase());
  }
}
