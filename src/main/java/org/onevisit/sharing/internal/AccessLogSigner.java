package org.onevisit.sharing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs access-log checkpoints with Ed25519 (Bouncy Castle). The private key is the base64 of a 32-byte
 * seed in {@code onevisit.sharing.access-log.signing-key}; without it, the key is read from (or, the first
 * time, generated into) {@code onevisit.sharing.access-log.key-file} with owner-only permissions; with
 * neither, a throw-away key lives in memory (tests). Earlier public keys stay trusted through
 * {@code onevisit.sharing.access-log.trusted-keys} (base64, comma-separated). Keys never come from the
 * repository.
 */
@Component
class AccessLogSigner {

  private static final Logger log = LoggerFactory.getLogger(AccessLogSigner.class);

  private final Ed25519PrivateKeyParameters key;
  private final String keyId;
  private final Map<String, Ed25519PublicKeyParameters> trusted = new LinkedHashMap<>();

  AccessLogSigner(@Value("${onevisit.sharing.access-log.signing-key:}") String signingKey,
      @Value("${onevisit.sharing.access-log.key-file:}") String keyFile,
      @Value("${onevisit.sharing.access-log.trusted-keys:}") List<String> trustedKeys) {
    this.key = load(signingKey.strip(), keyFile.strip());
    Ed25519PublicKeyParameters publicKey = key.generatePublicKey();
    this.keyId = keyId(publicKey.getEncoded());
    trusted.put(keyId, publicKey);
    for (String encoded : trustedKeys) {
      if (!encoded.isBlank()) {
        byte[] bytes = Base64.getDecoder().decode(encoded.strip());
        trusted.put(keyId(bytes), new Ed25519PublicKeyParameters(bytes, 0));
      }
    }
  }

  private static Ed25519PrivateKeyParameters load(String signingKey, String keyFile) {
    if (!signingKey.isEmpty()) {
      return new Ed25519PrivateKeyParameters(Base64.getDecoder().decode(signingKey), 0);
    }
    if (keyFile.isEmpty()) {
      log.warn("No access-log signing key configured (onevisit.sharing.access-log.signing-key): using a throw-away key");
      return new Ed25519PrivateKeyParameters(new SecureRandom());
    }
    Path file = Path.of(keyFile);
    try {
      if (Files.exists(file)) {
        return new Ed25519PrivateKeyParameters(Base64.getDecoder().decode(Files.readString(file).strip()), 0);
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      var generated = new Ed25519PrivateKeyParameters(new SecureRandom());
      Files.writeString(file, Base64.getEncoder().encodeToString(generated.getEncoded()));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.debug("No POSIX permissions on {}", file);
      }
      log.warn("Generated a development access-log signing key in {}; a deployment configures its own", file);
      return generated;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or create the access-log signing key " + file, e);
    }
  }

  /** The id of the current key: the first 8 bytes of SHA-256 of the public key, in hex. */
  String keyId() {
    return keyId;
  }

  byte[] sign(byte[] payload) {
    var signer = new Ed25519Signer();
    signer.init(true, key);
    signer.update(payload, 0, payload.length);
    return signer.generateSignature();
  }

  /** Empty when the key is not trusted here; otherwise whether the signature verifies. */
  Optional<Boolean> verify(String keyId, byte[] payload, byte[] signature) {
    Ed25519PublicKeyParameters publicKey = trusted.get(keyId);
    if (publicKey == null) {
      return Optional.empty();
    }
    var verifier = new Ed25519Signer();
    verifier.init(false, publicKey);
    verifier.update(payload, 0, payload.length);
    return Optional.of(verifier.verifySignature(signature));
  }

  static String keyId(byte[] publicKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] checkpointPayload(long lastSeq, byte[] lastHash, String signedAt) {
    return ("onevisit-access-log-checkpoint/1|" + lastSeq + "|" + HexFormat.of().formatHex(lastHash) + "|" + signedAt)
        .getBytes(StandardCharsets.UTF_8);
  }
}
