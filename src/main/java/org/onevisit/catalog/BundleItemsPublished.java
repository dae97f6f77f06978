package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 一件事所含事项均已发布: every entry's item exists in the catalog and is published. */
public final class BundleItemsPublished implements StandardisationCheck<Bundle> {

  private final Map<ItemCode, Item> items;

  /** @param items the catalog's items by code */
  public BundleItemsPublished(Map<ItemCode, Item> items) {
    this.items = Map.copyOf(items);
  }

  @Override
  public List<Problem> check(Bundle bundle) {
    var problems = new ArrayList<Problem>();
    for (var entry : bundle.entries()) {
      var item = items.get(entry.item());
      String path = "entries[" + entry.item() + "]";
      if (item == null) {
        problems.add(new Problem(Problem.Code.BUNDLE_ITEM_UNKNOWN, path, "事项不存在: " + entry.item()));
      } else if (item.status() != ItemStatus.PUBLISHED) {
        problems.add(new Problem(Problem.Code.BUNDLE_ITEM_NOT_PUBLISHED, path,
            "事项未发布: " + item.name() + "（" + item.status() + "）"));
      }
    }
    return problems;
  }
}
