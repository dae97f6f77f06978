package org.onevisit.catalog;

import java.util.Objects;

/**
 * One result of a {@link CatalogSearch}: an item or a bundle by code and name, with the relevance score
 * the search gave it. Scores order the hits of one search and mean nothing across searches.
 */
public record SearchHit(Kind kind, String code, String name, float score) {

  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** What a hit points at. */
  public enum Kind {
    /** 事项: a published {@link Item}; the code is its {@link ItemCode}. */
    ITEM,
    /** 一件事: a {@link Bundle}; the code is its {@link BundleCode}. */
    BUNDLE
  }
}
