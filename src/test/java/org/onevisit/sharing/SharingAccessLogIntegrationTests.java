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
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, "NRP-01", LocalDate.now().plusDays(30), "person.name",
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
