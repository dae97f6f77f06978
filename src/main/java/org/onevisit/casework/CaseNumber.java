package org.onevisit.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;
import org.onevisit.organisation.RegionCode;

/**
 * 办件编号: the region code of the accepting county (6 digits), the day of submission and a sequence of that
 * region and day, e.g. {@code 331126-20261203-000042}. The sequence is drawn from the database, so numbers
 * are unique across nodes; they tell a clerk at a glance where and when a case began.
 */
public record CaseNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("(\\d{6})-(\\d{8})-(\\d{6})");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  public CaseNumber {
    Objects.requireNonNull(value, "case number");
    var m = SHAPE.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a case number: " + value);
    }
    LocalDate.parse(m.group(2), DAY);
  }

  public static CaseNumber of(String value) {
    return new CaseNumber(value);
  }

  public static CaseNumber of(RegionCode region, LocalDate day, long sequence) {
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("Sequence out of range: " + sequence);
    }
    return new CaseNumber(region.county().value() + "-" + day.format(DAY) + "-%06d".formatted(sequence));
  }

  public RegionCode region() {
    return RegionCode.of(value.substring(0, 6));
  }

  public LocalDate day() {
    return LocalDate.parse(value.substring(7, 15), DAY);
  }

  @Override
  public String toString() {
    return value;
  }
}
