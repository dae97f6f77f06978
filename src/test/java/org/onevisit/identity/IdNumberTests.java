package org.onevisit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.IdNumber.InvalidIdNumberException;
import org.onevisit.identity.IdNumber.InvalidIdNumberException.Reason;
import org.onevisit.identity.IdNumber.Sex;
import org.onevisit.platform.ChinaTime;

class IdNumberTests {

  @Test
  void acceptsThePublishedSampleNumber() {
    var id = new IdNumber("11010519491231002X");

    assertThat(id.areaCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.value()).isEqualTo("11010519491231002X");
  }

  @Test
  void rejectsAChangedCheckDigit() {
    assertReason("110105194912310021", Reason.CHECK_DIGIT);
    assertReason("110105194912310029", Reason.CHECK_DIGIT);
  }

  @Test
  void rejectsBirthBefore1900() {
    assertReason(withCheckChar("11010518991231002"), Reason.BIRTH_DATE);
  }

  @Test
  void rejectsBirthDatesThatDoNotExist() {
    assertReason(withCheckChar("11010519900230002"), Reason.BIRTH_DATE);
    assertReason(withCheckChar("11010519901301002"), Reason.BIRTH_DATE);
  }

  @Test
  void rejectsBirthInTheFuture() {
    LocalDate tomorrow = LocalDate.now(ChinaTime.ZONE).plusDays(1);
    String body = "110105" + tomorrow.toString().replace("-", "") + "002";
    assertReason(withCheckChar(body), Reason.BIRTH_DATE);
  }

  @Test
  void rejectsUnknownProvince() {
    assertReason(withCheckChar("99010519491231002"), Reason.AREA);
    assertReason(withCheckChar("10010519491231002"), Reason.AREA);
  }

  @Test
  void acceptsUnknownCountyOfAKnownProvince() {
    assertThat(new IdNumber(withCheckChar("33999919800101001")).areaCode()).isEqualTo("339999");
  }

  @Test
  void rejectsMalformedInput() {
    for (String input : List.of("", "11010519491231002", "11010519491231002XX", "1101051949123100AX",
        "11010519491231002x", " 11010519491231002X")) {
      assertReason(input, Reason.FORMAT);
    }
  }

  @Test
  void parseTrimsAndNormalisesLowercaseX() {
    assertThat(IdNumber.parse("  11010519491231002x \t")).isEqualTo(new IdNumber("11010519491231002X"));
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> IdNumber.parse(null))
        .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORMAT));
  }

  @Test
  void toStringNeverShowsTheFullNumber() {
    var id = new IdNumber("11010519491231002X");

    assertThat(id.masked()).isEqualTo("110105********002X");
    assertThat(id.toString()).isEqualTo("110105********002X");
    assertThat("" + List.of(id)).doesNotContain("19491231");
  }

  @Test
  void sexFollowsTheParityOfTheSequence() {
    assertThat(IdNumber.of("330102", LocalDate.of(1990, 1, 1), 1).sex()).isEqualTo(Sex.MALE);
    assertThat(IdNumber.of("330102", LocalDate.of(1990, 1, 1), 2).sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void generatorRebuildsThePublishedSample() {
    assertThat(IdNumber.of("110105", LocalDate.of(1949, 12, 31), 2)).isEqualTo(new IdNumber("11010519491231002X"));
  }

  @Test
  void generatorRejectsOutOfRangeSequence() {
    assertThatThrownBy(() -> IdNumber.of("330102", LocalDate.of(1990, 1, 1), 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatedNumbersAlwaysParse() {
    var random = new Random(20250124);
    String[] provinces = {"11", "15", "21", "23", "31", "33", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82", "83"};
    LocalDate earliest = LocalDate.of(1900, 1, 1);
    long span = LocalDate.now(ChinaTime.ZONE).toEpochDay() - earliest.toEpochDay();
    for (int i = 0; i < 1000; i++) {
      String area = provinces[random.nextInt(provinces.length)] + String.format("%04d", random.nextInt(10000));
      LocalDate birth = earliest.plusDays(random.nextLong(span + 1));
      int sequence = random.nextInt(1000);

      IdNumber generated = IdNumber.of(area, birth, sequence);
      IdNumber parsed = IdNumber.parse(generated.value().toLowerCase());

      assertThat(parsed).isEqualTo(generated);
      assertThat(parsed.birthDate()).isEqualTo(birth);
      assertThat(parsed.areaCode()).isEqualTo(area);
      assertThat(parsed.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }
  }

  private static String withCheckChar(String first17) {
    return first17 + IdNumber.checkChar(first17);
  }

  private static void assertReason(String input, Reason reason) {
    assertThatThrownBy(() -> new IdNumber(input))
        .as(input)
        .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).doesNotContain(input.isBlank() ? "\u0000" : input);
        });
  }
}
