package org.onevisit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.identity.IdentityFixtures.anyCitizen;
import static org.onevisit.identity.IdentityFixtures.registeredCitizen;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onevisit.TestClock;
import org.onevisit.identity.internal.LoginCodes;
import org.onevisit.identity.internal.LoginCodes.Requested;
import org.onevisit.identity.internal.LoginCodes.Verified;
import org.onevisit.platform.DeveloperOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LoginCodesIntegrationTests {

  static final Pattern CODE = Pattern.compile("(\\d{6})");
  static final String ADDRESS = "127.0.0.9";

  @Autowired LoginCodes codes;
  @Autowired Accounts accounts;
  @Autowired DeveloperOutbox outbox;
  @Autowired TestClock.MutableClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  UUID request(Accounts.NewCitizen citizen, String address) {
    Requested requested = codes.requestForCitizen(citizen.idNumber(), citizen.mobile(), address, Locale.CHINA);
    assertThat(requested).isInstanceOf(Requested.Sent.class);
    return ((Requested.Sent) requested).challenge();
  }

  String lastCodeSentTo(String mobile) {
    var message = outbox.latest(200).stream().filter(m -> m.mobile().equals(mobile)).findFirst().orElseThrow();
    Matcher m = CODE.matcher(message.text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void theRightCodeLogsTheCitizenInOnce() {
    var citizen = registeredCitizen(accounts);
    UUID challenge = request(citizen, ADDRESS);

    Verified first = codes.verify(challenge, lastCodeSentTo(citizen.mobile()));
    assertThat(first).isInstanceOfSatisfying(Verified.LoggedIn.class,
        in -> assertThat(in.applicant().idNumber()).isEqualTo(citizen.idNumber().value()));
    assertThat(codes.verify(challenge, lastCodeSentTo(citizen.mobile()))).isInstanceOf(Verified.NoChallenge.class);
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() {
    var citizen = registeredCitizen(accounts);
    UUID challenge = request(citizen, ADDRESS);
    String code = lastCodeSentTo(citizen.mobile());

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThat(codes.verify(challenge, code)).isInstanceOf(Verified.Expired.class);
  }

  @Test
  void fiveWrongTriesLockTheCodeEvenAgainstTheRightOne() {
    var citizen = registeredCitizen(accounts);
    UUID challenge = request(citizen, ADDRESS);
    String code = lastCodeSentTo(citizen.mobile());
    String wrong = code.equals("000000") ? "111111" : "000000";

    for (int left = 4; left >= 1; left--) {
      assertThat(codes.verify(challenge, wrong)).isEqualTo(new Verified.WrongCode(left));
    }
    assertThat(codes.verify(challenge, wrong)).isInstanceOf(Verified.Locked.class);
    assertThat(codes.verify(challenge, code)).isInstanceOf(Verified.Locked.class);
  }

  @Test
  void aMobileGetsOneCodeAMinuteAndFiveAnHour() {
    var citizen = registeredCitizen(accounts);
    request(citizen, ADDRESS);

    assertThat(codes.requestForCitizen(citizen.idNumber(), citizen.mobile(), ADDRESS, Locale.CHINA))
        .isInstanceOf(Requested.Throttled.class);

    for (int i = 2; i <= 5; i++) {
      clock.advance(Duration.ofSeconds(61));
      request(citizen, ADDRESS);
    }
    clock.advance(Duration.ofSeconds(61));
    assertThat(codes.requestForCitizen(citizen.idNumber(), citizen.mobile(), ADDRESS, Locale.CHINA))
        .isInstanceOf(Requested.Throttled.class);
  }

  @Test
  void anAddressGetsTwentyCodesAnHour() {
    String address = "127.0.0." + (10 + (int) (Math.random() * 200));
    for (int i = 0; i < 20; i++) {
      request(anyCitizen(), address);
    }
    var next = anyCitizen();
    assertThat(codes.requestForCitizen(next.idNumber(), next.mobile(), address, Locale.CHINA))
        .isInstanceOf(Requested.Throttled.class);
  }

  @Test
  void anUnknownPairLooksTheSameButSendsNothingAndNoCodeOpensIt() {
    var stranger = anyCitizen();
    UUID challenge = request(stranger, ADDRESS);

    assertThat(outbox.latest(200)).noneMatch(m -> m.mobile().equals(stranger.mobile()));
    assertThat(codes.verify(challenge, "123456")).isEqualTo(new Verified.WrongCode(4));
  }

  @Test
  void theRightMobileIsRequiredNotJustTheIdNumber() {
    var citizen = registeredCitizen(accounts);
    String otherMobile = IdentityFixtures.anyMobile();
    codes.requestForCitizen(citizen.idNumber(), otherMobile, ADDRESS, Locale.CHINA);

    assertThat(outbox.latest(200)).noneMatch(m -> m.mobile().equals(otherMobile) || m.mobile().equals(citizen.mobile()));
  }

  @Test
  void codesOlderThanADayAreForgottenAndNewerOnesKept() {
    var old = registeredCitizen(accounts);
    UUID oldChallenge = request(old, ADDRESS);
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    var fresh = registeredCitizen(accounts);
    UUID freshChallenge = request(fresh, ADDRESS);

    codes.purgeExpired();

    assertThat(codes.verify(oldChallenge, "000000")).isInstanceOf(Verified.NoChallenge.class);
    assertThat(codes.verify(freshChallenge, lastCodeSentTo(fresh.mobile()))).isInstanceOf(Verified.LoggedIn.class);
  }

  @Test
  void parallelRequestsForOneMobileSendOneCode() throws Exception {
    var citizen = registeredCitizen(accounts);
    try (var executor = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      var results = executor.invokeAll(java.util.Collections.nCopies(16,
          () -> codes.requestForCitizen(citizen.idNumber(), citizen.mobile(), "127.0.1.1", Locale.CHINA)));
      long sent = 0;
      for (var result : results) {
        sent += result.get() instanceof Requested.Sent ? 1 : 0;
      }
      assertThat(sent).isEqualTo(1);
    }
    assertThat(outbox.latest(500).stream().filter(m -> m.mobile().equals(citizen.mobile())).count()).isEqualTo(1);
  }

  @Test
  void aNewCodeReplacesTheOpenOne() {
    var citizen = registeredCitizen(accounts);
    UUID first = request(citizen, ADDRESS);
    String firstCode = lastCodeSentTo(citizen.mobile());
    clock.advance(Duration.ofSeconds(61));
    request(citizen, ADDRESS);

    assertThat(codes.verify(first, firstCode)).isInstanceOf(Verified.NoChallenge.class);
  }
}
