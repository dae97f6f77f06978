package org.onevisit.catalog;

import java.util.Objects;

/** 一件事编码: the code of a one-thing bundle, shaped like an {@link ItemCode}, e.g. {@code YJS-CS}. */
public record BundleCode(String value) {

  public BundleCode {
    Objects.requireNonNull(value, "bundle code");
    if (!ItemCode.SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a bundle code: " + value);
    }
  }

  public static BundleCode of(String value) {
    return new BundleCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
