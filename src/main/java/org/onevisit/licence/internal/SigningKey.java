package org.onevisit.licence.internal;

import com.apicatalog.multibase.Multibase;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
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

  /**
   * The SM2 curve with Bouncy Castle's special-purpose field arithmetic for its prime ({@code SM2P256V1Curve},
   * 32-bit limbs); {@code GMNamedCurves} gives the same curve over generic {@code BigInteger} arithmetic, several
   * times slower.
   */
  private static final X9ECParameters SM2_CURVE = CustomNamedCurves.getByName("sm2p256v1");
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
            : new Sm2PublicKey(SM2_DOMAIN.getCurve().decodePoint(bytes));
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
          yield ((Sm2PublicKey) decoded()).verify(data, signature);
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

  /**
   * An SM2 public key ready for verification (GB/T 32918.2-2016 §7): its Z value (the hash of the user id, the
   * curve and the key) computed once, and both the base point G and the key Q multiplied with Bouncy Castle's
   * fixed-point comb, whose precomputed table stays with the point. Bouncy Castle's {@code SM2Signer} computes
   * s·G + t·Q with Shamir's trick over wNAF (about 256 doublings), because it cannot assume Q is used again;
   * the issuer's key is, and two combs need about 2 × 43 doublings and additions. The result is the same
   * check: {@code DataIntegrityTests} compares it with {@code SM2Signer} on valid and broken signatures.
   */
  static final class Sm2PublicKey {
    private final ECPoint q;
    private final byte[] z;
    private final FixedPointCombMultiplier comb = new FixedPointCombMultiplier();

    Sm2PublicKey(ECPoint q) {
      this.q = q.normalize();
      if (this.q.isInfinity() || !this.q.isValid()) {
        throw new IllegalArgumentException("Not a point of the SM2 curve");
      }
      this.z = z(this.q);
    }

    /** Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A). */
    private static byte[] z(ECPoint q) {
      var digest = new org.bouncycastle.crypto.digests.SM3Digest();
      int bits = SM2_USER_ID.length * 8;
      digest.update((byte) (bits >> 8));
      digest.update((byte) bits);
      digest.update(SM2_USER_ID, 0, SM2_USER_ID.length);
      ECPoint g = SM2_DOMAIN.getG().normalize();
      for (var element : new org.bouncycastle.math.ec.ECFieldElement[] {SM2_DOMAIN.getCurve().getA(),
          SM2_DOMAIN.getCurve().getB(), g.getAffineXCoord(), g.getAffineYCoord(), q.getAffineXCoord(),
          q.getAffineYCoord()}) {
        byte[] encoded = element.getEncoded();
        digest.update(encoded, 0, encoded.length);
      }
      byte[] out = new byte[digest.getDigestSize()];
      digest.doFinal(out, 0);
      return out;
    }

    /** Whether {@code signature} (plain r ‖ s, 64 bytes) is this key's SM2 signature of {@code message}. */
    boolean verify(byte[] message, byte[] signature) {
      BigInteger n = SM2_DOMAIN.getN();
      BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
      BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
      // B1, B2: r and s in [1, n-1]
      if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
        return false;
      }
      // B3, B4: e = SM3(Z ‖ M)
      var digest = new org.bouncycastle.crypto.digests.SM3Digest();
      digest.update(z, 0, z.length);
      digest.update(message, 0, message.length);
      byte[] hash = new byte[digest.getDigestSize()];
      digest.doFinal(hash, 0);
      BigInteger e = new BigInteger(1, hash);
      // B5: t = (r + s) mod n, not 0
      BigInteger t = r.add(s).mod(n);
      if (t.signum() == 0) {
        return false;
      }
      // B6: (x1, y1) = s·G + t·Q
      ECPoint point = comb.multiply(SM2_DOMAIN.getG(), s).add(comb.multiply(q, t)).normalize();
      if (point.isInfinity()) {
        return false;
      }
      // B7: R = (e + x1) mod n, valid when R = r
      return e.add(point.getAffineXCoord().toBigInteger()).mod(n).equals(r);
    }
  }
}
