package org.onevisit.licence.web;

import jakarta.json.JsonObject;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.licence.LicenceStatus;
import org.onevisit.licence.Verification;
import org.onevisit.licence.VerificationProblem;
import org.onevisit.platform.PersonalData;

/**
 * What the public verification page shows: the outcome, and of the licence only what a verifier needs —
 * type, number, issuer, validity and the holder masked.
 *
 * @param outcome VALID, SUSPENDED, REVOKED, EXPIRED or INVALID (not genuine, or unreadable)
 */
record VerificationView(
    String outcome,
    @Nullable String typeKey,
    @Nullable String typeName,
    @Nullable String number,
    @Nullable String issuerName,
    @Nullable String issuerDid,
    @Nullable String holderName,
    @Nullable String holderIdentifier,
    @Nullable String validFrom,
    @Nullable String validUntil,
    List<Verification.Finding> problems,
    List<String> checks) {

  private static final List<VerificationProblem> STATUS_PROBLEMS = List.of(VerificationProblem.REVOKED,
      VerificationProblem.SUSPENDED, VerificationProblem.EXPIRED);

  static VerificationView of(Verification result, @Nullable JsonObject credential) {
    String outcome;
    boolean onlyStatus = result.errors().stream().allMatch(f -> STATUS_PROBLEMS.contains(f.problem())
        || f.problem() == VerificationProblem.NOT_YET_VALID);
    if (result.verified()) {
      outcome = LicenceStatus.VALID.name();
    } else if (onlyStatus && result.status() != null && result.status() != LicenceStatus.VALID) {
      outcome = result.status().name();
    } else {
      outcome = "INVALID";
    }
    Licence own = result.licence();
    if (own != null && !outcome.equals("INVALID")) {
      return new VerificationView(outcome, "licence.type." + own.type().code(), null, own.number().grouped(),
          own.departmentName(), result.issuer(), own.holder().maskedName(), own.holder().maskedIdentifier(),
          own.validFrom().toString(), own.validUntil() == null ? null : own.validUntil().toString(), result.errors(),
          result.checks());
    }
    if (credential == null) {
      return new VerificationView(outcome, null, null, null, null, result.issuer(), null, null, null, null,
          result.errors(), result.checks());
    }
    JsonObject subject = credential.get("credentialSubject") instanceof JsonObject s ? s : null;
    String type = subject == null ? null : string(subject, "licenceType");
    boolean known = type != null && LicenceDefinitions.find(type).isPresent();
    String holderId = subject == null ? null : string(subject, "holderIdentifier");
    String holderName = subject == null ? null : string(subject, "holderName");
    boolean enterprise = subject != null && "ENTERPRISE".equals(string(subject, "holderKind"));
    String issuerName = credential.get("issuer") instanceof JsonObject issuer ? string(issuer, "name") : null;
    return new VerificationView(outcome, known ? "licence.type." + type : null, known ? null : string(credential, "name"),
        subject == null ? null : string(subject, "licenceNumber"), issuerName, result.issuer(),
        holderName == null ? null : enterprise ? holderName : PersonalData.maskName(holderName),
        holderId == null ? null : enterprise ? holderId : PersonalData.maskIdNumber(holderId),
        string(credential, "validFrom"), string(credential, "validUntil"), result.errors(), result.checks());
  }

  private static @Nullable String string(JsonObject object, String name) {
    return object.get(name) instanceof jakarta.json.JsonString value ? value.getString() : null;
  }

  public boolean valid() {
    return outcome.equals("VALID");
  }
}
