package org.onevisit.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/**
 * 事项目录 as applicants and other modules see it: the published items and bundles only, their guides
 * for given answers, and search. Reads come from an in-memory snapshot rebuilt after every publication
 * or withdrawal (and checked against the database every few seconds, for other nodes' changes), so they
 * never touch the database.
 */
public interface Catalog {

  /** The published item with this code; when several regions publish it, the one of the widest region. */
  Optional<Item> item(ItemCode code);

  /** The published bundle with this code. */
  Optional<Bundle> bundle(BundleCode code);

  /** Every published item (one per code, as {@link #item}), by name. */
  List<Item> items();

  /** Every published bundle, by name. */
  List<Bundle> bundles();

  /**
   * 清单: the items published for a region (by the region itself or a wider region that covers it),
   * optionally of one department kind, ordered by department and code.
   */
  List<Item> itemsFor(RegionCode region, Optional<DepartmentKind> department);

  /** The published items of a bundle by code. */
  Map<ItemCode, Item> itemsOf(Bundle bundle);

  /**
   * The questions still to ask, in order, for an item or bundle answered so far as given.
   *
   * @throws CatalogException {@link CatalogError#UNKNOWN_ITEM} for a code that is not published
   */
  List<Question> questions(ItemCode item, Answers answers);

  List<Question> questions(BundleCode bundle, Answers answers);

  /**
   * The personalised guide.
   *
   * @throws CatalogException {@link CatalogError#UNKNOWN_ITEM} for a code that is not published
   * @throws InvalidAnswers with every problem of the answers
   */
  Guide guide(ItemCode item, Answers answers);

  Guide guide(BundleCode bundle, Answers answers);

  /** Full-text search over the published items and bundles; see {@link CatalogSearch}. */
  List<SearchHit> search(String query, int limit);
}
