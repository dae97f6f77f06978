package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.sharing.AccessAnomalyDetected.Rule;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.onevisit.sharing.SharingFixtures.RaisedAlarms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The access monitor raises an alarm and an event within 10 seconds of a consumer scraping many subjects, and
 * suspends the consumer's reads until an administrator of its region acknowledges the alarm.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharingAnomalyIntegrationTests {

  static final String CONSUMER = "331126-HPF";

  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired Alarms alarms;

  @Test
  void scrapingRaisesAnAlarmWithinTenSecondsAndSuspendsTheConsumerUntilAcknowledged() {
    List<IdNumber> people = new ArrayList<>();
    for (int i = 0; i < 65; i++) {
      people.add(SharingFixtures.marriedPerson(population));
    }
    SharingFixtures.approvedGrant(grants, accounts, CONSUMER, "HPF-01", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name",
        "marriage.spouseIdNumber");
    String actor = "client:scraper-" + System.nanoTime();
    var consumer = new Consumer(CONSUMER, actor);
    for (IdNumber person : people) {
      // the husband, then his wife through the spouse's number: 130 distinct subjects in well under a minute
      var husband = Subject.person(person);
      var answer = shared.read(consumer, husband, SharingFixtures.elements("person.name", "marriage.spouseIdNumber"),
          new Purpose("HPF-01", OpenCases.open(CONSUMER, husband)));
      if (answer.values().size() < 2) {
        // on a slow machine the monitor's scan may catch the scraper (121 subjects) before the loop is over
        assertThat(answer.refusals()).extracting(Answer.Refusal::reason).contains(Answer.RefusalReason.SUSPENDED);
        break;
      }
      var wife = Subject.person(new IdNumber(answer.values().get(1).value()));
      shared.read(consumer, wife, SharingFixtures.elements("person.name"),
          new Purpose("HPF-01", OpenCases.open(CONSUMER, wife)));
    }
    Instant lastRead = Instant.now();

    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
        assertThat(RaisedAlarms.EVENTS).anySatisfy(e -> {
          assertThat(e.actor()).isEqualTo(actor);
          assertThat(e.rule()).isEqualTo(Rule.SCRAPING);
          assertThat(e.observed()).isGreaterThan(120);
        }));
    Duration latency = Duration.between(lastRead, Instant.now());
    assertThat(latency).isLessThan(Duration.ofSeconds(10));
    var alarm = alarms.open(IdentityFixtures.QINGYUAN).stream()
        .filter(a -> a.actor().equals(actor) && a.rule() == Rule.SCRAPING).findFirst().orElseThrow();
    System.out.println("Alarm latency (last read logged → event and alarm visible): " + latency.toMillis() + " ms");

    assertThat(alarm.suspended()).isTrue();
    var someone = Subject.person(people.getFirst());
    assertThat(shared.read(consumer, someone, SharingFixtures.elements("person.name"),
            new Purpose("HPF-01", OpenCases.open(CONSUMER, someone))).refusals())
        .extracting(Answer.Refusal::reason).containsExactly(Answer.RefusalReason.SUSPENDED);

    var kecheng = SharingFixtures.staff(accounts, "330802-PSB", Role.DATA_ADMIN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> alarms.acknowledge(alarm.id(), kecheng))
        .isInstanceOf(SharingException.class);
    alarms.acknowledge(alarm.id(), SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN));
    assertThat(alarms.open(IdentityFixtures.QINGYUAN)).noneMatch(a -> a.id() == alarm.id());
    assertThat(shared.read(consumer, someone, SharingFixtures.elements("person.name"),
            new Purpose("HPF-01", OpenCases.open(CONSUMER, someone))).outcome()).isEqualTo(Answer.Outcome.SERVED);
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void readsFarAboveTheActorsBaselineForThisHourOfTheWeekRaiseAnUnusualRateAlarm() {
    List<IdNumber> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      people.add(SharingFixtures.marriedPerson(population));
    }
    SharingFixtures.approvedGrant(grants, accounts, "331126-TRB", "TRB-01", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name");
    String usual = "staff:usual-" + System.nanoTime();
    String quiet = "staff:quiet-" + System.nanoTime();
    int hour = (Instant.now().atZone(org.onevisit.platform.ChinaTime.ZONE).getDayOfWeek().getValue() - 1) * 24
        + Instant.now().atZone(org.onevisit.platform.ChinaTime.ZONE).getHour();
    // the usual actor reads about 10 a minute at this hour; the quiet one about 0.5
    jdbc.sql("insert into sharing_access_baseline (actor, hour_of_week, reads_per_minute, weeks) values (?, ?, 10, 4), (?, ?, 0.5, 4)")
        .params(usual, hour, quiet, hour).update();
    for (String actor : List.of(usual, quiet)) {
      var consumer = new Consumer("331126-TRB", actor);
      for (int round = 0; round < 2; round++) {
        for (IdNumber person : people) {
          var subject = Subject.person(person);
          shared.read(consumer, subject, SharingFixtures.elements("person.name"),
              new Purpose("TRB-01", OpenCases.open("331126-TRB", subject)));
        }
      }
    }
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
        assertThat(RaisedAlarms.EVENTS).anySatisfy(e -> {
          assertThat(e.actor()).isEqualTo(quiet);
          assertThat(e.rule()).isEqualTo(Rule.UNUSUAL_RATE);
          assertThat(e.observed()).isGreaterThan(20);
          assertThat(e.threshold()).isEqualTo(20);
          assertThat(e.suspended()).isFalse();
        }));
    // 24 reads are well within five times the usual actor's 10 a minute
    assertThat(RaisedAlarms.EVENTS).noneMatch(e -> e.actor().equals(usual) && e.rule() == Rule.UNUSUAL_RATE);
  }

  @Autowired org.onevisit.workday.WorkingDays workingDays;

  /**
   * An applicant pre-filling his own form in the evening is not a department reading out of hours; a member of
   * staff reading at the same minute is (asserted when the test runs out of hours, as CI often does).
   */
  @Test
  void readsAnApplicantsOwnApplicationMakesAreNeverOutOfHours() throws Exception {
    var person = SharingFixtures.marriedPerson(population);
    SharingFixtures.approvedGrant(grants, accounts, "331126-TRB", "TRB-02", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name");
    String applicant = "applicant:" + java.util.UUID.randomUUID();
    String staff = "staff:evening-" + System.nanoTime();
    var subject = Subject.person(person);
    for (String actor : List.of(applicant, staff)) {
      shared.read(new Consumer("331126-TRB", actor), subject, SharingFixtures.elements("person.name"),
          new Purpose("TRB-02", OpenCases.open("331126-TRB", subject)));
    }
    var now = java.time.ZonedDateTime.now(org.onevisit.platform.ChinaTime.ZONE);
    boolean offHours = !workingDays.isWorkingDay(now.toLocalDate()) || now.getHour() < 7 || now.getHour() > 20;
    if (offHours) {
      await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
          assertThat(RaisedAlarms.EVENTS).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(staff);
            assertThat(e.rule()).isEqualTo(Rule.OFF_HOURS);
          }));
    } else {
      Thread.sleep(4_000);
    }
    assertThat(RaisedAlarms.EVENTS).noneMatch(e -> e.actor().equals(applicant));
  }

  @Test
  void anUnknownAlarmCannotBeAcknowledged() {
    var admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> alarms.acknowledge(-1, admin))
        .isInstanceOf(SharingException.class);
  }
}
