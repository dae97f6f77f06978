package org.onevisit.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onevisit.demo.DemoVillage;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;

/** The villages of every county the organisation module knows in detail, ordered by code. */
final class DemoVillages {

  private DemoVillages() {}

  static List<DemoVillage> of(Regions regions) {
    var villages = new ArrayList<DemoVillage>();
    for (Region county : regions.atLevel(RegionCode.Level.COUNTY)) {
      Map<RegionCode, Region> townships = regions.townships(county.code()).stream()
          .collect(Collectors.toMap(Region::code, Function.identity()));
      if (townships.isEmpty()) {
        continue;
      }
      for (Region village : regions.villages(county.code())) {
        Region township = townships.get(village.parent());
        if (township != null) {
          villages.add(new DemoVillage(village.code(), village.name(), township.code(), township.name(), county.name()));
        }
      }
    }
    return villages;
  }
}
