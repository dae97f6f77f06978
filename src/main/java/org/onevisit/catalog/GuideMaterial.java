package org.onevisit.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A material of a guide, listed once for all the items it serves. {@code broughtByApplicant} is true
 * when the applicant hands it in: an {@link MaterialSource.Applicant} material, or the result of an item
 * that is not part of this guide. Shared-data and e-licence materials are fetched for him.
 */
public record GuideMaterial(Material material, List<ItemCode> items, boolean broughtByApplicant) {

  public GuideMaterial {
    Objects.requireNonNull(material, "material");
    items = List.copyOf(items);
  }
}
