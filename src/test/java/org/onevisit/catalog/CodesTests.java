package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTests {

  @Test
  void acceptsWellFormedCodes() {
    assertThat(ItemCode.of("330217-001-00").value()).isEqualTo("330217-001-00");
    assertThat(DataElement.of("marriage.certificateNo").code()).isEqualTo("marriage.certificateNo");
    assertThat(LicenceType.of("birth-medical-certificate").code()).isEqualTo("birth-medical-certificate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a1", "X", "AB--1", "AB-", "出生"})
  void refusesMalformedItemCodes(String code) {
    assertThatThrownBy(() -> ItemCode.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"person", "Person.name", "person..name", "person.name.", "person.姓名"})
  void refusesMalformedDataElements(String code) {
    assertThatThrownBy(() -> DataElement.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Resident-id", "id--card", "-card", "id_card"})
  void refusesMalformedLicenceTypes(String code) {
    assertThatThrownBy(() -> LicenceType.of(code)).isInstanceOf(IllegalArgumentException.class);
  }
}
