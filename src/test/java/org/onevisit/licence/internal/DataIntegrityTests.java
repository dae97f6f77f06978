package org.onevisit.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.multibase.Multibase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.junit.jupiter.api.Test;

class DataIntegrityTests {

  static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");
  final DataIntegrity integrity = new DataIntegrity();
  final SecureRandom random = new SecureRandom();
  final SigningKey ed25519 = SigningKey.generate(Cryptosuite.KeyType.ED25519, random);
  final SigningKey sm2 = SigningKey.generate(Cryptosuite.KeyType.SM2, random);

  static JsonObject credential(String name) {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add(JsonLdContexts.CREDENTIALS_V2).add(JsonLdContexts.LICENCE_V1))
        .add("id", "urn:example:licence:1")
        .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("LicenceCredential"))
        .add("issuer", "did:web:gov.example")
        .add("validFrom", "2026-12-01T00:00:00Z")
        .add("credentialSubject", Json.createObjectBuilder()
            .add("type", "LicenceHolder")
            .add("holderName", name)
            .add("fields", Json.createObjectBuilder().add("husbandName", name).add("registeredOn", "2021-05-20")))
        .build();
  }

  @Test
  void eachSuiteVerifiesWhatItSigned() throws Exception {
    for (Cryptosuite suite : Cryptosuite.values()) {
      SigningKey key = suite.keyType == Cryptosuite.KeyType.SM2 ? sm2 : ed25519;
      JsonObject proof = integrity.prove(credential("吴建华"), suite, key, "did:web:gov.example#k", CREATED);
      assertThat(proof.getString("cryptosuite")).isEqualTo(suite.id);
      assertThat(proof.getString("proofValue")).startsWith("z");
      assertThat(integrity.verify(credential("吴建华"), proof, suite, key.publicKey)).as(suite.id).isTrue();
      assertThat(integrity.verify(credential("吴建国"), proof, suite, key.publicKey)).as(suite.id).isFalse();
    }
  }

  @Test
  void rdfcIgnoresKeyOrderButJcsAndRdfcBothCatchAChangedField() throws Exception {
    JsonObject original = credential("叶晓燕");
    JsonObject reordered = Json.createObjectBuilder()
        .add("credentialSubject", original.get("credentialSubject"))
        .add("validFrom", original.get("validFrom"))
        .add("issuer", original.get("issuer"))
        .add("type", original.get("type"))
        .add("id", original.get("id"))
        .add("@context", original.get("@context"))
        .build();
    assertThat(integrity.rdfc(reordered)).isEqualTo(integrity.rdfc(original));
    assertThat(integrity.rdfc(original)).contains("<https://onevisit.org/ns/licence#holderName> \"叶晓燕\"");
  }

  /** The kept active contexts (DataIntegrity#rdfc) must canonicalise exactly as titanium's own path does. */
  @Test
  void keptContextsCanonicaliseLikeTitaniumsOwnPath() throws Exception {
    JsonObject proofConfig = Json.createObjectBuilder(
            integrity.prove(credential("a"), Cryptosuite.EDDSA_RDFC_2022, ed25519, "did:web:x#k", CREATED))
        .remove("proofValue").add("@context", credential("a").get("@context")).build();
    JsonObject vcOnly = Json.createObjectBuilder(LicenceBench.credential(3))
        .add("@context", Json.createArrayBuilder().add(JsonLdContexts.CREDENTIALS_V2))
        .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:1").add("name", "x"))
        .build();
    JsonObject singleString = Json.createObjectBuilder(vcOnly).add("@context", JsonLdContexts.CREDENTIALS_V2).build();
    for (JsonObject document : java.util.List.of(credential("吴建华"), LicenceBench.credential(42), proofConfig, vcOnly,
        singleString)) {
      String kept = integrity.rdfc(document);
      assertThat(kept).isEqualTo(integrity.rdfcWithoutKeptContexts(document));
      assertThat(kept.lines().count()).isGreaterThan(3);
    }
    assertThat(integrity.rdfc(LicenceBench.credential(42)))
        .contains("<https://www.w3.org/ns/credentials/status#statusPurpose> \"revocation\"")
        .contains("<https://www.w3.org/ns/credentials/status#BitstringStatusListEntry>");
  }

  @Test
  void keptContextsAreSafeToShareBetweenThreads() throws Exception {
    String expected = integrity.rdfcWithoutKeptContexts(LicenceBench.credential(9));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
      DataIntegrity fresh = new DataIntegrity();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> fresh.rdfc(LicenceBench.credential(9))));
      }
      for (var result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The SM2 verification with precomputed combs agrees with Bouncy Castle's SM2Signer, valid or not. */
  @Test
  void sm2VerificationAgreesWithBouncyCastlesSigner() throws Exception {
    var key = new org.bouncycastle.crypto.params.ParametersWithID(
        new org.bouncycastle.crypto.params.ECPublicKeyParameters(
            SigningKey.SM2_DOMAIN.getCurve().decodePoint(sm2.publicKey.bytes()), SigningKey.SM2_DOMAIN),
        SigningKey.SM2_USER_ID);
    BigInteger n = SigningKey.SM2_DOMAIN.getN();
    byte[] nBytes = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, n);
    int valid = 0;
    for (int i = 0; i < 60; i++) {
      byte[] data = new byte[1 + random.nextInt(100)];
      random.nextBytes(data);
      byte[] signature = sm2.sign(data);
      switch (i % 6) {
        case 1 -> data[random.nextInt(data.length)] ^= 1;
        case 2 -> signature[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
        case 3 -> System.arraycopy(nBytes, 0, signature, 0, 32);
        case 4 -> Arrays.fill(signature, 32, 64, (byte) 0);
        case 5 -> signature = SigningKey.generate(Cryptosuite.KeyType.SM2, random).sign(data);
        default -> { }
      }
      var signer = new org.bouncycastle.crypto.signers.SM2Signer(org.bouncycastle.crypto.signers.PlainDSAEncoding.INSTANCE);
      signer.init(false, key);
      signer.update(data, 0, data.length);
      boolean expected = signer.verifySignature(signature);
      assertThat(sm2.publicKey.verify(data, signature)).as("case %d", i).isEqualTo(expected);
      valid += expected ? 1 : 0;
    }
    assertThat(valid).isEqualTo(10);
  }

  @Test
  void aProofOfAnotherKeyDoesNotVerify() throws Exception {
    SigningKey other = SigningKey.generate(Cryptosuite.KeyType.ED25519, random);
    JsonObject proof = integrity.prove(credential("a"), Cryptosuite.EDDSA_RDFC_2022, other, "did:web:x#k", CREATED);
    assertThat(integrity.verify(credential("a"), proof, Cryptosuite.EDDSA_RDFC_2022, ed25519.publicKey)).isFalse();
  }

  @Test
  void anUnknownContextCannotBeCanonicalised() {
    JsonObject doc = Json.createObjectBuilder(credential("a"))
        .add("@context", Json.createArrayBuilder().add(JsonLdContexts.CREDENTIALS_V2).add("https://evil.example/ctx"))
        .build();
    assertThatThrownBy(() -> integrity.rdfc(doc)).isInstanceOf(JsonLdError.class);
  }

  @Test
  void multikeysRoundTrip() {
    assertThat(SigningKey.PublicKey.fromMultibase(ed25519.publicKey.multibase())).isEqualTo(ed25519.publicKey);
    assertThat(ed25519.publicKey.multibase()).startsWith("z6Mk");
    assertThat(SigningKey.PublicKey.fromMultibase(sm2.publicKey.multibase())).isEqualTo(sm2.publicKey);
    assertThat(SigningKey.fromHex(Cryptosuite.KeyType.SM2, sm2.privateHex()).publicKey).isEqualTo(sm2.publicKey);
    assertThat(SigningKey.fromHex(Cryptosuite.KeyType.ED25519, ed25519.privateHex()).publicKey)
        .isEqualTo(ed25519.publicKey);
  }

  /**
   * The SM2 proof checked independently of {@link SigningKey}: Bouncy Castle's JCA provider, {@code
   * SM3withSM2} with the user id 1234567812345678, over SM3(JCS(proof config)) ‖ SM3(JCS(document)).
   */
  @Test
  void sm2ProofVerifiesWithAnIndependentBouncyCastleVerifier() throws Exception {
    JsonObject doc = credential("何志强");
    JsonObject proof = integrity.prove(doc, Cryptosuite.SM2_JCS, sm2, "did:web:gov.example#sm2-1", CREATED);

    JsonObject config = Json.createObjectBuilder(proof).remove("proofValue").add("@context", doc.get("@context")).build();
    byte[] data = concat(
        DataIntegrity.sm3(com.apicatalog.jcs.JsonCanonicalizer.canonize(config)),
        DataIntegrity.sm3(com.apicatalog.jcs.JsonCanonicalizer.canonize(doc)));
    byte[] plain = Multibase.BASE_58_BTC.decode(proof.getString("proofValue"));
    assertThat(plain).hasSize(64);
    ASN1EncodableVector rs = new ASN1EncodableVector();
    rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(plain, 0, 32))));
    rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(plain, 32, 64))));
    byte[] der = new DERSequence(rs).getEncoded();

    var provider = new BouncyCastleProvider();
    var curve = org.bouncycastle.asn1.gm.GMNamedCurves.getByName("sm2p256v1");
    var spec = new ECParameterSpec(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    var publicKey = KeyFactory.getInstance("EC", provider)
        .generatePublic(new ECPublicKeySpec(curve.getCurve().decodePoint(sm2.publicKey.bytes()), spec));
    Signature verifier = Signature.getInstance("SM3withSM2", provider);
    verifier.setParameter(new SM2ParameterSpec("1234567812345678".getBytes()));
    verifier.initVerify(publicKey);
    verifier.update(data);
    assertThat(verifier.verify(der)).isTrue();

    data[0] ^= 1;
    verifier.initVerify(publicKey);
    verifier.update(data);
    assertThat(verifier.verify(der)).isFalse();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
