package org.onevisit.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jcs.JsonCanonicalizer;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.multibase.Multibase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The test vectors of the W3C Recommendation "Data Integrity EdDSA Cryptosuites v1.0" (Appendix B.1 and B.3,
 * copied into {@code licence/w3c-vc-di-eddsa/}, see its README): our canonicalisation, hashing, signing and
 * verification ({@link DataIntegrity}, {@link SigningKey}) must reproduce every intermediate value the
 * specification prints and accept its signed credentials.
 */
class W3cEddsaTestVectorsTests {

  static final String BASE = "/licence/w3c-vc-di-eddsa/";
  static final String EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";

  final DataIntegrity integrity = new DataIntegrity(JsonLdContexts.INSTANCE.with(EXAMPLES_V2,
      document("examples-v2.jsonld")));
  final JsonObject keyPair = json("key-pair.json");
  final JsonObject unsecured = json("credential-without-proof.json");

  @Test
  void theSecretKeyIsTheSeedOfThePublicKey() {
    SigningKey key = secretKey();
    assertThat(key.publicKey.multibase()).isEqualTo(keyPair.getString("publicKeyMultibase"));
    assertThat(SigningKey.PublicKey.fromMultibase(keyPair.getString("publicKeyMultibase"))).isEqualTo(key.publicKey);
  }

  @Test
  void rdfcCanonicalFormsAndHashesAreThoseOfTheSpecification() throws Exception {
    String dir = "eddsa-rdfc-2022/";
    JsonObject proofOptions = json(dir + "proof-options.json");
    assertThat(integrity.rdfc(unsecured)).isEqualTo(text(dir + "canonical-credential.nq"));
    assertThat(integrity.rdfcWithoutKeptContexts(unsecured)).isEqualTo(text(dir + "canonical-credential.nq"));
    assertThat(hex(DataIntegrity.sha256(integrity.rdfc(unsecured)))).isEqualTo(text(dir + "credential-hash.hex"));
    assertThat(integrity.rdfc(proofOptions)).isEqualTo(text(dir + "canonical-proof-options.nq"));
    assertThat(hex(DataIntegrity.sha256(integrity.rdfc(proofOptions)))).isEqualTo(text(dir + "proof-options-hash.hex"));
    assertThat(hex(integrity.hashData(unsecured, proofOptions, Cryptosuite.EDDSA_RDFC_2022)))
        .isEqualTo(text(dir + "combined-hashes.hex"));
  }

  @Test
  void jcsCanonicalFormsAndHashesAreThoseOfTheSpecification() throws Exception {
    String dir = "eddsa-jcs-2022/";
    JsonObject proofOptions = json(dir + "proof-options.json");
    assertThat(JsonCanonicalizer.canonize(unsecured)).isEqualTo(text(dir + "canonical-credential.json"));
    assertThat(hex(DataIntegrity.sha256(JsonCanonicalizer.canonize(unsecured)))).isEqualTo(text(dir + "credential-hash.hex"));
    assertThat(JsonCanonicalizer.canonize(proofOptions)).isEqualTo(text(dir + "canonical-proof-options.json"));
    assertThat(hex(DataIntegrity.sha256(JsonCanonicalizer.canonize(proofOptions))))
        .isEqualTo(text(dir + "proof-options-hash.hex"));
    assertThat(hex(integrity.hashData(unsecured, proofOptions, Cryptosuite.EDDSA_JCS_2022)))
        .isEqualTo(text(dir + "combined-hashes.hex"));
  }

  /** Ed25519 is deterministic: the secret key must give the specification's very signature. */
  @ParameterizedTest
  @EnumSource(value = Cryptosuite.class, names = {"EDDSA_RDFC_2022", "EDDSA_JCS_2022"})
  void signingGivesTheSpecificationsSignatureAndProofValue(Cryptosuite suite) {
    String dir = suite.id + "/";
    byte[] combined = HexFormat.of().parseHex(text(dir + "combined-hashes.hex"));
    byte[] signature = secretKey().sign(combined);
    assertThat(hex(signature)).isEqualTo(text(dir + "signature.hex"));
    assertThat(Multibase.BASE_58_BTC.encode(signature)).isEqualTo(text(dir + "signature.base58btc"));
  }

  @ParameterizedTest
  @EnumSource(value = Cryptosuite.class, names = {"EDDSA_RDFC_2022", "EDDSA_JCS_2022"})
  void theSpecificationsSignedCredentialVerifies(Cryptosuite suite) throws Exception {
    JsonObject signed = json(suite.id + "/signed-credential.json");
    JsonObject proof = signed.getJsonObject("proof");
    JsonObject withoutProof = Json.createObjectBuilder(signed).remove("proof").build();
    assertThat(proof.getString("cryptosuite")).isEqualTo(suite.id);
    assertThat(proof.getString("proofValue")).isEqualTo(text(suite.id + "/signature.base58btc"));
    // the verification method is a did:key whose fragment is the public key, as the verifier resolves it
    String method = proof.getString("verificationMethod");
    SigningKey.PublicKey key = SigningKey.PublicKey.fromMultibase(method.substring(method.indexOf('#') + 1));
    assertThat(method).startsWith("did:key:" + keyPair.getString("publicKeyMultibase") + "#");

    assertThat(integrity.verify(withoutProof, proof, suite, key)).isTrue();

    JsonObject changed = Json.createObjectBuilder(withoutProof)
        .add("credentialSubject", Json.createObjectBuilder(withoutProof.getJsonObject("credentialSubject"))
            .add("alumniOf", "The School of Counterexamples"))
        .build();
    assertThat(integrity.verify(changed, proof, suite, key)).isFalse();
    byte[] value = Multibase.BASE_58_BTC.decode(proof.getString("proofValue"));
    value[10] ^= 1;
    JsonObject flipped = Json.createObjectBuilder(proof).add("proofValue", Multibase.BASE_58_BTC.encode(value)).build();
    assertThat(integrity.verify(withoutProof, flipped, suite, key)).isFalse();
  }

  private SigningKey secretKey() {
    byte[] multikey = Multibase.BASE_58_BTC.decode(keyPair.getString("secretKeyMultibase"));
    // multicodec ed25519-priv (0x1300, varint 0x80 0x26) followed by the 32-byte seed
    assertThat(Arrays.copyOfRange(multikey, 0, 2)).containsExactly(0x80, 0x26);
    return SigningKey.fromHex(Cryptosuite.KeyType.ED25519, hex(Arrays.copyOfRange(multikey, 2, multikey.length)));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static String text(String name) {
    try (InputStream in = W3cEddsaTestVectorsTests.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing test vector " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(String name) {
    try (var reader = Json.createReader(new StringReader(text(name)))) {
      return reader.readObject();
    }
  }

  static JsonDocument document(String name) {
    try {
      return JsonDocument.of(new StringReader(text(name)));
    } catch (com.apicatalog.jsonld.JsonLdError e) {
      throw new IllegalStateException(e);
    }
  }
}
