package org.onevisit.licence;

import java.time.Year;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/**
 * 电子证照标识: a licence's identifier, shaped after GB/T 36904-2018 (type, issuing authority, serial,
 * check character) and documented in {@code docs/adr/0006}. 24 characters, digits only except the check
 * character:
 *
 * <pre>
 *   TTT     证照类型代码  the licence type's 3-digit code ({@link LicenceDefinition#numericCode()})
 *   RRRRRR  颁发机构区划  GB/T 2260 code of the issuing department's region
 *   DD      颁发机构类别  the issuing department's kind, {@link DepartmentKind#ordinal()} + 1
 *   YYYY    颁发年度      year of issue
 *   NNNNNNNN 流水号       serial number, unique per platform
 *   C       校验码        ISO/IEC 7064 MOD 37,36 over the first 23 characters (0-9, A-Z)
 * </pre>
 */
public record LicenceNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("[0-9]{23}[0-9A-Z]");
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  public LicenceNumber {
    Objects.requireNonNull(value, "licence number");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a licence number (24 characters, 23 digits and a check character)");
    }
    if (checkCharacter(value.substring(0, 23)) != value.charAt(23)) {
      throw new IllegalArgumentException("Licence number with a wrong check character");
    }
  }

  /** Builds the number of a licence from its parts, computing the check character. */
  public static LicenceNumber of(int typeCode, RegionCode region, DepartmentKind kind, Year year, long serial) {
    if (typeCode < 100 || typeCode > 999) {
      throw new IllegalArgumentException("Type code must have 3 digits");
    }
    if (serial < 1 || serial > 99_999_999L) {
      throw new IllegalArgumentException("Serial out of range");
    }
    String region6 = region.value().substring(0, 6);
    String body = "%03d%s%02d%04d%08d".formatted(typeCode, region6, kind.ordinal() + 1, year.getValue(), serial);
    return new LicenceNumber(body + checkCharacter(body));
  }

  /** Parses user input (spaces and hyphens ignored, letters upper-cased); empty if it is no licence number. */
  public static java.util.Optional<LicenceNumber> parse(@Nullable String input) {
    if (input == null) {
      return java.util.Optional.empty();
    }
    String compact = input.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    try {
      return java.util.Optional.of(new LicenceNumber(compact));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** ISO/IEC 7064 MOD 37,36 (hybrid system): the character that makes the whole string check. */
  public static char checkCharacter(String body) {
    int p = 36;
    for (int i = 0; i < body.length(); i++) {
      int v = ALPHABET.indexOf(body.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("Only digits and capital letters");
      }
      int s = (p + v) % 36;
      if (s == 0) {
        s = 36;
      }
      p = (s * 2) % 37;
    }
    return ALPHABET.charAt((37 - p) % 36);
  }

  public int typeCode() {
    return Integer.parseInt(value.substring(0, 3));
  }

  public String regionCode() {
    return value.substring(3, 9);
  }

  public int year() {
    return Integer.parseInt(value.substring(11, 15));
  }

  /** Grouped for reading aloud: {@code 104 331126 02 2026 00000001 X}. */
  public String grouped() {
    return value.substring(0, 3) + " " + value.substring(3, 9) + " " + value.substring(9, 11) + " "
        + value.substring(11, 15) + " " + value.substring(15, 23) + " " + value.charAt(23);
  }

  @Override
  public String toString() {
    return value;
  }
}
