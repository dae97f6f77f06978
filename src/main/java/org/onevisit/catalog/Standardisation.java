package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Runs the standardisation checks and gathers their problems into one report. */
public final class Standardisation {

  /** The checks every item passes before publication, in the order their problems are listed. */
  public static final List<StandardisationCheck<Item>> ITEM_CHECKS = List.of(
      new NoCatchAllMaterial(),
      new MaterialHasLegalBasis(),
      new CommittedWithinStatutory(),
      new VisitsNeedLegalBasis(),
      new FieldsBoundOrJustified());

  private Standardisation() {}

  /** The report on one item. */
  public static StandardisationReport of(Item item) {
    var problems = new ArrayList<Problem>();
    ITEM_CHECKS.forEach(check -> problems.addAll(check.check(item)));
    return new StandardisationReport(item.code().value(), problems);
  }

  /** The report on one item, also compared with its implementations in other regions. */
  public static StandardisationReport of(Item item, Collection<Item> otherRegions) {
    var problems = new ArrayList<>(of(item).problems());
    var all = new ArrayList<Item>(otherRegions.stream().filter(i -> i.code().equals(item.code())).toList());
    all.add(item);
    problems.addAll(new OneGuidePerItemCode().check(all));
    return new StandardisationReport(item.code().value(), problems);
  }

  /** The report on a bundle, given the catalog's items by code. */
  public static StandardisationReport of(Bundle bundle, Map<ItemCode, Item> items) {
    return new StandardisationReport(bundle.code().value(), new BundleItemsPublished(items).check(bundle));
  }
}
