package org.onevisit.organisation.api;

import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.Region;

/**
 * A region as the API shows it.
 *
 * @param code its GB/T 2260 (or statistics bureau) code
 * @param name its Chinese name
 * @param level PROVINCE, CITY, COUNTY, TOWNSHIP or VILLAGE
 * @param parentCode the code of the region it lies in; absent for a province
 */
public record RegionDto(String code, String name, String level, @Nullable String parentCode) {

  static RegionDto of(Region region) {
    return new RegionDto(region.code().value(), region.name(), region.level().name(),
        region.parent() == null ? null : region.parent().value());
  }
}
