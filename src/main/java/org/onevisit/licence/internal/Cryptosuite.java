package org.onevisit.licence.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Data Integrity cryptosuites the platform signs and verifies with. The first two are W3C
 * Recommendations (VC Data Integrity EdDSA Cryptosuites v1.0); the third is OneVisit's own, for the
 * national algorithms, and is not a W3C suite: it follows {@code eddsa-jcs-2022} step by step with SM3
 * for SHA-256 and SM2 (GB/T 32918, user id {@code 1234567812345678}) for Ed25519. See {@code docs/adr/0006}.
 */
enum Cryptosuite {
  EDDSA_RDFC_2022("eddsa-rdfc-2022", Canonicalization.RDFC, KeyType.ED25519),
  EDDSA_JCS_2022("eddsa-jcs-2022", Canonicalization.JCS, KeyType.ED25519),
  SM2_JCS("onevisit-sm2-jcs-2026", Canonicalization.JCS, KeyType.SM2);

  enum Canonicalization { RDFC, JCS }

  enum KeyType { ED25519, SM2 }

  final String id;
  final Canonicalization canonicalization;
  final KeyType keyType;

  Cryptosuite(String id, Canonicalization canonicalization, KeyType keyType) {
    this.id = id;
    this.canonicalization = canonicalization;
    this.keyType = keyType;
  }

  static Optional<Cryptosuite> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
