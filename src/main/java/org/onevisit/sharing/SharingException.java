package org.onevisit.sharing;

import java.util.Objects;

/** A refused sharing operation with its stable {@link SharingError} code; the message holds no personal data. */
public class SharingException extends RuntimeException {

  private final SharingError error;

  public SharingException(SharingError error, String message) {
    super(message);
    this.error = Objects.requireNonNull(error, "error");
  }

  public SharingError error() {
    return error;
  }
}
