package org.onevisit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.CreditCode.InvalidCreditCodeException;
import org.onevisit.identity.CreditCode.InvalidCreditCodeException.Reason;

class CreditCodeTests {

  @Test
  void acceptsThePublishedSampleCode() {
    var code = new CreditCode("91350100M000100Y43");

    assertThat(code.areaCode()).isEqualTo("350100");
    assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    assertThat(code.toString()).isEqualTo("91350100M000100Y43");
    assertThat(code.masked()).isEqualTo("91350100********43");
  }

  @Test
  void rejectsACharOutsideTheAlphabet() {
    assertReason("91350100M000100Y4Z", Reason.FORMAT);
    assertReason("91350100M000100I43", Reason.FORMAT);
    assertReason("9135010OM000100Y43", Reason.FORMAT);
  }

  @Test
  void rejectsAWrongCheckChar() {
    assertReason("91350100M000100Y44", Reason.CHECK_DIGIT);
    assertReason("91350100M000100Y4Y", Reason.CHECK_DIGIT);
  }

  @Test
  void rejectsAWrongOrganisationCheckChar() {
    String first17 = "91350100M000100Y5";
    assertReason(first17 + CreditCode.checkChar(first17), Reason.ORGANISATION_CHECK);
  }

  @Test
  void rejectsLettersInTheAreaCode() {
    String first17 = "9135A100M000100Y4";
    assertReason(first17 + CreditCode.checkChar(first17), Reason.FORMAT);
  }

  @Test
  void rejectsMalformedInput() {
    for (String input : List.of("", "91350100M000100Y4", "91350100M000100Y433", "91350100m000100y43")) {
      assertReason(input, Reason.FORMAT);
    }
  }

  @Test
  void parseTrimsAndUppercases() {
    assertThat(CreditCode.parse(" 91350100m000100y43 ")).isEqualTo(new CreditCode("91350100M000100Y43"));
    assertThatThrownBy(() -> CreditCode.parse(null)).isInstanceOf(InvalidCreditCodeException.class);
  }

  @Test
  void generatorRebuildsThePublishedSample() {
    assertThat(CreditCode.of('9', '1', "350100", "M000100Y")).isEqualTo(new CreditCode("91350100M000100Y43"));
  }

  @Test
  void generatedCodesAlwaysParse() {
    var random = new Random(20150101);
    char[] authorities = {'1', '5', '9', 'Y'};
    for (int i = 0; i < 1000; i++) {
      var body = new StringBuilder();
      for (int j = 0; j < 8; j++) {
        body.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
      }
      String area = String.format("%06d", random.nextInt(1_000_000));

      CreditCode generated = CreditCode.of(authorities[random.nextInt(4)], (char) ('1' + random.nextInt(3)), area,
          body.toString());

      assertThat(CreditCode.parse(generated.value().toLowerCase())).isEqualTo(generated);
    }
  }

  private static void assertReason(String input, Reason reason) {
    assertThatThrownBy(() -> new CreditCode(input))
        .as(input)
        .isInstanceOfSatisfying(InvalidCreditCodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
