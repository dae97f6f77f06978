package org.onevisit.catalog;

import org.onevisit.organisation.RegionCode;

/** 事项已撤回: the item's version is no longer offered in the region. */
public record ItemWithdrawn(ItemCode item, RegionCode region, int version) {}
