package org.onevisit.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jcs.JsonCanonicalizer;
import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.junit.jupiter.api.Test;
import org.onevisit.licence.CredentialVerifier;
import org.onevisit.licence.IssuerIdentity;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceFixtures;
import org.onevisit.licence.Licences;
import org.onevisit.licence.Verification;
import org.onevisit.licence.VerificationProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The proofs of issued licences checked from outside: the SM2 one with the JCA, and did:key issuers. */
@SpringBootTest
@ActiveProfiles("test")
class IssuedProofsIntegrationTests {

  @Autowired Licences licences;
  @Autowired CredentialVerifier verifier;
  @Autowired IssuerIdentity issuer;

  static JsonObject json(String text) {
    return DataIntegrity.JSON.createReader(new StringReader(text)).readObject();
  }

  /**
   * The SM2 proof of an issued licence, verified with Bouncy Castle's JCA provider ({@code SM3withSM2}, user id
   * 1234567812345678) against the key published in the DID document, following ADR 0006 step by step.
   */
  @Test
  void theSm2ProofOfAnIssuedLicenceVerifiesWithTheJcaAndThePublishedKey() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    JsonObject vc = json(licence.credential());
    JsonObject proof = vc.getJsonArray("proof").stream().map(JsonValue::asJsonObject)
        .filter(p -> p.getString("cryptosuite").equals("onevisit-sm2-jcs-2026")).findFirst().orElseThrow();
    String method = proof.getString("verificationMethod");
    JsonObject did = json(issuer.didDocument());
    String multikey = did.getJsonArray("verificationMethod").stream().map(JsonValue::asJsonObject)
        .filter(m -> m.getString("id").equals(method)).findFirst().orElseThrow().getString("publicKeyMultibase");
    byte[] prefixed = Multibase.BASE_58_BTC.decode(multikey);
    assertThat(Arrays.copyOfRange(prefixed, 0, 2)).containsExactly(0x86, 0x24);
    byte[] point = Arrays.copyOfRange(prefixed, 2, prefixed.length);

    JsonObject unsecured = DataIntegrity.JSON.createObjectBuilder(vc).remove("proof").build();
    JsonObject config = DataIntegrity.JSON.createObjectBuilder(proof).remove("proofValue")
        .add("@context", vc.get("@context")).build();
    byte[] data = DataIntegrityTests.concat(DataIntegrity.sm3(JsonCanonicalizer.canonize(config)),
        DataIntegrity.sm3(JsonCanonicalizer.canonize(unsecured)));
    byte[] plain = Multibase.BASE_58_BTC.decode(proof.getString("proofValue"));
    ASN1EncodableVector rs = new ASN1EncodableVector();
    rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(plain, 0, 32))));
    rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(plain, 32, 64))));

    var provider = new BouncyCastleProvider();
    var curve = org.bouncycastle.asn1.gm.GMNamedCurves.getByName("sm2p256v1");
    var publicKey = KeyFactory.getInstance("EC", provider).generatePublic(new ECPublicKeySpec(
        curve.getCurve().decodePoint(point), new ECParameterSpec(curve.getCurve(), curve.getG(), curve.getN(), curve.getH())));
    Signature verifier = Signature.getInstance("SM3withSM2", provider);
    verifier.setParameter(new SM2ParameterSpec("1234567812345678".getBytes()));
    verifier.initVerify(publicKey);
    verifier.update(data);
    assertThat(verifier.verify(new DERSequence(rs).getEncoded())).isTrue();
  }

  @Test
  void aCredentialOfADidKeyIssuerVerifiesWithoutStatus() throws Exception {
    SigningKey key = SigningKey.generate(Cryptosuite.KeyType.ED25519, new SecureRandom());
    String didKey = "did:key:" + key.publicKey.multibase();
    JsonObject unsecured = DataIntegrity.JSON.createObjectBuilder(DataIntegrityTests.credential("林雨萱"))
        .add("issuer", didKey).build();
    JsonObject proof = new DataIntegrity().prove(unsecured, Cryptosuite.EDDSA_RDFC_2022, key,
        didKey + "#" + key.publicKey.multibase(), Instant.now());
    String signed = DataIntegrity.JSON.createObjectBuilder(unsecured).add("proof", proof).build().toString();

    Verification result = verifier.verify(signed);

    assertThat(result.errors()).isEmpty();
    assertThat(result.checks()).contains("proof:eddsa-rdfc-2022").doesNotContain("status");
    assertThat(result.ownLicence()).isEmpty();

    String otherIssuer = DataIntegrity.JSON.createObjectBuilder(json(signed)).add("issuer", "did:web:elsewhere.example")
        .build().toString();
    assertThat(verifier.verify(otherIssuer).errors()).extracting(Verification.Finding::problem)
        .containsExactly(VerificationProblem.WRONG_KEY);
  }
}
