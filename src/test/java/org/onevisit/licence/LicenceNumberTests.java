package org.onevisit.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

class LicenceNumberTests {

  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Test
  void isBuiltFromTypeIssuerYearSerialAndACheckCharacter() {
    LicenceNumber number = LicenceNumber.of(104, RegionCode.of("331126"), DepartmentKind.CIVIL_AFFAIRS, Year.of(2026), 42);

    assertThat(number.value()).hasSize(24).startsWith("104" + "331126" + "02" + "2026" + "00000042");
    assertThat(number.typeCode()).isEqualTo(104);
    assertThat(number.regionCode()).isEqualTo("331126");
    assertThat(number.year()).isEqualTo(2026);
    assertThat(number.grouped()).startsWith("104 331126 02 2026 00000042 ");
  }

  @Test
  void theCheckCharacterFollowsIso7064Mod3736() {
    // worked by hand: "0" → p=36, s=36, p=72 mod 37=35 → check (37-35) mod 36 = 2
    assertThat(LicenceNumber.checkCharacter("0")).isEqualTo('2');
    // every body with its check character passes the hybrid-system test (p + c) mod 36 == 1
    for (int serial = 1; serial < 2000; serial += 7) {
      String body = "101330106052026%08d".formatted(serial);
      char check = LicenceNumber.checkCharacter(body);
      assertThat(passes(body + check)).as(body).isTrue();
    }
  }

  @Test
  void detectsEverySingleSubstitutionAndAdjacentTransposition() {
    String valid = LicenceNumber.of(201, RegionCode.of("330106"), DepartmentKind.MARKET_REGULATION, Year.of(2026),
        12345).value();
    for (int i = 0; i < 23; i++) {
      for (char c = '0'; c <= '9'; c++) {
        if (c != valid.charAt(i)) {
          String changed = valid.substring(0, i) + c + valid.substring(i + 1);
          assertThat(LicenceNumber.parse(changed)).as(changed).isEmpty();
        }
      }
      if (valid.charAt(i) != valid.charAt(i + 1) && i < 22) {
        String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
        assertThat(LicenceNumber.parse(swapped)).as(swapped).isEmpty();
      }
    }
  }

  @Test
  void parsesUserInputLeniently() {
    LicenceNumber number = LicenceNumber.of(102, RegionCode.of("331126"), DepartmentKind.PUBLIC_SECURITY, Year.of(2026), 7);
    assertThat(LicenceNumber.parse(number.grouped())).contains(number);
    assertThat(LicenceNumber.parse(number.value().toLowerCase())).contains(number);
    assertThat(LicenceNumber.parse(null)).isEmpty();
    assertThat(LicenceNumber.parse("12345")).isEmpty();
  }

  @Test
  void rejectsPartsOutOfRange() {
    assertThatThrownBy(() -> LicenceNumber.of(99, RegionCode.of("331126"), DepartmentKind.HEALTH, Year.of(2026), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LicenceNumber.of(101, RegionCode.of("331126"), DepartmentKind.HEALTH, Year.of(2026), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LicenceNumber("10133112606202600000001X")).isInstanceOf(IllegalArgumentException.class);
  }

  static boolean passes(String all) {
    int p = 36;
    for (int i = 0; i < all.length(); i++) {
      int s = (p + ALPHABET.indexOf(all.charAt(i))) % 36;
      if (i == all.length() - 1) {
        return s == 1;
      }
      p = ((s == 0 ? 36 : s) * 2) % 37;
    }
    return false;
  }
}
