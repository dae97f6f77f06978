package org.onevisit.identity;

import java.io.Serializable;
import java.time.LocalDate;
import org.onevisit.platform.PersonalData;

/** Placeholder until the GB 11643 implementation lands; same API. */
public record IdNumber(String value) implements Serializable {

  public IdNumber {
    if (value == null || !value.matches("\\d{17}[\\dX]")) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT, String.valueOf(value));
    }
  }

  public static IdNumber parse(String input) {
    return new IdNumber(input == null ? null : input.trim().toUpperCase());
  }

  public static IdNumber of(String area, LocalDate birth, int sequence) {
    String body = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return new IdNumber(body + "10X98765432".charAt(sum % 11));
  }

  public String masked() {
    return PersonalData.maskIdNumber(value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
