package org.onevisit.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 数据元: an element of the shared data vocabulary that {@code sharing} serves, e.g. {@code person.name},
 * {@code household.address}, {@code marriage.certificateNo}: two or more dot-separated segments, each
 * starting with a lower-case letter, then letters and digits (camel case).
 */
public record DataElement(String code) {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

  public DataElement {
    Objects.requireNonNull(code, "data element");
    if (!SHAPE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a data element code: " + code);
    }
  }

  public static DataElement of(String code) {
    return new DataElement(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
