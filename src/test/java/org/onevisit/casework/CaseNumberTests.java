package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onevisit.organisation.RegionCode;

class CaseNumberTests {

  @Test
  void regionDayAndSequence() {
    var number = CaseNumber.of(RegionCode.of("331126"), LocalDate.of(2026, 12, 3), 42);

    assertThat(number.value()).isEqualTo("331126-20261203-000042");
    assertThat(number.region()).isEqualTo(RegionCode.of("331126"));
    assertThat(number.day()).isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void aTownshipCaseIsNumberedByItsCounty() {
    assertThat(CaseNumber.of(RegionCode.of("331126100"), LocalDate.of(2026, 12, 3), 1).value())
        .startsWith("331126-");
  }

  @Test
  void malformedNumbersAreRefused() {
    assertThatThrownBy(() -> CaseNumber.of("331126-20261340-000001")).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> CaseNumber.of("../etc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseNumber.of(RegionCode.of("331126"), LocalDate.now(org.onevisit.platform.ChinaTime.ZONE), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
