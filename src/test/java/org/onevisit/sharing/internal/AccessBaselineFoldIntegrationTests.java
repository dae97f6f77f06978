package org.onevisit.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.Consumer;
import org.onevisit.sharing.Grants;
import org.onevisit.sharing.PopulationLibrary;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.SharedData;
import org.onevisit.sharing.SharingFixtures;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.onevisit.sharing.Subject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hour-of-week baselines the monitor compares with: folding a complete hour turns each actor's reads of that hour
 * into reads per minute, weighs them into the baseline of that hour of the week (1/4 for the newest week) and moves the
 * progress on. The fold runs under the monitor's advisory lock (the scheduled scan waits) and is rolled back, so the
 * baselines other tests see stay as they were.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessBaselineFoldIntegrationTests {

  @Autowired AccessMonitor monitor;
  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aCompleteHourIsFoldedIntoTheActorsBaselineForThatHourOfTheWeek() {
    SharingFixtures.approvedGrant(grants, accounts, "331126-EDU", "EDU-FOLD",
        LocalDate.now(ChinaTime.ZONE).plusDays(30), "person.name");
    String fresh = "staff:fold-fresh-" + System.nanoTime();
    String known = "staff:fold-known-" + System.nanoTime();
    List<IdNumber> people = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      people.add(SharingFixtures.marriedPerson(population));
    }
    for (String actor : List.of(fresh, known, known)) {
      for (IdNumber person : people) {
        var subject = Subject.person(person);
        shared.read(new Consumer("331126-EDU", actor), subject, SharingFixtures.elements("person.name"),
            new Purpose("EDU-FOLD", OpenCases.open("331126-EDU", subject)));
      }
    }
    // the hours the reads fell in (one, or two when the test crossed an hour), with each actor's count
    TreeMap<Instant, long[]> hours = new TreeMap<>();
    jdbc.sql("select actor, at from sharing_access_log where actor in (?, ?)").params(fresh, known)
        .query((rs, i) -> {
          Instant hour = rs.getObject(2, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.HOURS);
          hours.computeIfAbsent(hour, h -> new long[2])[rs.getString(1).equals(fresh) ? 0 : 1]++;
          return hour;
        }).list();
    assertThat(hours.values().stream().mapToLong(c -> c[0] + c[1]).sum()).isEqualTo(9);
    Instant first = hours.firstKey();
    Instant last = hours.lastKey();
    AccessMonitor target = AopTestUtils.getTargetObject(monitor);

    var transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      jdbc.sql("select pg_advisory_xact_lock(hashtext('sharing-access-monitor'))").query().singleRow();
      // the known actor usually reads 2 a minute at these hours, measured over 3 weeks
      for (Instant hour : hours.keySet()) {
        jdbc.sql("""
                insert into sharing_access_baseline (actor, hour_of_week, reads_per_minute, weeks) values (?, ?, 2, 3)
                on conflict (actor, hour_of_week) do update set reads_per_minute = 2, weeks = 3""")
            .params(known, AccessMonitor.hourOfWeek(hour)).update();
      }
      jdbc.sql("""
              insert into sharing_access_baseline_progress (id, hour_folded) values (1, ?)
              on conflict (id) do update set hour_folded = excluded.hour_folded""")
          .param(OffsetDateTime.ofInstant(first, ChinaTime.ZONE)).update();

      // the hour after the last read, one minute in: the reads' hours are complete
      Instant now = last.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(1));
      target.foldBaselines(now);

      for (var hour : hours.entrySet()) {
        int hourOfWeek = AccessMonitor.hourOfWeek(hour.getKey());
        long freshReads = hour.getValue()[0];
        long knownReads = hour.getValue()[1];
        if (freshReads > 0) {
          assertThat(baseline(fresh, hourOfWeek)).as("a first week is taken as it is")
              .containsEntry("weeks", 1)
              .satisfies(b -> assertThat((Double) b.get("reads_per_minute")).isCloseTo(freshReads / 60.0, within(1e-9)));
        }
        if (knownReads > 0) {
          assertThat(baseline(known, hourOfWeek)).as("the newest week weighs a quarter")
              .containsEntry("weeks", 4)
              .satisfies(b -> assertThat((Double) b.get("reads_per_minute"))
                  .isCloseTo(0.75 * 2 + 0.25 * knownReads / 60.0, within(1e-9)));
        }
      }
      assertThat(jdbc.sql("select hour_folded from sharing_access_baseline_progress where id = 1")
          .query(OffsetDateTime.class).single().toInstant()).isEqualTo(now.truncatedTo(ChronoUnit.HOURS));

      // folding again within the same hour changes nothing
      target.foldBaselines(now.plus(Duration.ofMinutes(30)));
      assertThat(baseline(known, AccessMonitor.hourOfWeek(first))).containsEntry("weeks", 4);

      // progress more than a week old: only the last week of hours is folded, and the progress catches up
      jdbc.sql("update sharing_access_baseline_progress set hour_folded = ? where id = 1")
          .param(OffsetDateTime.ofInstant(now.minus(Duration.ofDays(30)), ChinaTime.ZONE)).update();
      target.foldBaselines(now);
      assertThat(baseline(known, AccessMonitor.hourOfWeek(first))).as("the reads' hour folded once more")
          .containsEntry("weeks", 5);
      assertThat(jdbc.sql("select hour_folded from sharing_access_baseline_progress where id = 1")
          .query(OffsetDateTime.class).single().toInstant()).isEqualTo(now.truncatedTo(ChronoUnit.HOURS));
      status.setRollbackOnly();
    });
  }

  private Map<String, Object> baseline(String actor, int hourOfWeek) {
    return jdbc.sql("select reads_per_minute, weeks from sharing_access_baseline where actor = ? and hour_of_week = ?")
        .params(actor, hourOfWeek).query().singleRow();
  }
}
