package org.onevisit.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldCipherTests {

  static final byte[] KEY = new byte[32];
  static final String ID = "331126199403189010";

  @Test
  void encryptsWithAFreshNonceAndDecryptsBack() {
    var cipher = FieldCipher.withKey(KEY);
    byte[] one = cipher.encrypt(ID);
    byte[] two = cipher.encrypt(ID);
    assertThat(one).isNotEqualTo(two);
    assertThat(new String(one, StandardCharsets.ISO_8859_1)).doesNotContain(ID);
    assertThat(cipher.decrypt(one)).isEqualTo(ID);
    assertThat(cipher.decrypt(null)).isNull();
    assertThat(cipher.encrypt(null)).isNull();
  }

  @Test
  void anAlteredValueOrAnotherKeyDoesNotDecrypt() {
    var cipher = FieldCipher.withKey(KEY);
    byte[] sealed = cipher.encrypt(ID);
    sealed[sealed.length - 20] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    byte[] other = new byte[32];
    other[0] = 1;
    assertThatThrownBy(() -> FieldCipher.withKey(other).decrypt(cipher.encrypt(ID)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theBlindIndexIsStablePerKeyAndRevealsNothingElse() {
    var cipher = FieldCipher.withKey(KEY);
    assertThat(cipher.index(ID)).isEqualTo(cipher.index(ID)).hasSize(16);
    assertThat(cipher.index(ID)).isNotEqualTo(cipher.index("331126199608099027"));
    byte[] other = new byte[32];
    other[0] = 1;
    assertThat(FieldCipher.withKey(other).index(ID)).isNotEqualTo(cipher.index(ID));
  }

  /** Not a benchmark harness: a rough per-value cost for ADR 0009, printed. */
  @Test
  void costPerValueIsMicroseconds() {
    var cipher = FieldCipher.withKey(KEY);
    int n = 200_000;
    long sink = 0;
    for (int i = 0; i < n; i++) {
      sink += cipher.encrypt(ID)[5] + cipher.index(ID)[3];
    }
    long started = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sink += cipher.encrypt(ID)[5] + cipher.index(ID)[3];
    }
    double micros = (System.nanoTime() - started) / 1_000.0 / n;
    System.out.printf("FieldCipher: encrypt + blind index of an ID number %.2f µs (sink %d)%n", micros, sink);
    assertThat(micros).isLessThan(1_000);
  }
}
