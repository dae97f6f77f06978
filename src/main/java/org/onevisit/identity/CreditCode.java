package org.onevisit.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * 统一社会信用代码: the 18-character unified social credit code of an enterprise or organisation (GB
 * 32100-2015), over the 31 characters {@code 0-9 A-H J-N P Q R T U W X Y} (no I, O, S, V, Z):
 * <ol>
 *   <li>position 1: registration authority ({@code 1} 机构编制, {@code 5} 民政, {@code 9} 市场监管,
 *       {@code Y} other, …);
 *   <li>position 2: kind of organisation within that authority;
 *   <li>positions 3–8: area code of the registering authority (digits);
 *   <li>positions 9–17: the organisation code (GB 11714), itself ending in a check char (weights 3, 7,
 *       9, 10, 5, 8, 4, 2 mod 11; {@code X} for 10, {@code 0} for 11);
 *   <li>position 18: check char over the first 17 (weights 3<sup>i</sup> mod 31, check = 31 − sum mod
 *       31, 31 → 0).
 * </ol>
 *
 * <p>Positions 1 and 2 are accepted from the whole alphabet: the authority and kind tables grow over
 * time and both check chars already catch typos. The canonical constructor accepts the exact form only;
 * {@link #parse(String)} trims and upper-cases user input first.
 *
 * <p>Credit codes are public information (国家企业信用信息公示系统), so {@link #toString()} shows the full
 * code; {@link #masked()} exists for pages that show it next to personal data anyway.
 *
 * @param value the full 18-character code
 */
@NullMarked
public record CreditCode(String value) implements Serializable {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /**
   * @throws InvalidCreditCodeException if the value is not a valid code in its exact form
   */
  public CreditCode {
    Objects.requireNonNull(value, "credit code");
    if (value.length() != 18
        || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)
        || !value.substring(2, 8).matches("[0-9]{6}")) {
      throw new InvalidCreditCodeException(InvalidCreditCodeException.Reason.FORMAT);
    }
    if (value.charAt(16) != organisationCheckChar(value.substring(8, 16))) {
      throw new InvalidCreditCodeException(InvalidCreditCodeException.Reason.ORGANISATION_CHECK);
    }
    if (value.charAt(17) != checkChar(value.substring(0, 17))) {
      throw new InvalidCreditCodeException(InvalidCreditCodeException.Reason.CHECK_DIGIT);
    }
  }

  /**
   * Parses user input: surrounding blanks are trimmed and letters upper-cased.
   *
   * @throws InvalidCreditCodeException if the input is {@code null} or not a valid code
   */
  public static CreditCode parse(@Nullable String input) {
    if (input == null) {
      throw new InvalidCreditCodeException(InvalidCreditCodeException.Reason.FORMAT);
    }
    return new CreditCode(input.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Builds a valid code with both check chars, for demo data and tests.
   *
   * @param authority registration authority, e.g. {@code '9'}
   * @param kind kind of organisation, e.g. {@code '1'}
   * @param areaCode 6 digits
   * @param organisationBody the first 8 chars of the organisation code, from the alphabet
   * @throws InvalidCreditCodeException if a part is malformed
   */
  public static CreditCode of(char authority, char kind, String areaCode, String organisationBody) {
    if (organisationBody.length() != 8 || organisationBody.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
      throw new InvalidCreditCodeException(InvalidCreditCodeException.Reason.FORMAT);
    }
    String first17 = "" + authority + kind + areaCode + organisationBody + organisationCheckChar(organisationBody);
    if (first17.length() != 17 || first17.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
      throw new InvalidCreditCodeException(InvalidCreditCodeException.Reason.FORMAT);
    }
    return new CreditCode(first17 + checkChar(first17));
  }

  /** The 6-digit area code of the registering authority. */
  public String areaCode() {
    return value.substring(2, 8);
  }

  /** The 9-character organisation code (组织机构代码) embedded at positions 9–17. */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /** {@code 91350100********43}: the first 8 and the last 2 characters. */
  public String masked() {
    return value.substring(0, 8) + "*".repeat(8) + value.substring(16);
  }

  /** The full code: credit codes are public. */
  @Override
  public String toString() {
    return value;
  }

  static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** GB 11714: digits count as 0–9, letters as A=10 … Z=35. */
  static char organisationCheckChar(String body8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /**
   * A string that is not a valid {@link CreditCode}; {@link #reason()} tells which rule failed. The
   * message never contains the input.
   */
  public static class InvalidCreditCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rule an input failed. */
    public enum Reason {
      /** Not 18 characters from the alphabet, or positions 3–8 are not digits. */
      FORMAT,
      /** The check char at position 18 does not match. */
      CHECK_DIGIT,
      /** The check char of the embedded organisation code (position 17) does not match. */
      ORGANISATION_CHECK
    }

    private final Reason reason;

    public InvalidCreditCodeException(Reason reason) {
      super("Invalid unified social credit code (" + reason + ")");
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }
}
