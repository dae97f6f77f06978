package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

  @Test
  void idNumberKeepsAreaCodeAndLastFour() {
    assertThat(PersonalData.maskIdNumber("330102199001011234")).isEqualTo("330102********1234");
    assertThat(PersonalData.maskIdNumber("11010519491231002X")).isEqualTo("110105********002X");
  }

  @Test
  void phoneKeepsPrefixAndLastFour() {
    assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
  }

  @Test
  void chineseNamesKeepFirstAndLastCharacter() {
    assertThat(PersonalData.maskName("张三明")).isEqualTo("张*明");
    assertThat(PersonalData.maskName("张三")).isEqualTo("张*");
    assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧**娜");
    assertThat(PersonalData.maskName("张")).isEqualTo("*");
    assertThat(PersonalData.maskName("买买提·艾力")).isEqualTo("买**·*力");
    assertThat(PersonalData.maskName("𠈌三明")).isEqualTo("𠈌*明");
  }

  @Test
  void latinNamesKeepTheInitialOfEachWord() {
    assertThat(PersonalData.maskName("John Smith")).isEqualTo("J*** S****");
    assertThat(PersonalData.maskName("Anne-Marie O'Neil")).isEqualTo("A***-M**** O'N***");
  }

  @Test
  void nullAndShortInputsAreSafe() {
    assertThat(PersonalData.maskIdNumber(null)).isEmpty();
    assertThat(PersonalData.maskPhone(null)).isEmpty();
    assertThat(PersonalData.maskName(null)).isEmpty();
    assertThat(PersonalData.maskText(null)).isEmpty();
    assertThat(PersonalData.maskIdNumber("")).isEmpty();
    assertThat(PersonalData.maskIdNumber("1234")).isEqualTo("****");
    assertThat(PersonalData.maskIdNumber("1234567890")).isEqualTo("********90");
    assertThat(PersonalData.maskPhone("110")).isEqualTo("***");
    assertThat(PersonalData.maskName("")).isEmpty();
  }

  @Test
  void freeTextHasIdNumbersAndMobilesMasked() {
    assertThat(PersonalData.maskText("申请人 11010519491231002X 电话13812345678，已受理"))
        .isEqualTo("申请人 110105********002X 电话138****5678，已受理");
    assertThat(PersonalData.maskText("sms to +8613812345678 and 86-13912345678"))
        .isEqualTo("sms to +86138****5678 and 86-139****5678");
    assertThat(PersonalData.maskText("id=330102199001011234;"))
        .isEqualTo("id=330102********1234;");
  }

  @Test
  void freeTextLeavesOtherNumbersAlone() {
    assertThat(PersonalData.maskText("case 2025012400001 at 12:00, tel 0571-87654321, 1381234567"))
        .isEqualTo("case 2025012400001 at 12:00, tel 0571-87654321, 1381234567");
    assertThat(PersonalData.maskText("12345678901234567890")).isEqualTo("12345678901234567890");
  }
}
