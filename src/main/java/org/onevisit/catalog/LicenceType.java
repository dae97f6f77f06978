package org.onevisit.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 证照类型: a kind of licence held in the e-licence library, e.g. {@code resident-id-card},
 * {@code birth-medical-certificate}: lower-case letters and digits joined by single hyphens.
 */
public record LicenceType(String code) {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public LicenceType {
    Objects.requireNonNull(code, "licence type");
    if (!SHAPE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a licence type code: " + code);
    }
  }

  public static LicenceType of(String code) {
    return new LicenceType(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
