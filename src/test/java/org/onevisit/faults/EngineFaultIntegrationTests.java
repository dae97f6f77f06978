package org.onevisit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.ApprovalProcesses.CaseStatus;
import org.onevisit.approval.ApprovalStep;
import org.onevisit.approval.ApprovalTask;
import org.onevisit.approval.BranchStatus;
import org.onevisit.approval.CaseApproval;
import org.onevisit.approval.Decision;
import org.onevisit.casework.CaseAccepted;
import org.onevisit.casework.CaseView;
import org.onevisit.casework.Casework;
import org.onevisit.casework.Casework.Subject;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;

/**
 * The process engine failing in the middle of a step: the database refuses one of Flowable's own writes (a trigger
 * on its {@code ACT_RU_*} table raises an error while a fault is armed, as a broken connection or a full disk
 * would). Everything of the step — our approval tables, the trace, the engine's state, the events — stays as it
 * was, and doing the step again once the fault is gone carries the case on.
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineFaultIntegrationTests {

  static final AtomicLong IDS = new AtomicLong(70_000);

  @Autowired ApprovalProcesses approval;
  @Autowired JdbcClient jdbc;
  @Autowired Casework casework;
  @Autowired CatalogAdministration admin;
  @Autowired IncompleteEventPublications incomplete;

  static final StaffMember PSB = new StaffMember(IDS.incrementAndGet(), "fault.psb", "审批员", "331126-PSB", "331126",
      Set.of(Role.APPROVER));

  /**
   * While a row of {@code fault_armed} names a case (its business key, or a part of its process instance's name),
   * the database refuses to create executions or tasks for it; every refusal counts in the sequence
   * {@code fault_hits}, which a rollback does not undo.
   */
  @BeforeEach
  void faultInjection() {
    jdbc.sql("""
        create table if not exists fault_armed (process_key text primary key);
        create sequence if not exists fault_hits;
        create or replace function fault_refuse_task() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from fault_armed f join act_ru_execution e on e.id_ = new.proc_inst_id_
                     where f.process_key = e.business_key_) then
            perform nextval('fault_hits');
            raise exception 'injected fault: the engine cannot write';
          end if;
          return new;
        end $$;
        create or replace function fault_refuse_execution() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from fault_armed f
                     where f.process_key = new.business_key_ or position(f.process_key in coalesce(new.name_, '')) > 0) then
            perform nextval('fault_hits');
            raise exception 'injected fault: the engine cannot write';
          end if;
          return new;
        end $$;
        create or replace function fault_refuse_task_completion() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from fault_armed f join act_ru_execution e on e.id_ = old.proc_inst_id_
                     where f.process_key = e.business_key_) then
            perform nextval('fault_hits');
            raise exception 'injected fault: the engine cannot write';
          end if;
          return old;
        end $$;
        drop trigger if exists fault_task on act_ru_task;
        create trigger fault_task before insert on act_ru_task for each row execute function fault_refuse_task();
        drop trigger if exists fault_task_completion on act_ru_task;
        create trigger fault_task_completion before delete on act_ru_task for each row
          execute function fault_refuse_task_completion();
        drop trigger if exists fault_execution on act_ru_execution;
        create trigger fault_execution before insert on act_ru_execution for each row
          execute function fault_refuse_execution();
        """).update();
  }

  @AfterEach
  void noFault() {
    jdbc.sql("""
        drop trigger if exists fault_task on act_ru_task;
        drop trigger if exists fault_task_completion on act_ru_task;
        drop trigger if exists fault_execution on act_ru_execution;
        delete from fault_armed""").update();
  }

  void arm(String key) {
    jdbc.sql("insert into fault_armed values (?)").param(key).update();
  }

  void disarm(String key) {
    jdbc.sql("delete from fault_armed where process_key = ?").param(key).update();
  }

  long hits() {
    return jdbc.sql("select case when is_called then last_value else 0 end from fault_hits").query(Long.class).single();
  }

  ApprovalTask openTask(String caseRef) {
    var open = approval.openTasks(caseRef);
    assertThat(open).hasSize(1);
    return open.getFirst();
  }

  @Test
  void aDecisionWhoseEngineStepFailsLeavesTheCaseAsItWasAndSucceedsWhenDoneAgain() {
    String ref = "FAULT-" + System.nanoTime();
    approval.start(new CaseApproval(ref, "出生登记", List.of(CaseApproval.Branch.of("CS-02", "出生登记", "331126-PSB",
        "331126"))));
    var review = openTask(ref);
    approval.claim(review.id(), PSB);
    // 审查 is a step of our tables (ADR 0008); approving it opens 决定 on the same engine task
    approval.decide(review.id(), PSB, new Decision.Approve("材料齐全"));
    var decide = openTask(ref);
    assertThat(decide.stepName()).isEqualTo("决定");
    approval.claim(decide.id(), PSB);
    var traceBefore = approval.trace(ref);
    var branchesBefore = approval.branches(ref);
    long hitsBefore = hits();

    arm(ref);
    // approving 决定 makes the engine complete its task and end the case: that write fails
    assertThatThrownBy(() -> approval.decide(decide.id(), PSB, new Decision.Approve("")))
        .hasStackTraceContaining("injected fault");

    assertThat(hits()).isEqualTo(hitsBefore + 1);
    assertThat(approval.openTasks(ref)).extracting(ApprovalTask::id, ApprovalTask::stepName, ApprovalTask::assignee)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(decide.id(), "决定", PSB.username()));
    assertThat(approval.branches(ref)).isEqualTo(branchesBefore);
    assertThat(approval.trace(ref)).isEqualTo(traceBefore);
    assertThat(approval.status(ref)).contains(CaseStatus.RUNNING);

    disarm(ref);
    approval.decide(decide.id(), PSB, new Decision.Approve(""));

    assertThat(approval.status(ref)).contains(CaseStatus.FINISHED);
    assertThat(approval.branches(ref)).extracting(BranchStatus::state).containsExactly(BranchStatus.State.APPROVED);
    assertThat(approval.trace(ref)).extracting(ApprovalStep::action)
        .containsSubsequence("STARTED", "TASK_CREATED", "CLAIMED", "APPROVED", "TASK_CREATED", "CLAIMED", "APPROVED",
            "FINISHED");
    assertThat(approval.trace(ref)).filteredOn(s -> s.action().equals("CLAIMED")).hasSize(2);
  }

  @Test
  void anAcceptedCaseWhoseBackOfficeCannotStartStartsWhenItsEventIsHandedOverAgain() {
    String name = "故障注入事项" + System.nanoTime();
    var item = CatalogFixtures.item(CatalogFixtures.anyItemCode(), name, org.onevisit.organisation.DepartmentKind.CIVIL_AFFAIRS)
        .trustFirst(true).build();
    admin.importDocument(CatalogDocuments.write(List.of(item), List.of()), true, "test");
    var applicant = Applicant.citizen(IDS.incrementAndGet(), IdentityFixtures.anyIdNumber(), "叶晓燕");
    var draft = casework.startDraft(applicant, Subject.item(item.code().value()), Answers.none(),
        RegionCode.of("331126"), "self");
    casework.fill(draft, applicant, Map.of("purpose", "出国", "name", "叶晓燕"), Set.of("application"));
    String title = name; // the case of one item bears its name; the back office names its process after the case
    long hitsBefore = hits();
    arm(title);

    var number = casework.submit(draft, applicant);

    // the submission is accepted and answered; the back office's start fails after it, in the listener
    assertThat(casework.view(number, applicant).status()).isEqualTo(CaseView.Status.ACCEPTED);
    await(() -> hits() > hitsBefore, "the back office's start to be attempted");
    await(() -> incompleteFor(number.value()) == 1, "the failed hand-over to stay incomplete");
    assertThat(approval.status(number.value())).isEmpty();
    assertThat(approval.openTasks(number.value())).isEmpty();

    disarm(title);
    incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof CaseAccepted a && a.number().equals(number));

    await(() -> approval.status(number.value()).isPresent(), "the back office to start");
    assertThat(approval.status(number.value())).contains(CaseStatus.RUNNING);
    await(() -> incompleteFor(number.value()) == 0, "the hand-over to complete");
    var review = openTask(number.value());
    var approver = new StaffMember(IDS.incrementAndGet(), "fault.approver", "审批员", review.departmentCode(),
        "331126", Set.of(Role.APPROVER));
    approval.decide(review.id(), approver, new Decision.Approve(""));
    approval.decide(openTask(number.value()).id(), approver, new Decision.Approve(""));
    await(() -> casework.view(number, applicant).status() == CaseView.Status.COMPLETED, "the case to complete");
  }

  long incompleteFor(String caseNumber) {
    return jdbc.sql("""
            select count(*) from event_publication where completion_date is null and serialized_event like ?
            and event_type like '%CaseAccepted'""")
        .param("%" + caseNumber + "%").query(Long.class).single();
  }

  static void await(BooleanSupplier condition, String what) {
    var until = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
