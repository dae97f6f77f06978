package org.onevisit.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 行政区划代码: a GB/T 2260 administrative division code, extended by the statistics bureau's township
 * (9 digits) and village (12 digits) codes. The five levels of follow from the digits: province
 * {@code 33}0000, city {@code 3311}00, county {@code 331126}, township {@code 331126100}, village
 * {@code 331126100201}. Province, city and county codes are kept in their 6-digit form.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

  private static final Pattern SHAPE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

  public RegionCode {
    Objects.requireNonNull(value, "region code");
    if (!SHAPE.matcher(value).matches() || value.startsWith("00")) {
      throw new IllegalArgumentException("Not a GB/T 2260 region code: " + value);
    }
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  /** The administrative level the code denotes. */
  public Level level() {
    if (value.length() == 12) {
      return Level.VILLAGE;
    }
    if (value.length() == 9) {
      return Level.TOWNSHIP;
    }
    if (value.endsWith("0000")) {
      return Level.PROVINCE;
    }
    if (value.endsWith("00")) {
      return Level.CITY;
    }
    return Level.COUNTY;
  }

  /** The digits that every sub-region's code starts with. */
  public String prefix() {
    return switch (level()) {
      case PROVINCE -> value.substring(0, 2);
      case CITY -> value.substring(0, 4);
      case COUNTY, TOWNSHIP, VILLAGE -> value;
    };
  }

  /** True when {@code other} is this region or lies inside it (a county covers its townships). */
  public boolean covers(RegionCode other) {
    return other.value.startsWith(prefix());
  }

  /** The county (6-digit) code of a township or village; the code itself above that level. */
  public RegionCode county() {
    return value.length() > 6 ? new RegionCode(value.substring(0, 6)) : this;
  }

  @Override
  public int compareTo(RegionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** The five administrative levels, from the top. */
  public enum Level {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP,
    VILLAGE
  }
}
