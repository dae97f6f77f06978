package org.onevisit.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onevisit.organisation.RegionCode.Level;

class RegionCodeTests {

  @Test
  void derivesTheFiveLevelsFromTheDigits() {
    assertThat(RegionCode.of("330000").level()).isEqualTo(Level.PROVINCE);
    assertThat(RegionCode.of("331100").level()).isEqualTo(Level.CITY);
    assertThat(RegionCode.of("331126").level()).isEqualTo(Level.COUNTY);
    assertThat(RegionCode.of("331126001").level()).isEqualTo(Level.TOWNSHIP);
    assertThat(RegionCode.of("331126001207").level()).isEqualTo(Level.VILLAGE);
  }

  @Test
  void aRegionCoversItselfAndWhatLiesInsideIt() {
    var lishui = RegionCode.of("331100");
    var qingyuan = RegionCode.of("331126");
    var village = RegionCode.of("331126001207");
    assertThat(RegionCode.of("330000").covers(village)).isTrue();
    assertThat(lishui.covers(qingyuan)).isTrue();
    assertThat(qingyuan.covers(village)).isTrue();
    assertThat(qingyuan.covers(qingyuan)).isTrue();
    assertThat(qingyuan.covers(lishui)).isFalse();
    assertThat(lishui.covers(RegionCode.of("330802"))).isFalse();
  }

  @Test
  void findsTheCountyOfATownshipOrVillage() {
    assertThat(RegionCode.of("331126001207").county()).isEqualTo(RegionCode.of("331126"));
    assertThat(RegionCode.of("331126001").county()).isEqualTo(RegionCode.of("331126"));
    assertThat(RegionCode.of("331126").county()).isEqualTo(RegionCode.of("331126"));
    assertThat(RegionCode.of("331100").county()).isEqualTo(RegionCode.of("331100"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "33112", "3311260", "33112600120", "abcdef", "001126", "33112600120７"})
  void rejectsWhatIsNotARegionCode(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(value));
  }
}
