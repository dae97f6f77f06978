package org.onevisit.catalog;

/** Stable error codes of the catalog, mapped once per adapter (problem JSON, error summary). */
public enum CatalogError {
  /** The standardisation report lists problems: the item cannot be published. */
  NOT_STANDARDISED,
  /** The transition is not allowed in the item's current status. */
  ILLEGAL_TRANSITION,
  /** Answers name unknown questions or options, or leave a required question unanswered. */
  INVALID_ANSWERS,
  /** A bundle names an item the catalog does not hold. */
  UNKNOWN_ITEM
}
