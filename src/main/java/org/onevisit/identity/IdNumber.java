package org.onevisit.identity;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.ChinaTime;
import org.onevisit.platform.PersonalData;

/**
 * 公民身份号码: an 18-character resident ID number (GB 11643-1999): 6-digit area code of the birth
 * registration, 8-digit birth date, 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check char
 * (a digit or {@code X}).
 *
 * <p>The canonical constructor accepts the exact form only (uppercase {@code X}, no blanks); {@link
 * #parse(String)} trims and upper-cases user input first. Invalid input throws {@link
 * InvalidIdNumberException} whose {@link InvalidIdNumberException#reason() reason} is checked in this
 * order: {@code FORMAT}, {@code AREA}, {@code BIRTH_DATE}, {@code CHECK_DIGIT}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The birth date must exist and lie between 1900-01-01 and today in Asia/Shanghai (system clock:
 *       a value object cannot reach the {@code Clock} bean). Earlier dates are rejected: no living
 *       resident was born before 1900, and the old 15-digit numbers are out of scope.
 *   <li>Only the province prefix of the area code is checked (11–15, 21–23, 31–37, 41–46, 50–54, 61–65,
 *       71, 81, 82, 83). Unknown county codes are accepted: codes are retired and re-used over decades
 *       and a person keeps the code of their birth registration for life.
 *   <li>{@link #toString()} returns the masked form so that a careless log line never prints a full
 *       number; {@link #value()} gives the full number.
 * </ul>
 *
 * @param value the full 18-character number
 */
@NullMarked
public record IdNumber(String value) implements Serializable {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** 性别, from the parity of the 17th digit. */
  public enum Sex {
    MALE,
    FEMALE
  }

  /**
   * @throws InvalidIdNumberException if the value is not a valid number in its exact form
   */
  public IdNumber {
    Objects.requireNonNull(value, "ID number");
    if (!value.matches("[0-9]{17}[0-9X]")) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT);
    }
    if (!isProvince(Integer.parseInt(value.substring(0, 2)))) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Reason.AREA);
    }
    LocalDate birth = birthDateOf(value);
    if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now(ChinaTime.ZONE))) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BIRTH_DATE);
    }
    if (value.charAt(17) != checkChar(value.substring(0, 17))) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Reason.CHECK_DIGIT);
    }
  }

  /**
   * Parses user input: surrounding blanks are trimmed and a lowercase {@code x} becomes {@code X}.
   *
   * @throws InvalidIdNumberException if the input is {@code null} or not a valid number
   */
  public static IdNumber parse(@Nullable String input) {
    if (input == null) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT);
    }
    return new IdNumber(input.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Builds a valid number with its check char, for demo data and tests.
   *
   * @param areaCode 6 digits with a valid province prefix
   * @param birthDate between 1900-01-01 and today
   * @param sequence 0..999; odd for men, even for women
   * @throws IllegalArgumentException if the sequence is out of range
   * @throws InvalidIdNumberException if area code or birth date is invalid
   */
  public static IdNumber of(String areaCode, LocalDate birthDate, int sequence) {
    if (sequence < 0 || sequence > 999) {
      throw new IllegalArgumentException("sequence must be 0..999: " + sequence);
    }
    if (!areaCode.matches("[0-9]{6}") || birthDate.getYear() > 9999 || birthDate.getYear() < 1000) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT);
    }
    String body = areaCode
        + String.format(Locale.ROOT, "%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
            birthDate.getDayOfMonth())
        + String.format(Locale.ROOT, "%03d", sequence);
    return new IdNumber(body + checkChar(body));
  }

  /** The 6-digit area code of the birth registration. */
  public String areaCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return Objects.requireNonNull(birthDateOf(value));
  }

  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** {@code 330102********1234}: for pages and logs. */
  public String masked() {
    return PersonalData.maskIdNumber(value);
  }

  /** The masked form, never the full number. */
  @Override
  public String toString() {
    return masked();
  }

  /** The ISO 7064 MOD 11-2 check char of the first 17 digits. */
  static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  private static boolean isProvince(int prefix) {
    return (prefix >= 11 && prefix <= 15)
        || (prefix >= 21 && prefix <= 23)
        || (prefix >= 31 && prefix <= 37)
        || (prefix >= 41 && prefix <= 46)
        || (prefix >= 50 && prefix <= 54)
        || (prefix >= 61 && prefix <= 65)
        || prefix == 71
        || prefix == 81
        || prefix == 82
        || prefix == 83;
  }

  private static @Nullable LocalDate birthDateOf(String value) {
    try {
      return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A string that is not a valid {@link IdNumber}; {@link #reason()} tells which rule failed so that a
   * page can say precisely what is wrong. The message never contains the input.
   */
  public static class InvalidIdNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rule an input failed. */
    public enum Reason {
      /** Not 17 digits followed by a digit or {@code X}. */
      FORMAT,
      /** The check char does not match (a typo, most likely). */
      CHECK_DIGIT,
      /** The birth date does not exist, is before 1900 or in the future. */
      BIRTH_DATE,
      /** The first two digits are not a province. */
      AREA
    }

    private final Reason reason;

    public InvalidIdNumberException(Reason reason) {
      super("Invalid ID number (" + reason + ")");
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }
}
