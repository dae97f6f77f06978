package org.onevisit.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A field of a guide's merged form, asked once for all the items it serves: required when any of them
 * requires it, correctable only when all of them allow the pre-filled value to be corrected.
 */
public record GuideField(FormField field, List<ItemCode> items, boolean required, boolean correctable) {

  public GuideField {
    Objects.requireNonNull(field, "field");
    items = List.copyOf(items);
  }

  /** True for free input; bound fields are pre-filled from shared data. */
  public boolean typedByApplicant() {
    return field.typedByApplicant();
  }
}
