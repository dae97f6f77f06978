package org.onevisit.catalog;

import java.util.Objects;

/** A refused catalog operation, with its stable {@link CatalogError} code. */
public sealed class CatalogException extends RuntimeException permits NotStandardised, InvalidAnswers {

  private final CatalogError error;

  public CatalogException(CatalogError error, String message) {
    super(message);
    this.error = Objects.requireNonNull(error, "error");
  }

  public CatalogError error() {
    return error;
  }
}
