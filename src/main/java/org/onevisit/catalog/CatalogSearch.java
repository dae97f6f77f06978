package org.onevisit.catalog;

import java.util.Collection;
import java.util.List;
import org.onevisit.catalog.internal.search.LuceneCatalogSearch;

/**
 * 事项搜索: Chinese full-text search over one snapshot of the catalog — published items and bundles by
 * name, keywords, everyday synonyms, department, the items a bundle joins and the materials an item asks
 * for. A searcher is immutable and safe for any number of threads; the catalog is expected to build a
 * new one with {@link #of} when an item is published or withdrawn and swap the reference.
 *
 * <p><b>Ranking</b>, highest first: a hit whose name (or a part of it in brackets, 出生登记（户口登记）)
 * equals the query; a name that starts with the query; a name that contains the query as a phrase; an
 * item keyword, item synonym or bundle keyword equal to the query; then, weighted by word relevance
 * (BM25), words shared with the name, with keywords and synonyms, with the department or a bundle's
 * item names, and last with the materials and single characters of the name. The canonical terms of
 * {@link Synonyms} phrases found in the query are searched with the same rules at 0.8 of the weight.
 * Within a tier a bundle (一件事) comes before items. One-character queries (户) match names by their
 * characters and two-character ones (出生) by their bigram, so short queries find something sensible.
 *
 * <p><b>User input never makes it throw.</b> The query is taken as text, never as query syntax: quotes,
 * brackets, {@code AND}, wildcards and emoji are only characters. A blank query gives no hits; only the
 * first {@value #MAX_QUERY_LENGTH} characters are searched; the query is normalised (NFKC, so full-width
 * letters and brackets equal half-width ones, and lower case). A limit below one gives no hits and a
 * limit above {@value #MAX_LIMIT} is lowered to it. An item code (or bundle code) appears at most once,
 * with its best-scoring document.
 */
public interface CatalogSearch {

  /** Characters of the query that are searched; the rest is ignored. */
  int MAX_QUERY_LENGTH = 100;

  /** The most hits a search returns. */
  int MAX_LIMIT = 200;

  /**
   * The best hits for the query, best first.
   *
   * @param query what the applicant typed; may be blank, any length, any characters
   * @param limit the most hits wanted
   */
  List<SearchHit> search(String query, int limit);

  /** The number of items and bundles indexed. */
  int size();

  /**
   * Indexes a snapshot of the catalog.
   *
   * @param publishedItems the items on offer: the caller passes the published items; any other item
   *     (a draft, a withdrawn item) is skipped all the same
   * @param bundles the bundles on offer; their items' names are looked up among {@code publishedItems}
   * @param synonyms the phrases expanded at search time
   */
  static CatalogSearch of(Collection<Item> publishedItems, Collection<Bundle> bundles, Synonyms synonyms) {
    return LuceneCatalogSearch.index(publishedItems, bundles, synonyms);
  }

  /** No items, no bundles: every search gives no hits. */
  static CatalogSearch empty() {
    return of(List.of(), List.of(), Synonyms.none());
  }
}
