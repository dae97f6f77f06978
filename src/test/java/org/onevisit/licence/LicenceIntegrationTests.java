package org.onevisit.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Issue, verify, tamper, change status, use: the module's API on the embedded PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
class LicenceIntegrationTests {

  @Autowired Licences licences;
  @Autowired CredentialVerifier verifier;

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void anIssuedLicenceVerifiesWithAllThreeProofs() {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    Verification result = verifier.verify(licence.credential());

    assertThat(result.errors()).isEmpty();
    assertThat(result.checks()).contains("proof:eddsa-rdfc-2022", "proof:eddsa-jcs-2022", "proof:onevisit-sm2-jcs-2026",
        "status", "validity");
    assertThat(result.status()).isEqualTo(LicenceStatus.VALID);
    assertThat(result.ownLicence()).map(Licence::number).contains(licence.number());
    JsonObject vc = json(licence.credential());
    assertThat(vc.getJsonObject("credentialSubject").getString("licenceNumber")).isEqualTo(licence.number().value());
    assertThat(vc.getString("name")).isEqualTo("结婚证");
    assertThat(licence.number().typeCode()).isEqualTo(104);
    assertThat(licence.number().regionCode()).isEqualTo("331126");
  }

  @Test
  void aChangedFieldIsRejectedWithItsPath() {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    JsonObject vc = json(licence.credential());
    JsonObject subject = vc.getJsonObject("credentialSubject");
    JsonObject fields = Json.createObjectBuilder(subject.getJsonObject("fields")).add("wifeName", "王美丽").build();
    String tampered = Json.createObjectBuilder(vc)
        .add("credentialSubject", Json.createObjectBuilder(subject).add("fields", fields)).build().toString();

    Verification result = verifier.verify(tampered);

    assertThat(result.verified()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(f -> {
      assertThat(f.problem()).isEqualTo(VerificationProblem.FIELD_CHANGED);
      assertThat(f.detail()).isEqualTo("credentialSubject.fields.wifeName");
    });
  }

  @Test
  void aProofTakenFromAnotherLicenceIsRejectedAsSwapped() {
    Licence first = licences.issue(LicenceFixtures.anyMarriageCertificate());
    Licence second = licences.issue(LicenceFixtures.anyMarriageCertificate());
    String swapped = Json.createObjectBuilder(json(first.credential()))
        .add("proof", json(second.credential()).get("proof")).build().toString();

    Verification result = verifier.verify(swapped);

    assertThat(result.errors()).extracting(Verification.Finding::problem).containsExactly(VerificationProblem.PROOF_SWAPPED);
  }

  @Test
  void aForeignCredentialWithAChangedFieldIsASignatureMismatch() {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    JsonObject vc = json(licence.credential());
    String tampered = Json.createObjectBuilder(vc).add("id", "urn:example:not-ours").build().toString();

    assertThat(verifier.verify(tampered).errors()).extracting(Verification.Finding::problem)
        .containsExactly(VerificationProblem.SIGNATURE_INVALID);
  }

  @Test
  void aProofNamingAKeyThatIsNotTheIssuersIsRejectedAsWrongKey() {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    JsonObject vc = json(licence.credential());
    var proofs = Json.createArrayBuilder();
    vc.getJsonArray("proof").forEach(p -> proofs.add(Json.createObjectBuilder(p.asJsonObject())
        .add("verificationMethod", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")));
    String wrongKey = Json.createObjectBuilder(vc).add("proof", proofs).build().toString();

    Verification result = verifier.verify(wrongKey);

    assertThat(result.errors()).extracting(Verification.Finding::problem).containsOnly(VerificationProblem.WRONG_KEY);
  }

  @Test
  void anUnknownContextIsRejectedBeforeAnythingElse() {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    JsonObject vc = json(licence.credential());
    String unknown = Json.createObjectBuilder(vc).add("@context", Json.createArrayBuilder()
        .add("https://www.w3.org/ns/credentials/v2").add("https://evil.example/context")).build().toString();

    Verification result = verifier.verify(unknown);

    assertThat(result.errors()).singleElement().satisfies(f -> {
      assertThat(f.problem()).isEqualTo(VerificationProblem.UNKNOWN_CONTEXT);
      assertThat(f.detail()).contains("evil.example");
    });
  }

  @Test
  void malformedInputIsAFindingNotAnException() {
    assertThat(verifier.verify("not json").errors()).extracting(Verification.Finding::problem)
        .containsExactly(VerificationProblem.MALFORMED);
    assertThat(verifier.verify("[1,2]").errors()).extracting(Verification.Finding::problem)
        .containsExactly(VerificationProblem.MALFORMED);
    assertThat(verifier.verify("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"]}")
        .errors()).extracting(Verification.Finding::problem).containsExactly(VerificationProblem.MALFORMED);
    String unsigned = Json.createObjectBuilder(json(licences.issue(LicenceFixtures.anyMarriageCertificate()).credential()))
        .remove("proof").build().toString();
    assertThat(verifier.verify(unsigned).errors()).extracting(Verification.Finding::problem)
        .containsExactly(VerificationProblem.PROOF_MISSING);
  }

  @Test
  void revocationIsFinalAndReportedBySuspensionAndRevocationLists() {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    licences.suspend(licence.number(), "材料存疑，核查中", "qingyuan.approver.cab");
    assertThat(verifier.verify(licence.credential()).errors()).extracting(Verification.Finding::problem)
        .containsExactly(VerificationProblem.SUSPENDED);
    assertThat(verifier.verify(licence.credential()).status()).isEqualTo(LicenceStatus.SUSPENDED);

    licences.reinstate(licence.number(), "核查无误", "qingyuan.approver.cab");
    assertThat(verifier.verify(licence.credential()).verified()).isTrue();

    licences.revoke(licence.number(), "离婚登记", "qingyuan.approver.cab");
    Verification revoked = verifier.verify(licence.credential());
    assertThat(revoked.errors()).extracting(Verification.Finding::problem).containsExactly(VerificationProblem.REVOKED);
    assertThat(revoked.status()).isEqualTo(LicenceStatus.REVOKED);

    assertThatThrownBy(() -> licences.revoke(licence.number(), "again", "x"))
        .isInstanceOfSatisfying(LicenceException.class, e -> assertThat(e.error()).isEqualTo(LicenceError.ALREADY_REVOKED));
    assertThatThrownBy(() -> licences.suspend(licence.number(), "x", "x"))
        .isInstanceOfSatisfying(LicenceException.class, e -> assertThat(e.error()).isEqualTo(LicenceError.ALREADY_REVOKED));
    assertThat(licences.history(licence.number())).extracting(StatusChange::status)
        .containsExactly(LicenceStatus.VALID, LicenceStatus.SUSPENDED, LicenceStatus.VALID, LicenceStatus.REVOKED);
    assertThat(licences.history(licence.number()).getLast().reason()).isEqualTo("离婚登记");
    assertThat(licences.history(licence.number()).getLast().actor()).isEqualTo("qingyuan.approver.cab");
  }

  @Test
  void aStatusChangeNeedsAReasonAndAnExistingLicence() {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    assertThatThrownBy(() -> licences.revoke(licence.number(), " ", "x"))
        .isInstanceOfSatisfying(LicenceException.class, e -> assertThat(e.error()).isEqualTo(LicenceError.REASON_MISSING));
    LicenceNumber unknown = LicenceNumber.of(104, org.onevisit.organisation.RegionCode.of("331126"),
        org.onevisit.organisation.DepartmentKind.CIVIL_AFFAIRS, java.time.Year.of(2020), 99_999_999L);
    assertThatThrownBy(() -> licences.revoke(unknown, "x", "x"))
        .isInstanceOfSatisfying(LicenceException.class, e -> assertThat(e.error()).isEqualTo(LicenceError.NOT_FOUND));
  }

  @Test
  void aLicencePastItsValidityIsExpiredAndNotUsable() {
    var enterprise = LicenceFixtures.anyCreditCode();
    Licence old = licences.issue(LicenceFixtures.foodPermit(enterprise, LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).minusYears(6)));

    Verification result = verifier.verify(old.credential());

    assertThat(result.errors()).extracting(Verification.Finding::problem).containsExactly(VerificationProblem.EXPIRED);
    assertThat(result.status()).isEqualTo(LicenceStatus.EXPIRED);
    assertThat(licences.usable(HolderKind.ENTERPRISE, enterprise.value(), LicenceDefinitions.FOOD_OPERATION_PERMIT)).isEmpty();
    Licence current = licences.issue(LicenceFixtures.foodPermit(enterprise, LocalDate.now(org.onevisit.platform.ChinaTime.ZONE)));
    assertThat(licences.usable(HolderKind.ENTERPRISE, enterprise.value(), LicenceDefinitions.FOOD_OPERATION_PERMIT))
        .extracting(Licence::number).containsExactly(current.number());
  }

  @Test
  void requestsThatDoNotFitTheTypeAreRefusedWithTheirCode() {
    IdNumber person = IdentityFixtures.anyIdNumber();
    IssueRequest valid = LicenceFixtures.marriageCertificate(person);
    Map<String, String> missing = new LinkedHashMap<>(valid.fields());
    missing.remove("wifeName");
    Map<String, String> unknown = new LinkedHashMap<>(valid.fields());
    unknown.put("favouriteColour", "红");
    Map<String, String> tooLong = new LinkedHashMap<>(valid.fields());
    tooLong.put("wifeName", "长".repeat(501));

    assertRefused(with(valid, missing, valid.departmentCode()), LicenceError.FIELD_MISSING);
    assertRefused(with(valid, unknown, valid.departmentCode()), LicenceError.FIELD_UNKNOWN);
    assertRefused(with(valid, tooLong, valid.departmentCode()), LicenceError.FIELD_TOO_LONG);
    assertRefused(with(valid, valid.fields(), "331126-PSB"), LicenceError.WRONG_DEPARTMENT);
    assertRefused(with(valid, valid.fields(), "999999-CAB"), LicenceError.UNKNOWN_DEPARTMENT);
    assertRefused(new IssueRequest(LicenceDefinitions.BUSINESS_LICENCE, valid.holder(), "331126-AMR", Map.of(), null,
        null, "t"), LicenceError.WRONG_HOLDER_KIND);
    assertRefused(new IssueRequest(org.onevisit.catalog.LicenceType.of("fishing-licence"), valid.holder(), "331126-AMR",
        Map.of(), null, null, "t"), LicenceError.UNKNOWN_TYPE);
    assertThat(licences.heldBy(HolderKind.PERSON, person.value())).isEmpty();
  }

  @Test
  void aHolderUsesHisLicenceAsAMaterialButNobodyElseCan() {
    IdNumber husband = IdentityFixtures.anyIdNumber();
    Licence licence = licences.issue(LicenceFixtures.marriageCertificate(husband));

    licences.recordUse(licence.number(), HolderKind.PERSON, husband.value(), "C331126202612030001", "出生一件事");

    assertThat(licences.uses(licence.number())).singleElement()
        .satisfies(use -> assertThat(use.caseReference()).isEqualTo("C331126202612030001"));
    IdNumber stranger = IdentityFixtures.anyIdNumber();
    assertThatThrownBy(() -> licences.recordUse(licence.number(), HolderKind.PERSON, stranger.value(), "C1", "x"))
        .isInstanceOfSatisfying(LicenceException.class, e -> assertThat(e.error()).isEqualTo(LicenceError.NOT_HOLDERS));
    assertThat(licences.usable(HolderKind.PERSON, husband.value(), LicenceDefinitions.MARRIAGE_CERTIFICATE))
        .extracting(Licence::number).containsExactly(licence.number());
    assertThat(licences.usable(HolderKind.PERSON, stranger.value(), LicenceDefinitions.MARRIAGE_CERTIFICATE)).isEmpty();
  }

  private static IssueRequest with(IssueRequest base, Map<String, String> fields, String department) {
    return new IssueRequest(base.type(), base.holder(), department, fields, null, null, "test");
  }

  private void assertRefused(IssueRequest request, LicenceError error) {
    assertThatThrownBy(() -> licences.issue(request))
        .isInstanceOfSatisfying(LicenceException.class, e -> assertThat(e.error()).isEqualTo(error));
  }
}
