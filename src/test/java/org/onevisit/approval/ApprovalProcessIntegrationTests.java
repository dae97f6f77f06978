package org.onevisit.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onevisit.approval.ApprovalProcesses.CaseStatus;
import org.onevisit.approval.BranchStatus.State;
import org.onevisit.approval.CaseApproval.Branch;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Each BPMN model and the rules around it, on the real engine and database. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ApprovalProcessIntegrationTests {

  static final AtomicInteger CASES = new AtomicInteger();

  @Autowired ApprovalProcesses approval;
  @Autowired ApplicationEvents events;
  @Autowired org.flowable.engine.TaskService engine;
  @Autowired org.flowable.engine.RepositoryService repository;

  static final StaffMember PSB = approver("psb.approver", "331126-PSB", "331126");
  static final StaffMember PSB_OTHER = approver("psb.other", "331126-PSB", "331126");
  static final StaffMember MIB = approver("mib.approver", "331126-MIB", "331126");
  static final StaffMember LONGQUAN_PSB = approver("lq.approver", "331181-PSB", "331181");
  static final StaffMember AMR = approver("amr.approver", "331126-AMR", "331126");

  static StaffMember approver(String username, String department, String region) {
    return new StaffMember(CASES.incrementAndGet(), username, "审批员", department, region, Set.of(Role.APPROVER));
  }

  static String caseRef() {
    return "T-" + System.nanoTime() + "-" + CASES.incrementAndGet();
  }

  ApprovalTask taskOf(StaffMember staff, String caseRef, String item) {
    return approval.inbox(staff).stream().filter(t -> t.caseRef().equals(caseRef) && t.item().equals(item))
        .findFirst().orElseThrow(() -> new AssertionError("no task of " + item + " for " + staff.username()));
  }

  @Test
  void itemsOfTwoDepartmentsAreDecidedInParallelThroughReviewAndDecision() {
    String ref = caseRef();
    assertThat(approval.start(new CaseApproval(ref, "出生一件事", List.of(
        Branch.of("CS-02", "出生登记", "331126-PSB", "331126"),
        Branch.of("CS-03", "医保参保", "331126-MIB", "331126"))))).isTrue();
    assertThat(approval.start(new CaseApproval(ref, "出生一件事", List.of(
        Branch.of("CS-02", "出生登记", "331126-PSB", "331126"))))).as("a second start").isFalse();

    var review = taskOf(PSB, ref, "CS-02");
    assertThat(review.stepName()).isEqualTo("审查");
    assertThat(taskOf(MIB, ref, "CS-03").stepName()).isEqualTo("审查");
    assertThat(approval.inbox(MIB)).noneMatch(t -> t.item().equals("CS-02"));

    approval.claim(review.id(), PSB);
    assertThatThrownBy(() -> approval.decide(review.id(), PSB_OTHER, new Decision.Approve("")))
        .isInstanceOfSatisfying(ApprovalException.class, e -> assertThat(e.reason())
            .isEqualTo(ApprovalException.Reason.CLAIMED_BY_OTHER));
    approval.decide(review.id(), PSB, new Decision.Approve("材料齐全"));
    assertThatThrownBy(() -> approval.decide(review.id(), PSB, new Decision.Approve("")))
        .isInstanceOfSatisfying(ApprovalException.class, e -> assertThat(e.reason())
            .isEqualTo(ApprovalException.Reason.NOT_OPEN));
    var decide = taskOf(PSB, ref, "CS-02");
    assertThat(decide.stepName()).isEqualTo("决定");
    approval.decide(decide.id(), PSB, new Decision.Approve(""));
    assertThat(approval.status(ref)).contains(CaseStatus.RUNNING);

    approval.decide(taskOf(MIB, ref, "CS-03").id(), MIB, new Decision.Refuse("已在外省参保"));

    assertThat(approval.status(ref)).contains(CaseStatus.FINISHED);
    assertThat(approval.branches(ref)).extracting(BranchStatus::item, BranchStatus::state, BranchStatus::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CS-02", State.APPROVED, null),
            org.assertj.core.groups.Tuple.tuple("CS-03", State.REFUSED, "已在外省参保"));
    assertThat(events.stream(ItemDecided.class).filter(e -> e.caseRef().equals(ref)))
        .extracting(ItemDecided::item, ItemDecided::approved)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CS-02", true),
            org.assertj.core.groups.Tuple.tuple("CS-03", false));
    assertThat(events.stream(ApprovalFinished.class).filter(e -> e.caseRef().equals(ref))).hasSize(1);
    assertThat(approval.trace(ref)).extracting(ApprovalStep::action)
        .contains("STARTED", "TASK_CREATED", "CLAIMED", "APPROVED", "REFUSED", "FINISHED");
    assertThat(approval.trace(ref)).allSatisfy(s -> assertThat(s.node()).isNotBlank());
  }

  @Test
  void reviewAndDecisionAreTwoStepsOfOneEngineTaskAndTheTraceNamesWhoDidEach() {
    String ref = caseRef();
    approval.start(new CaseApproval(ref, "出生一件事", List.of(
        Branch.of("CS-02", "出生登记", "331126-PSB", "331126"),
        Branch.of("CS-03", "医保参保", "331126-MIB", "331126"))));
    var engineTasks = engine.createTaskQuery().processInstanceBusinessKey(ref).list();
    assertThat(engineTasks).as("one engine task per item, no candidate groups").hasSize(2)
        .allSatisfy(t -> assertThat(engine.getIdentityLinksForTask(t.getId())).isEmpty());

    // deciding an unclaimed task claims it: no claim needed first
    var review = taskOf(PSB, ref, "CS-02");
    approval.decide(review.id(), PSB, new Decision.Approve("材料齐全"));
    var decide = taskOf(PSB, ref, "CS-02");
    assertThat(decide.id()).isNotEqualTo(review.id());
    assertThat(decide.step()).isEqualTo("decide");
    assertThat(decide.assignee()).as("the reviewer has not claimed the decision").isNull();
    assertThat(engine.createTaskQuery().processInstanceBusinessKey(ref).list()).extracting(t -> t.getId())
        .as("审查 approved without the engine").containsExactlyInAnyOrderElementsOf(
            engineTasks.stream().map(t -> t.getId()).toList());
    assertThat(approval.task(review.id(), PSB).assignee()).isEqualTo(PSB.username());
    assertThat(approval.task(review.id(), PSB).open()).isFalse();

    approval.claim(decide.id(), PSB_OTHER);
    approval.decide(decide.id(), PSB_OTHER, new Decision.Approve("准予登记"));
    approval.decide(taskOf(MIB, ref, "CS-03").id(), MIB, new Decision.Refuse("已在外省参保"));

    assertThat(approval.status(ref)).contains(CaseStatus.FINISHED);
    assertThat(approval.trace(ref)).filteredOn(s -> "CS-02".equals(s.item()))
        .extracting(ApprovalStep::step, ApprovalStep::action, ApprovalStep::actor, ApprovalStep::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("review", "TASK_CREATED", "system", "331126-PSB"),
            org.assertj.core.groups.Tuple.tuple("review", "APPROVED", PSB.username(), "材料齐全"),
            org.assertj.core.groups.Tuple.tuple("decide", "TASK_CREATED", "system", "331126-PSB"),
            org.assertj.core.groups.Tuple.tuple("decide", "CLAIMED", PSB_OTHER.username(), null),
            org.assertj.core.groups.Tuple.tuple("decide", "APPROVED", PSB_OTHER.username(), "准予登记"));
    assertThat(approval.trace(ref)).filteredOn(s -> "CS-03".equals(s.item()))
        .extracting(ApprovalStep::step, ApprovalStep::action).last()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("review", "REFUSED"));
    assertThat(approval.branches(ref)).extracting(BranchStatus::decidedBy)
        .containsExactly(PSB_OTHER.username(), MIB.username());
  }

  @Test
  void aCaseStartedOnTheModelWithTwoEngineTasksPerItemFinishesAfterTheUpdate() throws Exception {
    String ref = caseRef();
    // the case model as it was deployed before one engine task per item; then the current one again (latest)
    deploy("approval/onevisit-case-v1.bpmn20.xml", "onevisit-case-v1");
    try {
      approval.start(new CaseApproval(ref, "户口", List.of(Branch.of("CS-02", "出生登记", "331126-PSB", "331126"))));
    } finally {
      deploy("processes/onevisit-case.bpmn20.xml", "onevisit-case-current");
    }
    var review = taskOf(PSB, ref, "CS-02");
    assertThat(review.stepName()).isEqualTo("审查");
    assertThat(engine.createTaskQuery().processInstanceBusinessKey(ref).singleResult().getTaskDefinitionKey())
        .as("started on version 1").isEqualTo("review");

    approval.decide(review.id(), PSB, new Decision.Approve(""));
    var decide = taskOf(PSB, ref, "CS-02");
    assertThat(decide.stepName()).isEqualTo("决定");
    assertThat(engine.createTaskQuery().processInstanceBusinessKey(ref).singleResult().getId())
        .as("version 1's 决定 is an engine task of its own").isEqualTo(decide.id());
    approval.decide(decide.id(), PSB, new Decision.Approve(""));

    assertThat(approval.status(ref)).contains(CaseStatus.FINISHED);
    assertThat(approval.branches(ref)).extracting(BranchStatus::state).containsExactly(State.APPROVED);
    String ref2 = caseRef();
    approval.start(new CaseApproval(ref2, "户口", List.of(Branch.of("CS-02", "出生登记", "331126-PSB", "331126"))));
    assertThat(engine.createTaskQuery().processInstanceBusinessKey(ref2).singleResult().getTaskDefinitionKey())
        .as("new cases start on the current model").isNotEqualTo("review");
  }

  void deploy(String resource, String name) throws java.io.IOException {
    try (var in = new org.springframework.core.io.ClassPathResource(resource).getInputStream()) {
      repository.createDeployment().name(name).addInputStream("onevisit-case.bpmn20.xml", in).deploy();
    }
  }

  @Test
  void anItemWaitsForTheItemWhoseResultItNeeds() {
    String ref = caseRef();
    approval.start(new CaseApproval(ref, "出生一件事", List.of(
        Branch.of("CS-02", "出生登记", "331126-PSB", "331126"),
        new Branch("CS-03", "医保参保", "331126-MIB", "331126", null, List.of("CS-02")))));

    assertThat(approval.inbox(MIB)).noneMatch(t -> t.caseRef().equals(ref));
    assertThat(approval.branches(ref)).extracting(BranchStatus::state).containsExactly(State.IN_PROGRESS, State.WAITING);

    approval.decide(taskOf(PSB, ref, "CS-02").id(), PSB, new Decision.Approve(""));
    assertThat(approval.inbox(MIB)).noneMatch(t -> t.caseRef().equals(ref));
    approval.decide(taskOf(PSB, ref, "CS-02").id(), PSB, new Decision.Approve(""));

    assertThat(taskOf(MIB, ref, "CS-03").stepName()).isEqualTo("审查");
  }

  @Test
  void anItemWhoseInputIsRefusedIsRefusedToo() {
    String ref = caseRef();
    approval.start(new CaseApproval(ref, "出生一件事", List.of(
        Branch.of("CS-02", "出生登记", "331126-PSB", "331126"),
        new Branch("CS-03", "医保参保", "331126-MIB", "331126", null, List.of("CS-02")))));

    approval.decide(taskOf(PSB, ref, "CS-02").id(), PSB, new Decision.Refuse("户籍地不符"));

    assertThat(approval.branches(ref)).extracting(BranchStatus::state).containsExactly(State.REFUSED, State.REFUSED);
    assertThat(approval.branches(ref).get(1).reason()).isEqualTo("前置事项未通过");
    assertThat(approval.status(ref)).contains(CaseStatus.FINISHED);
  }

  @Test
  void anItemWithItsOwnModelRunsReviewInspectionAndDecision() {
    String ref = caseRef();
    approval.start(new CaseApproval(ref, "开餐馆一件事", List.of(
        new Branch("AMR-03", "食品经营许可", "331126-AMR", "331126", "onevisitItemWithInspection", List.of()))));

    approval.decide(taskOf(AMR, ref, "AMR-03").id(), AMR, new Decision.Approve(""));
    assertThat(taskOf(AMR, ref, "AMR-03").stepName()).isEqualTo("现场核查");
    approval.decide(taskOf(AMR, ref, "AMR-03").id(), AMR, new Decision.Approve("场所符合要求"));
    assertThat(taskOf(AMR, ref, "AMR-03").stepName()).isEqualTo("决定");
    approval.decide(taskOf(AMR, ref, "AMR-03").id(), AMR, new Decision.Approve(""));

    assertThat(approval.branches(ref)).extracting(BranchStatus::state).containsExactly(State.APPROVED);
    assertThat(approval.status(ref)).contains(CaseStatus.FINISHED);
  }

  @Test
  void anotherRegionsDepartmentCannotSeeOrDecide() {
    String ref = caseRef();
    approval.start(new CaseApproval(ref, "户口", List.of(Branch.of("CS-02", "出生登记", "331126-PSB", "331126"))));
    var task = taskOf(PSB, ref, "CS-02");

    assertThat(approval.inbox(LONGQUAN_PSB)).noneMatch(t -> t.caseRef().equals(ref));
    assertThatThrownBy(() -> approval.decide(task.id(), LONGQUAN_PSB, new Decision.Approve("")))
        .isInstanceOfSatisfying(ApprovalException.class, e -> assertThat(e.reason())
            .isEqualTo(ApprovalException.Reason.FORBIDDEN));
    assertThatThrownBy(() -> approval.task("no-such-task", PSB))
        .isInstanceOfSatisfying(ApprovalException.class, e -> assertThat(e.reason())
            .isEqualTo(ApprovalException.Reason.NOT_FOUND));
  }

  @Test
  void aWithdrawnCaseCancelsItsTasks() {
    String ref = caseRef();
    approval.start(new CaseApproval(ref, "户口", List.of(Branch.of("CS-02", "出生登记", "331126-PSB", "331126"))));
    var task = taskOf(PSB, ref, "CS-02");

    approval.cancel(ref, "applicant", "申请人撤回");

    assertThat(approval.status(ref)).contains(CaseStatus.CANCELLED);
    assertThatThrownBy(() -> approval.decide(task.id(), PSB, new Decision.Approve("")))
        .isInstanceOfSatisfying(ApprovalException.class, e -> assertThat(e.reason())
            .isEqualTo(ApprovalException.Reason.NOT_OPEN));
    assertThat(events.stream(ApprovalFinished.class).filter(e -> e.caseRef().equals(ref))).isEmpty();
  }

  @Test
  void anUnknownItemModelIsRefusedAndNothingStarts() {
    String ref = caseRef();
    assertThat(approval.itemModels()).contains("onevisitItemWithInspection").doesNotContain("onevisitCase");

    assertThatThrownBy(() -> approval.start(new CaseApproval(ref, "x", List.of(
        new Branch("AMR-03", "食品经营许可", "331126-AMR", "331126", "noSuchModel", List.of())))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchModel");
    assertThat(approval.status(ref)).isEmpty();
  }

  @Test
  void aCaseWhoseItemsWaitInACycleIsRefusedBeforeAnythingStarts() {
    assertThatThrownBy(() -> new CaseApproval("X", "x", List.of(
        new Branch("A", "a", "331126-PSB", "331126", null, List.of("B")),
        new Branch("B", "b", "331126-PSB", "331126", null, List.of("A")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
  }
}
