package org.onevisit.licence;

/** Why a licence operation was refused: stable codes, mapped once per adapter (problem JSON, error pages). */
public enum LicenceError {
  UNKNOWN_TYPE(422),
  WRONG_HOLDER_KIND(422),
  FIELD_MISSING(422),
  FIELD_UNKNOWN(422),
  FIELD_TOO_LONG(422),
  UNKNOWN_DEPARTMENT(422),
  WRONG_DEPARTMENT(422),
  NOT_ISSUERS_DEPARTMENT(403),
  NOT_FOUND(404),
  NOT_HOLDERS(403),
  NOT_USABLE(409),
  ALREADY_REVOKED(409),
  NOT_SUSPENDED(409),
  REASON_MISSING(422),
  CLIENT_UNKNOWN(422);

  private final int status;

  LicenceError(int status) {
    this.status = status;
  }

  /** The HTTP status an adapter answers with. */
  public int status() {
    return status;
  }
}
