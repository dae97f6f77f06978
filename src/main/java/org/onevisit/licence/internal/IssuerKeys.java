package org.onevisit.licence.internal;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deployment's issuer identity: {@code did:web} derived from {@code onevisit.licence.base-url}, an
 * Ed25519 key ({@code #ed25519-1}) and an SM2 key ({@code #sm2-1}), both from configuration or, when none
 * is configured, generated once and kept in {@code licence_issuer_key} (several nodes agree on the first).
 */
@Component
class IssuerKeys {

  private static final Logger log = LoggerFactory.getLogger(IssuerKeys.class);

  final String baseUrl;
  final String did;
  final SigningKey ed25519;
  final SigningKey sm2;

  IssuerKeys(JdbcClient jdbc, Clock clock, @Value("${onevisit.licence.base-url}") String baseUrl,
      @Value("${onevisit.licence.ed25519-key:}") String ed25519Hex, @Value("${onevisit.licence.sm2-key:}") String sm2Hex) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.did = didWeb(this.baseUrl);
    this.ed25519 = load(jdbc, clock, Cryptosuite.KeyType.ED25519, ed25519Hex);
    this.sm2 = load(jdbc, clock, Cryptosuite.KeyType.SM2, sm2Hex);
    log.info("Licence issuer {} with Ed25519 key {} and SM2 key {}", did, ed25519.publicKey.multibase(),
        sm2.publicKey.multibase());
  }

  /** {@code did:web} of a base URL: host, port as {@code %3A}, path segments joined by colons. */
  static String didWeb(String baseUrl) {
    URI uri = URI.create(baseUrl);
    String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    StringBuilder did = new StringBuilder("did:web:").append(URLEncoder.encode(host, StandardCharsets.UTF_8));
    String path = uri.getPath() == null ? "" : uri.getPath();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        did.append(':').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
      }
    }
    return did.toString();
  }

  private static SigningKey load(JdbcClient jdbc, Clock clock, Cryptosuite.KeyType type, String configured) {
    if (!configured.isBlank()) {
      return SigningKey.fromHex(type, configured);
    }
    Optional<String> stored = stored(jdbc, type);
    if (stored.isPresent()) {
      return SigningKey.fromHex(type, stored.get());
    }
    SigningKey generated = SigningKey.generate(type, new SecureRandom());
    jdbc.sql("insert into licence_issuer_key (key_type, private_key, created_at) values (?, ?, ?) on conflict do nothing")
        .params(type.name(), generated.privateHex(), clock.instant().atOffset(java.time.ZoneOffset.UTC))
        .update();
    log.warn("No {} licence signing key configured: generated one and kept it in the database (development only)", type);
    return SigningKey.fromHex(type, stored(jdbc, type).orElseThrow());
  }

  private static Optional<String> stored(JdbcClient jdbc, Cryptosuite.KeyType type) {
    return jdbc.sql("select private_key from licence_issuer_key where key_type = ?").param(type.name())
        .query(String.class).optional();
  }

  String ed25519Method() {
    return did + "#ed25519-1";
  }

  String sm2Method() {
    return did + "#sm2-1";
  }

  SigningKey key(Cryptosuite suite) {
    return suite.keyType == Cryptosuite.KeyType.SM2 ? sm2 : ed25519;
  }

  String method(Cryptosuite suite) {
    return suite.keyType == Cryptosuite.KeyType.SM2 ? sm2Method() : ed25519Method();
  }

  /** The public key of one of this issuer's verification methods. */
  Optional<SigningKey.PublicKey> resolve(String verificationMethod) {
    if (verificationMethod.equals(ed25519Method())) {
      return Optional.of(ed25519.publicKey);
    }
    if (verificationMethod.equals(sm2Method())) {
      return Optional.of(sm2.publicKey);
    }
    return Optional.empty();
  }

  /** The DID document served at {@code /.well-known/did.json}. */
  JsonObject didDocument() {
    return DataIntegrity.JSON.createObjectBuilder()
        .add("@context", DataIntegrity.JSON.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
            .add("https://w3id.org/security/multikey/v1"))
        .add("id", did)
        .add("verificationMethod", DataIntegrity.JSON.createArrayBuilder()
            .add(method(ed25519Method(), ed25519))
            .add(method(sm2Method(), sm2)))
        .add("assertionMethod", DataIntegrity.JSON.createArrayBuilder().add(ed25519Method()).add(sm2Method()))
        .build();
  }

  private JsonObject method(String id, SigningKey key) {
    return DataIntegrity.JSON.createObjectBuilder()
        .add("id", id)
        .add("type", "Multikey")
        .add("controller", did)
        .add("publicKeyMultibase", key.publicKey.multibase())
        .build();
  }
}
