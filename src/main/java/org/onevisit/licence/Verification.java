package org.onevisit.licence;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying one credential.
 *
 * @param checks what was checked and passed: {@code proof:<cryptosuite>}, {@code status}, {@code validity}
 * @param errors why it is not valid (empty when it is)
 * @param warnings what could not be checked
 * @param status the licence's status if the credential could be read far enough, else {@code null}
 * @param licence the platform's own licence the credential is, if it is one
 * @param issuer the issuer id (a DID), if present
 */
public record Verification(
    List<String> checks,
    List<Finding> errors,
    List<Finding> warnings,
    @Nullable LicenceStatus status,
    @Nullable Licence licence,
    @Nullable String issuer) {

  public Verification {
    checks = List.copyOf(checks);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean verified() {
    return errors.isEmpty();
  }

  public Optional<Licence> ownLicence() {
    return Optional.ofNullable(licence);
  }

  public boolean has(VerificationProblem problem) {
    return errors.stream().anyMatch(f -> f.problem() == problem);
  }

  /** One problem with an English detail (a path, a cryptosuite, a status purpose). */
  public record Finding(VerificationProblem problem, String detail) {}
}
