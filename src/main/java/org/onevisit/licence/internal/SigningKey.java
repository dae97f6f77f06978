package org.onevisit.licence.internal;

import com.apicatalog.multibase.Multibase;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * A key pair of one of the two key types, with its public key as a Multikey ({@code publicKeyMultibase}:
 * base58btc of the multicodec prefix {@code ed25519-pub} 0xed01 or {@code sm2-pub} 0x1206 and the raw or
 * compressed public key). Private keys travel as hex: the Ed25519 32-byte seed, the SM2 scalar d.
 */
final class SigningKey {

  /** GM/T 0009-2012's default SM2 user identity, used by both signer and verifier. */
  static final byte[] SM2_USER_ID = "1234567812345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static final X9ECParameters SM2_CURVE = GMNamedCurves.getByName("sm2p256v1");
  static final ECDomainParameters SM2_DOMAIN = new ECDomainParameters(SM2_CURVE.getCurve(), SM2_CURVE.getG(),
      SM2_CURVE.getN(), SM2_CURVE.getH());
  private static final byte[] ED25519_PREFIX = {(byte) 0xed, 0x01};
  private static final byte[] SM2_PREFIX = {(byte) 0x86, 0x24};

  final Cryptosuite.KeyType type;
  private final byte[] privateKey;
  final PublicKey publicKey;

  private SigningKey(Cryptosuite.KeyType type, byte[] privateKey, PublicKey publicKey) {
    this.type = type;
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  static SigningKey generate(Cryptosuite.KeyType type, SecureRandom random) {
    return switch (type) {
      case ED25519 -> ed25519(new Ed25519PrivateKeyParameters(random).getEncoded());
      case SM2 -> {
        BigInteger d;
        do {
          d = new BigInteger(256, random);
        } while (d.signum() == 0 || d.compareTo(SM2_DOMAIN.getN().subtract(BigInteger.ONE)) >= 0);
        yield sm2(d.toByteArray());
      }
    };
  }

  static SigningKey fromHex(Cryptosuite.KeyType type, String hex) {
    byte[] raw = HexFormat.of().parseHex(hex.trim());
    return type == Cryptosuite.KeyType.ED25519 ? ed25519(raw) : sm2(raw);
  }

  private static SigningKey ed25519(byte[] seed) {
    var key = new Ed25519PrivateKeyParameters(seed);
    return new SigningKey(Cryptosuite.KeyType.ED25519, seed, new PublicKey(Cryptosuite.KeyType.ED25519,
        key.generatePublicKey().getEncoded()));
  }

  private static SigningKey sm2(byte[] scalar) {
    BigInteger d = new BigInteger(1, scalar);
    ECPoint q = new FixedPointCombMultiplier().multiply(SM2_DOMAIN.getG(), d).normalize();
    return new SigningKey(Cryptosuite.KeyType.SM2, d.toByteArray(), new PublicKey(Cryptosuite.KeyType.SM2,
        q.getEncoded(true)));
  }

  String privateHex() {
    return HexFormat.of().formatHex(privateKey);
  }

  byte[] sign(byte[] data) {
    try {
      return switch (type) {
        case ED25519 -> {
          var signer = new Ed25519Signer();
          signer.init(true, new Ed25519PrivateKeyParameters(privateKey));
          signer.update(data, 0, data.length);
          yield signer.generateSignature();
        }
        case SM2 -> {
          var signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
          var key = new ECPrivateKeyParameters(new BigInteger(1, privateKey), SM2_DOMAIN);
          signer.init(true, new ParametersWithID(new ParametersWithRandom(key, new SecureRandom()), SM2_USER_ID));
          signer.update(data, 0, data.length);
          yield signer.generateSignature();
        }
      };
    } catch (CryptoException e) {
      throw new IllegalStateException("Signing failed", e);
    }
  }

  /** A public key of either type, as raw bytes (Ed25519) or a compressed point (SM2). */
  record PublicKey(Cryptosuite.KeyType type, byte[] bytes) {

    /** Decoded keys (point decompression is a good part of a verification); a deployment knows a handful. */
    private static final java.util.Map<String, Object> DECODED = new java.util.concurrent.ConcurrentHashMap<>();

    private Object decoded() {
      String id = type.name() + HexFormat.of().formatHex(bytes);
      Object key = DECODED.get(id);
      if (key == null) {
        key = type == Cryptosuite.KeyType.ED25519 ? new Ed25519PublicKeyParameters(bytes)
            : new ParametersWithID(new ECPublicKeyParameters(SM2_DOMAIN.getCurve().decodePoint(bytes), SM2_DOMAIN),
                SM2_USER_ID);
        if (DECODED.size() < 1_000) {
          DECODED.put(id, key);
        }
      }
      return key;
    }

    static PublicKey fromMultibase(String multibase) {
      if (!Multibase.BASE_58_BTC.isEncoded(multibase)) {
        throw new IllegalArgumentException("Not a base58btc multibase key");
      }
      byte[] all = Multibase.BASE_58_BTC.decode(multibase);
      if (all.length == 34 && all[0] == ED25519_PREFIX[0] && all[1] == ED25519_PREFIX[1]) {
        return new PublicKey(Cryptosuite.KeyType.ED25519, Arrays.copyOfRange(all, 2, 34));
      }
      if (all.length == 35 && all[0] == SM2_PREFIX[0] && all[1] == SM2_PREFIX[1]) {
        return new PublicKey(Cryptosuite.KeyType.SM2, Arrays.copyOfRange(all, 2, 35));
      }
      throw new IllegalArgumentException("Neither an Ed25519 nor an SM2 multikey");
    }

    String multibase() {
      byte[] prefix = type == Cryptosuite.KeyType.ED25519 ? ED25519_PREFIX : SM2_PREFIX;
      byte[] all = new byte[prefix.length + bytes.length];
      System.arraycopy(prefix, 0, all, 0, prefix.length);
      System.arraycopy(bytes, 0, all, prefix.length, bytes.length);
      return Multibase.BASE_58_BTC.encode(all);
    }

    boolean verify(byte[] data, byte[] signature) {
      return switch (type) {
        case ED25519 -> {
          if (signature.length != 64) {
            yield false;
          }
          var verifier = new Ed25519Signer();
          verifier.init(false, (Ed25519PublicKeyParameters) decoded());
          verifier.update(data, 0, data.length);
          yield verifier.verifySignature(signature);
        }
        case SM2 -> {
          if (signature.length != 64) {
            yield false;
          }
          var verifier = new SM2Signer(PlainDSAEncoding.INSTANCE);
          verifier.init(false, (ParametersWithID) decoded());
          verifier.update(data, 0, data.length);
          yield verifier.verifySignature(signature);
        }
      };
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PublicKey other && other.type == type && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return type.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "PublicKey[" + type + " " + multibase() + "]";
    }
  }
}
