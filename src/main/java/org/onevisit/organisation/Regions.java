package org.onevisit.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Looks up the administrative divisions (行政区划) the platform knows: every province, city and county
 * it serves, and the townships and villages of the counties loaded in detail. Reference data: it never
 * changes while the application runs. No method returns {@code null}; lists are ordered by code.
 */
public interface Regions {

  /** The region with this code, if the platform knows it. */
  Optional<Region> find(RegionCode code);

  /** The regions directly below this one (a county's townships); empty for a village or an unknown code. */
  List<Region> children(RegionCode code);

  /** The regions above this one, from the province down, without the region itself; empty if unknown. */
  List<Region> ancestors(RegionCode code);

  /** The full name from the province down, separated by spaces: {@code 浙江省 丽水市 庆元县}; empty if unknown. */
  String pathName(RegionCode code);

  /** Every region on a level, e.g. all counties. */
  List<Region> atLevel(RegionCode.Level level);

  /** The townships (乡镇, 街道) of a county; empty when the county is not loaded in detail. */
  List<Region> townships(RegionCode county);

  /** The villages (村, 社区) of a county, over all its townships. */
  List<Region> villages(RegionCode county);

  /** Regions whose name starts with the prefix (at most {@code limit}, higher levels first); empty for a blank prefix. */
  List<Region> search(String namePrefix, int limit);
}
