package org.onevisit.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 事项编码: the implementation code of a service item, the same in every region that handles it
 * e.g. {@code 330217-001-00} or {@code CSDJ-01}: upper-case letters and digits in groups
 * joined by hyphens, the first group at least two characters long.
 */
public record ItemCode(String value) implements Comparable<ItemCode> {

  static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{2,}(-[0-9A-Z]+)*");

  public ItemCode {
    Objects.requireNonNull(value, "item code");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not an item code: " + value);
    }
  }

  public static ItemCode of(String value) {
    return new ItemCode(value);
  }

  @Override
  public int compareTo(ItemCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
