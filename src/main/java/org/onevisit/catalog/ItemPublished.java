package org.onevisit.catalog;

import org.onevisit.organisation.RegionCode;

/** 事项已发布: the item's version is now offered to applicants in the region. */
public record ItemPublished(ItemCode item, RegionCode region, int version) {}
