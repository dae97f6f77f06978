package org.onevisit.sharing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 用途: why a consumer reads. The type is what a grant is given for, e.g. the item code {@code CS-02}
 * ("handling a case of item CS-02"); the reference names the instance, e.g. the case number, which a
 * {@link PurposeVerifier} confirms.
 *
 * @param type 1–64 characters of {@code A-Z a-z 0-9 . _ -}, starting with a letter or digit
 * @param reference 1–64 characters of the same alphabet
 */
public record Purpose(String type, String reference) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public Purpose {
    Objects.requireNonNull(type, "purpose type");
    Objects.requireNonNull(reference, "purpose reference");
    if (!SHAPE.matcher(type).matches()) {
      throw new IllegalArgumentException("Not a purpose type: " + type);
    }
    if (!SHAPE.matcher(reference).matches()) {
      throw new IllegalArgumentException("Not a purpose reference: " + reference);
    }
  }

  /** Whether {@code type} would be a valid purpose type. */
  public static boolean isType(String type) {
    return SHAPE.matcher(type).matches();
  }
}
