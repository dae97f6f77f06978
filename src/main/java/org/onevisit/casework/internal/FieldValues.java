package org.onevisit.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.onevisit.catalog.FieldType;
import org.onevisit.identity.IdNumber;

/** Checks a typed value against its field's type before a case is made of it. */
final class FieldValues {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

  private FieldValues() {}

  static boolean valid(FieldType type, String value) {
    String v = value.strip();
    try {
      return switch (type) {
        case PHONE -> MOBILE.matcher(v).matches() || LANDLINE.matcher(v).matches();
        case ID_NUMBER -> {
          IdNumber.parse(v);
          yield true;
        }
        case DATE -> {
          LocalDate.parse(v);
          yield true;
        }
        case DATE_TIME -> {
          LocalDateTime.parse(v);
          yield true;
        }
        case NUMBER -> {
          new BigDecimal(v.replace("%", ""));
          yield true;
        }
        case TEXT, CHOICE, ADDRESS -> !v.isEmpty() && v.length() <= 500;
      };
    } catch (RuntimeException e) {
      return false;
    }
  }
}
