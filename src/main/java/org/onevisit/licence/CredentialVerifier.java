package org.onevisit.licence;

import java.util.List;

/**
 * Verifies credentials and presentations offline: every Data Integrity proof (the three suites the platform
 * signs with), the issuer's key ({@code did:web} of this deployment, {@code did:key}), validity dates and the
 * Bitstring Status Lists of this deployment. Never throws on bad input: malformed input is a finding.
 */
public interface CredentialVerifier {

  Verification verify(String credentialJson);

  /**
   * Verifies each credential of a presentation. Holders have no keys on this platform, so a presentation's
   * own proof, if any, is reported as a warning and not checked.
   */
  PresentationVerification verifyPresentation(String presentationJson);

  /** The result of verifying a presentation: the presentation's own findings and each credential's. */
  record PresentationVerification(List<Verification.Finding> errors, List<Verification.Finding> warnings,
      List<Verification> credentials) {

    public boolean verified() {
      return errors.isEmpty() && credentials.stream().allMatch(Verification::verified);
    }
  }
}
