package org.onevisit.licence;

/** Why a credential failed verification (or what a verifier should know): stable codes with messages. */
public enum VerificationProblem {
  /** Not JSON, not an object, or a required property is missing or of the wrong type. */
  MALFORMED,
  /** An {@code @context} the platform does not know (it never loads contexts over the network). */
  UNKNOWN_CONTEXT,
  /** Not a VerifiableCredential of the VC 2.0 data model. */
  NOT_A_CREDENTIAL,
  /** No proof at all. */
  PROOF_MISSING,
  /** A proof of a cryptosuite the platform does not implement. */
  UNSUPPORTED_CRYPTOSUITE,
  /** The verification method belongs to someone other than the issuer. */
  WRONG_KEY,
  /** The verification method cannot be resolved (an unknown DID or key id). */
  UNKNOWN_VERIFICATION_METHOD,
  /** The signature does not match: the credential was changed after signing, or the proof is another's. */
  SIGNATURE_INVALID,
  /** Issued by the platform, but a field differs from what was issued (the path is in the detail). */
  FIELD_CHANGED,
  /** Issued by the platform with this content, but the proof is not the one it made for it. */
  PROOF_SWAPPED,
  /** Suspended by the issuer. */
  SUSPENDED,
  /** Revoked by the issuer. */
  REVOKED,
  /** Past its {@code validUntil}. */
  EXPIRED,
  /** Before its {@code validFrom}. */
  NOT_YET_VALID,
  /** A status list the platform cannot read (another issuer's, offline): status not checked. */
  STATUS_UNCHECKED,
  /** A presentation's own proof: holders have no keys on this platform, so it is not checked. */
  PRESENTATION_PROOF_UNCHECKED;

  public String messageKey() {
    return "licence.verify.problem." + name();
  }
}
