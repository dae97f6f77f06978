package org.onevisit.organisation.api;

import java.util.List;

/**
 * A region with its place in the tree.
 *
 * @param region the region itself
 * @param pathName its full name from the province down, e.g. {@code 浙江省 丽水市 庆元县}
 * @param ancestors the regions above it, from the province down
 */
public record RegionDetailsDto(RegionDto region, String pathName, List<RegionDto> ancestors) {}
