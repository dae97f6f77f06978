package org.onevisit.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/** The shape of the keys of questions, options, materials and fields: {@code parentsMarried}, {@code yes}. */
final class Keys {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-zA-Z0-9-]*");

  private Keys() {}

  static String require(String key, String what) {
    Objects.requireNonNull(key, what);
    if (!SHAPE.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a " + what + " key: " + key);
    }
    return key;
  }

  static String requireText(String text, String what) {
    if (Objects.requireNonNull(text, what).isBlank()) {
      throw new IllegalArgumentException("A " + what + " cannot be blank");
    }
    return text;
  }
}
