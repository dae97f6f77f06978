package org.onevisit.catalog.internal;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.CatalogSearch;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.Synonyms;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/**
 * One immutable view of the published catalog: every published implementation, the one shown per code
 * (that of the widest region), the bundles and the search index over them. Replaced whole, never changed.
 */
final class CatalogSnapshot {

  private static final Comparator<String> CHINESE = Collator.getInstance(Locale.CHINA)::compare;

  final long revision;
  private final List<Item> implementations;
  private final Map<ItemCode, Item> items;
  private final Map<BundleCode, Bundle> bundles;
  private final List<Item> itemsByName;
  private final List<Bundle> bundlesByName;
  private final CatalogSearch search;
  /**
   * Guides already assembled from this snapshot, by item or bundle code and answers: a guide depends on nothing
   * else (no clock, no applicant), and a publication makes a new snapshot. Bounded: emptied when full.
   */
  private final java.util.concurrent.ConcurrentHashMap<List<Object>, org.onevisit.catalog.Guide> guides =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int GUIDES_KEPT = 4_096;

  CatalogSnapshot(long revision, Collection<Item> published, Collection<Bundle> bundles) {
    this.revision = revision;
    this.implementations = List.copyOf(published);
    var byCode = new LinkedHashMap<ItemCode, Item>();
    published.stream()
        .sorted(Comparator.comparing((Item i) -> i.region().level()).thenComparing(Item::region))
        .forEach(i -> byCode.putIfAbsent(i.code(), i));
    this.items = Map.copyOf(byCode);
    var bundleMap = new LinkedHashMap<BundleCode, Bundle>();
    bundles.forEach(b -> bundleMap.put(b.code(), b));
    this.bundles = Map.copyOf(bundleMap);
    this.itemsByName = byCode.values().stream().sorted(Comparator.comparing(Item::name, CHINESE)).toList();
    this.bundlesByName = bundles.stream().sorted(Comparator.comparing(Bundle::name, CHINESE)).toList();
    this.search = CatalogSearch.of(byCode.values(), bundles, Synonyms.defaults());
  }

  static CatalogSnapshot empty() {
    return new CatalogSnapshot(-1, List.of(), List.of());
  }

  Optional<Item> item(ItemCode code) {
    return Optional.ofNullable(items.get(code));
  }

  Optional<Bundle> bundle(BundleCode code) {
    return Optional.ofNullable(bundles.get(code));
  }

  Map<ItemCode, Item> items() {
    return items;
  }

  List<Item> itemsByName() {
    return itemsByName;
  }

  List<Bundle> bundlesByName() {
    return bundlesByName;
  }

  CatalogSearch search() {
    return search;
  }

  List<Item> itemsFor(RegionCode region, Optional<DepartmentKind> department) {
    var chosen = new LinkedHashMap<ItemCode, Item>();
    implementations.stream()
        .filter(i -> i.region().covers(region))
        .filter(i -> department.map(d -> i.department() == d).orElse(true))
        .sorted(Comparator.comparing((Item i) -> i.region().level()).reversed().thenComparing(Item::region))
        .forEach(i -> chosen.putIfAbsent(i.code(), i));
    return chosen.values().stream()
        .sorted(Comparator.comparing(Item::department).thenComparing(Item::code))
        .toList();
  }

  /** The guide for this code and these answers, assembled once per snapshot; invalid answers are never kept. */
  org.onevisit.catalog.Guide guide(Object code, org.onevisit.catalog.Answers answers,
      java.util.function.Supplier<org.onevisit.catalog.Guide> assemble) {
    List<Object> key = List.of(code, answers);
    var guide = guides.get(key);
    if (guide == null) {
      guide = assemble.get();
      if (guides.size() >= GUIDES_KEPT) {
        guides.clear();
      }
      guides.putIfAbsent(key, guide);
    }
    return guide;
  }
}
