package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log is append-only for the platform, and edits or deletions made behind its back (a superuser
 * switching the trigger off) are found by verification, at the first broken entry.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharingAccessLogIntegrationTests {

  static final String CONSUMER = "331126-NRP";

  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired AccessLog accessLog;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  IdNumber person;
  long first;
  long last;

  @BeforeEach
  void fiveReads() {
    person = SharingFixtures.marriedPerson(population);
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(CONSUMER))) {
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, "NRP-01", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name",
          "household.address");
    }
    var consumer = new Consumer(CONSUMER, "client:nrp");
    var subject = Subject.person(person);
    for (int i = 0; i < 5; i++) {
      long seq = shared.read(consumer, subject, SharingFixtures.elements("person.name", "household.address"),
          new Purpose("NRP-01", OpenCases.open(CONSUMER, subject))).entry();
      first = i == 0 ? seq : first;
      last = seq;
    }
  }

  @Test
  void anIntactLogVerifiesWithItsSignedCheckpoint() {
    assertThat(accessLog.checkpoint()).isGreaterThanOrEqualTo(last);
    var verification = accessLog.verify();
    assertThat(verification.intact()).as("%s", verification.firstBreak()).isTrue();
    assertThat(verification.entries()).isGreaterThanOrEqualTo(5);
    assertThat(verification.checkpoints()).isPositive();
  }

  @Test
  void thePlatformCannotUpdateOrDeleteAnEntry() {
    assertThatThrownBy(() -> jdbc.sql("update sharing_access_log set served = '' where seq = ?").param(first).update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from sharing_access_log where seq = ?").param(first).update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
  }

  @Test
  void anEditedEntryIsReportedAsTheFirstBreak() {
    long target = first + 2;
    String purposeRef = jdbc.sql("select purpose_reference from sharing_access_log where seq = ?").param(target)
        .query(String.class).single();
    try {
      behindTheTriggersBack("update sharing_access_log set purpose_reference = 'LIVE-FORGED' where seq = ?", target);
      var verification = accessLog.verify();
      assertThat(verification.firstBreak()).isEqualTo(new AccessLog.Break(target, AccessLog.Problem.ALTERED_ENTRY));
    } finally {
      behindTheTriggersBack("update sharing_access_log set purpose_reference = '" + purposeRef + "' where seq = ?", target);
    }
    assertThat(accessLog.verify().intact()).isTrue();
  }

  @Test
  void aDeletedEntryIsReportedAsMissing() {
    long target = first + 1;
    Map<String, Object> row = jdbc.sql("select * from sharing_access_log where seq = ?").param(target).query().singleRow();
    try {
      behindTheTriggersBack("delete from sharing_access_log where seq = ?", target);
      assertThat(accessLog.verify().firstBreak()).isEqualTo(new AccessLog.Break(target, AccessLog.Problem.MISSING_ENTRY));
    } finally {
      restore(row);
    }
    assertThat(accessLog.verify().intact()).isTrue();
  }

  @Test
  void aTailCutTogetherWithTheHeadIsCaughtByTheSignedCheckpoint() {
    accessLog.checkpoint();
    long end = jdbc.sql("select last_seq from sharing_access_log_head").query(Long.class).single();
    Map<String, Object> row = jdbc.sql("select * from sharing_access_log where seq = ?").param(end).query().singleRow();
    try {
      new TransactionTemplate(transactions).executeWithoutResult(status -> {
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql("delete from sharing_access_log where seq = ?").param(end).update();
        jdbc.sql("update sharing_access_log_head set last_seq = ?, last_hash = ?").params(end - 1, row.get("prev_hash"))
            .update();
      });
      assertThat(accessLog.verify().firstBreak())
          .isEqualTo(new AccessLog.Break(end, AccessLog.Problem.CHECKPOINT_MISMATCH));
    } finally {
      restore(row);
      jdbc.sql("update sharing_access_log_head set last_seq = ?, last_hash = ?").params(end, row.get("hash")).update();
    }
    assertThat(accessLog.verify().intact()).isTrue();
  }

  @Test
  void aForgedCheckpointSignatureIsReported() {
    long at = accessLog.checkpoint();
    jdbc.sql("update sharing_access_checkpoint set signature = decode(repeat('00', 64), 'hex') where id = "
        + "(select max(id) from sharing_access_checkpoint)").update();
    try {
      assertThat(accessLog.verify().firstBreak()).isEqualTo(new AccessLog.Break(at, AccessLog.Problem.BAD_SIGNATURE));
    } finally {
      jdbc.sql("delete from sharing_access_checkpoint where id = (select max(id) from sharing_access_checkpoint)").update();
    }
  }

  @Test
  void concurrentReadsAreChainedWithoutGapsAndCommittedInGroups() throws Exception {
    var consumer = new Consumer(CONSUMER, "client:nrp");
    var subject = Subject.person(person);
    var purpose = new Purpose("NRP-01", OpenCases.open(CONSUMER, subject));
    int threads = 8;
    int each = 25;
    java.util.List<Long> seqs = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    var start = new java.util.concurrent.CountDownLatch(1);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            seqs.add(shared.read(consumer, subject, SharingFixtures.elements("person.name"), purpose).entry());
          }
          return null;
        }));
      }
      start.countDown();
      for (var f : futures) {
        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    }
    long low = java.util.Collections.min(seqs);
    long high = java.util.Collections.max(seqs);
    assertThat(seqs).doesNotHaveDuplicates().hasSize(threads * each);
    long rows = jdbc.sql("select count(*) from sharing_access_log where seq between ? and ?").params(low, high)
        .query(Long.class).single();
    long commits = jdbc.sql("select count(distinct xmin::text) from sharing_access_log where seq between ? and ?")
        .params(low, high).query(Long.class).single();
    assertThat(rows).as("no gaps between the entries of the concurrent reads").isEqualTo(high - low + 1);
    assertThat(commits).as("entries committed together (group commit), not one transaction per read")
        .isLessThan(rows);
    assertThat(accessLog.verify().intact()).isTrue();
  }

  @Test
  void aReadWhoseEntryCannotBeWrittenServesNothingAndLeavesTheChainIntact() {
    long before = jdbc.sql("select last_seq from sharing_access_log_head").query(Long.class).single();
    jdbc.sql("""
        create or replace function sharing_test_refuse_entry() returns trigger language plpgsql as $$
        begin raise exception 'disk full (test)'; end $$""").update();
    jdbc.sql("""
        create trigger sharing_test_refuse_entry before insert on sharing_access_log for each row
        when (new.actor = 'client:doomed') execute function sharing_test_refuse_entry()""").update();
    var subject = Subject.person(person);
    var purpose = new Purpose("NRP-01", OpenCases.open(CONSUMER, subject));
    try {
      assertThatThrownBy(() -> shared.read(new Consumer(CONSUMER, "client:doomed"), subject,
          SharingFixtures.elements("person.name"), purpose))
          .isInstanceOfSatisfying(SharingException.class, e -> assertThat(e.error()).isEqualTo(SharingError.UNAVAILABLE));
      assertThat(jdbc.sql("select last_seq from sharing_access_log_head").query(Long.class).single()).isEqualTo(before);
    } finally {
      jdbc.sql("drop trigger sharing_test_refuse_entry on sharing_access_log").update();
      jdbc.sql("drop function sharing_test_refuse_entry()").update();
    }
    long next = shared.read(new Consumer(CONSUMER, "client:nrp"), subject, SharingFixtures.elements("person.name"),
        purpose).entry();
    assertThat(next).as("the failed entry left no gap").isEqualTo(before + 1);
    assertThat(accessLog.verify().intact()).isTrue();
  }

  private void behindTheTriggersBack(String sql, long seq) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      jdbc.sql("set local session_replication_role = replica").update();
      jdbc.sql(sql).param(seq).update();
    });
  }

  private void restore(Map<String, Object> row) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      jdbc.sql("set local session_replication_role = replica").update();
      jdbc.sql("""
              insert into sharing_access_log (seq, at, consumer_department, actor, subject_kind, subject, purpose_type,
                purpose_reference, outcome, served, refused, prev_hash, hash)
              values (:seq, :at, :consumer_department, :actor, :subject_kind, :subject, :purpose_type,
                :purpose_reference, :outcome, :served, :refused, :prev_hash, :hash)""")
          .params(row).update();
    });
  }
}
