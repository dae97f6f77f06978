package org.onevisit.licence;

/** A refused licence operation, with its {@link LicenceError} code and an English detail for logs and APIs. */
public class LicenceException extends RuntimeException {

  private final LicenceError error;

  public LicenceException(LicenceError error, String detail) {
    super(detail);
    this.error = error;
  }

  public LicenceError error() {
    return error;
  }
}
