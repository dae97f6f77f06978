package org.onevisit.sharing.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protection at rest of sensitive values (ID numbers, mobiles) in the base libraries (ADR 0009): AES-256-GCM
 * with a random 96-bit nonce per value, and a blind index (HMAC-SHA-256, truncated to 16 bytes) for lookups by
 * equality. Both keys are derived from one 256-bit master key (HMAC-SHA-256 of the master key over a label), so
 * that the index key is never the encryption key.
 *
 * <p>The master key is the base64 of 32 bytes in {@code onevisit.sharing.encryption-key}
 * ({@code ONEVISIT_SHARING_ENCRYPTION_KEY}); without it, it is read from (the first time generated into) a file
 * beside the access-log signing key in the data directory, owner-only; with neither (tests) it is a throw-away
 * key in memory. Never from the repository.
 *
 * <p>Stored form: {@code 0x01 ‖ nonce(12) ‖ ciphertext ‖ tag(16)}; the leading byte is the format and key
 * generation, so that a later key can be introduced by re-encryption without guessing.
 */
@Component
class FieldCipher {

  private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
  private static final byte FORMAT = 1;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec indexKey;
  /** Provider look-ups cost more than the cipher itself: one instance per thread, re-initialised per value. */
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldCipher::aesGcm);
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::indexMac);

  FieldCipher(@Value("${onevisit.sharing.encryption-key:${ONEVISIT_SHARING_ENCRYPTION_KEY:}}") String configured,
      @Value("${onevisit.sharing.encryption-key-file:}") String keyFile,
      @Value("${onevisit.sharing.access-log.key-file:}") String signingKeyFile) {
    byte[] master = master(configured.strip(), keyFile.strip(), signingKeyFile.strip());
    this.encryptionKey = new SecretKeySpec(derive(master, "onevisit-sharing-aes-gcm/1"), "AES");
    this.indexKey = new SecretKeySpec(derive(master, "onevisit-sharing-blind-index/1"), "HmacSHA256");
    Arrays.fill(master, (byte) 0);
  }

  private static Cipher aesGcm() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private Mac indexMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(indexKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static FieldCipher withKey(byte[] master) {
    return new FieldCipher(Base64.getEncoder().encodeToString(master), "", "");
  }

  private static byte[] master(String configured, String keyFile, String signingKeyFile) {
    if (!configured.isEmpty()) {
      byte[] key = Base64.getDecoder().decode(configured);
      if (key.length != 32) {
        throw new IllegalStateException("onevisit.sharing.encryption-key must be the base64 of 32 bytes");
      }
      return key;
    }
    String file = !keyFile.isEmpty() ? keyFile
        : signingKeyFile.isEmpty() ? "" : Path.of(signingKeyFile).resolveSibling("sharing-fields.aes256").toString();
    if (file.isEmpty()) {
      log.warn("No sharing encryption key configured (onevisit.sharing.encryption-key): using a throw-away key");
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      return key;
    }
    Path path = Path.of(file);
    try {
      if (Files.exists(path)) {
        return Base64.getDecoder().decode(Files.readString(path).strip());
      }
      Files.createDirectories(path.toAbsolutePath().getParent());
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      Files.writeString(path, Base64.getEncoder().encodeToString(key));
      try {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.debug("No POSIX permissions on {}", path);
      }
      log.warn("Generated a development encryption key for the base libraries in {}; a deployment configures its own",
          path);
      return key;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or create the sharing encryption key " + path, e);
    }
  }

  private static byte[] derive(byte[] master, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master, "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ciphertext of a value; {@code null} stays {@code null}. */
  byte @Nullable [] encrypt(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(new byte[] {FORMAT});
      byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /** The value of a ciphertext; {@code null} stays {@code null}. Fails on a wrong key or an altered value. */
  @Nullable String decrypt(byte @Nullable [] stored) {
    if (stored == null) {
      return null;
    }
    if (stored.length < 1 + NONCE + 16 || stored[0] != FORMAT) {
      throw new IllegalStateException("Not a sharing ciphertext");
    }
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE));
      cipher.updateAAD(new byte[] {FORMAT});
      return new String(cipher.doFinal(stored, 1 + NONCE, stored.length - 1 - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt a stored value (wrong key or altered data)", e);
    }
  }

  /** The blind index of a value: equal values give equal indexes; the value cannot be recovered from it. */
  byte[] index(String value) {
    return Arrays.copyOf(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)), 16);
  }
}
