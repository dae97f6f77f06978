package org.onevisit.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.onevisit.approval.ApprovalException;
import org.onevisit.approval.ApprovalException.Reason;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.ApprovalStep;
import org.onevisit.approval.ApprovalTask;
import org.onevisit.approval.BranchStatus;
import org.onevisit.approval.CaseApproval;
import org.onevisit.approval.Decision;
import org.onevisit.approval.ItemDecided;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.identity.StaffScope;
import org.onevisit.organisation.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ApprovalProcesses} on Flowable: one {@code onevisitCase} process instance per case, its items a
 * parallel multi-instance. The approval tables are the platform's view (inbox, outcomes, trace); Flowable
 * only moves the tokens. Every operation is one transaction shared by both, so a failure anywhere leaves
 * neither half-done.
 */
@Service
class FlowableApprovalProcesses implements ApprovalProcesses {

  static final String CASE_PROCESS = "onevisitCase";
  static final String LAST_STEP = "decide";

  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final org.flowable.engine.RepositoryService repository;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Trace trace;
  private final ApprovalEngineHooks hooks;

  FlowableApprovalProcesses(JdbcClient jdbc, RuntimeService runtime, TaskService tasks,
      org.flowable.engine.RepositoryService repository, PlatformTransactionManager transactions,
      ApplicationEventPublisher events, Clock clock, Trace trace, ApprovalEngineHooks hooks) {
    this.hooks = hooks;
    this.repository = repository;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tasks = tasks;
    this.transaction = new TransactionTemplate(transactions);
    this.events = events;
    this.clock = clock;
    this.trace = trace;
  }

  @Override
  public boolean start(CaseApproval approval) {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      int inserted = jdbc.sql("""
              insert into approval_case (case_ref, title, status, started_at) values (?, ?, 'RUNNING', ?)
              on conflict (case_ref) do nothing""")
          .params(approval.caseRef(), approval.title(), Timestamp.from(clock.instant())).update();
      if (inserted == 0) {
        return false;
      }
      if (approval.branches().stream().anyMatch(b -> b.processKey() != null)) {
        var models = itemModels();
        approval.branches().stream().map(CaseApproval.Branch::processKey).filter(java.util.Objects::nonNull)
            .filter(k -> !models.contains(k)).findFirst().ifPresent(k -> {
              throw new IllegalArgumentException("No item model " + k + " is deployed");
            });
      }
      var sql = new StringBuilder("""
          insert into approval_branch (case_ref, item, item_name, department_code, region_code, process_key,
            waits_for, status) values """);
      var params = new ArrayList<@org.jspecify.annotations.Nullable Object>();
      var known = new java.util.LinkedHashMap<String, ApprovalEngineHooks.Branch>();
      for (var b : approval.branches()) {
        String state = b.waitsFor().isEmpty() ? "IN_PROGRESS" : "WAITING";
        sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        params.addAll(java.util.Arrays.asList(approval.caseRef(), b.item(), b.itemName(), b.departmentCode(),
            b.regionCode(), b.processKey(), b.waitsFor().toArray(String[]::new), state));
        known.put(b.item(), new ApprovalEngineHooks.Branch(b.departmentCode(), state, !b.waitsFor().isEmpty(),
            b.processKey()));
      }
      jdbc.sql(sql.toString()).params(params).update();
      hooks.know(approval.caseRef(), known);
      trace.record(approval.caseRef(), null, null, "STARTED", "system", approval.branches().size() + " items");
      var instance = runtime.createProcessInstanceBuilder()
          .processDefinitionKey(CASE_PROCESS)
          .businessKey(approval.caseRef())
          .name(approval.title())
          .variable("caseRef", approval.caseRef())
          .start();
      jdbc.sql("update approval_case set process_instance_id = ? where case_ref = ?")
          .params(instance.getId(), approval.caseRef()).update();
      return true;
    }));
  }

  private static final String COLUMNS = """
      select t.task_id, t.case_ref, c.title, t.item, b.item_name, t.step, t.step_name, t.department_code,
        t.assignee, t.status, t.created_at, b.region_code, t.engine_task_id, t.then_step, t.then_step_name""";
  private static final String FROM = """
      \nfrom approval_case c join approval_task t on t.case_ref = c.case_ref
        join approval_branch b on b.case_ref = t.case_ref and b.item = t.item""";
  private static final String TASKS = COLUMNS + ", false" + FROM;

  /**
   * A task as staff see it, the engine task it is a step of, the step its approval opens on the same engine task
   * (null: approving completes the engine task) and whether any branch of its case waits for another.
   */
  private record Row(ApprovalTask task, String region, String status, String engineTaskId,
      @org.jspecify.annotations.Nullable String thenStep, @org.jspecify.annotations.Nullable String thenStepName,
      boolean caseWaits) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(new ApprovalTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
        "OPEN".equals(rs.getString(10)), rs.getTimestamp(11).toInstant()), rs.getString(12), rs.getString(10),
        rs.getString(13), rs.getString(14), rs.getString(15), rs.getBoolean(16));
  }

  @Override
  public List<ApprovalTask> inbox(StaffMember staff) {
    if (!staff.has(Role.APPROVER)) {
      return List.of();
    }
    return jdbc.sql(TASKS + " where t.department_code = ? and t.status = 'OPEN' order by t.created_at, t.task_id")
        .param(staff.departmentCode()).query(FlowableApprovalProcesses::row).list().stream()
        .filter(r -> allowed(staff, r))
        .map(Row::task).toList();
  }

  private static boolean allowed(StaffMember staff, Row row) {
    return StaffScope.check(staff, Role.APPROVER, RegionCode.of(row.region()), row.task().departmentCode()).allowed();
  }

  private Row load(String taskId, StaffMember staff) {
    return allowedOrThrow(jdbc.sql(TASKS + " where t.task_id = ?").param(taskId)
        .query(FlowableApprovalProcesses::row).optional()
        .orElseThrow(() -> new ApprovalException(Reason.NOT_FOUND, "No task " + taskId)), staff);
  }

  private static Row allowedOrThrow(Row row, StaffMember staff) {
    String taskId = row.task().id();
    if (!allowed(staff, row)) {
      throw new ApprovalException(Reason.FORBIDDEN, "Task " + taskId + " is not for " + staff.username());
    }
    return row;
  }

  @Override
  public ApprovalTask task(String taskId, StaffMember staff) {
    return load(taskId, staff).task();
  }

  @Override
  public ApprovalTask claim(String taskId, StaffMember staff) {
    // The claim is ours alone (approval_task and the trace): the engine learns who decided when the task is
    // completed, and is not asked to keep an assignee, identity link and comment of its own meanwhile. One
    // statement claims and traces, guarded so that of two approvers claiming at once only one succeeds.
    var task = checkOpen(load(taskId, staff), staff).task();
    if (task.assignee() != null) {
      return task;
    }
    int claimed = jdbc.sql("""
            with claimed as (
              update approval_task set assignee = ? where task_id = ? and status = 'OPEN' and assignee is null
              returning case_ref, item, step)
            insert into approval_trace (case_ref, item, step, action, actor, node, at)
            select case_ref, item, step, 'CLAIMED', ?, ?, ? from claimed""")
        .params(staff.username(), taskId, staff.username(), Trace.NODE, Timestamp.from(clock.instant())).update();
    if (claimed == 0) {
      return checkOpen(load(taskId, staff), staff).task();
    }
    return new ApprovalTask(task.id(), task.caseRef(), task.caseTitle(), task.item(), task.itemName(), task.step(),
        task.stepName(), task.departmentCode(), staff.username(), task.open(), task.createdAt());
  }

  private static Row checkOpen(Row row, StaffMember staff) {
    if (!"OPEN".equals(row.status())) {
      throw new ApprovalException(Reason.NOT_OPEN, "Task " + row.task().id() + " is " + row.status().toLowerCase());
    }
    if (row.task().assignee() != null && !row.task().assignee().equals(staff.username())) {
      throw new ApprovalException(Reason.CLAIMED_BY_OTHER, "Task " + row.task().id() + " is claimed by another approver");
    }
    return row;
  }

  /**
   * The task, locked, if it is open and not claimed by another. Its case is locked first (in the order
   * {@link #cancel} takes them: case, then tasks): decisions on one case follow one another, whichever departments
   * make them, as their engine steps update the same executions.
   */
  private Row open(String taskId, StaffMember staff) {
    // one statement: PostgreSQL locks the rows of "for update of c, t" in that order, the case's row first; it also
    // tells whether a branch of the case waits for another (and so may go on after this decision)
    var row = jdbc.sql(COLUMNS + """
            , exists (select 1 from approval_branch w where w.case_ref = c.case_ref and w.status = 'WAITING')"""
            + FROM + " where t.task_id = ? for update of c, t")
        .param(taskId).query(FlowableApprovalProcesses::row).optional()
        .orElseThrow(() -> new ApprovalException(Reason.NOT_FOUND, "No task " + taskId));
    return checkOpen(allowedOrThrow(row, staff), staff);
  }

  @Override
  public void decide(String taskId, StaffMember staff, Decision decision) {
    transaction.executeWithoutResult(status -> {
      var row = open(taskId, staff);
      var task = row.task();
      var now = clock.instant();
      // deciding an unclaimed task claims it: the decider is its assignee; written with the trace before commit
      trace.taskDone(taskId, staff.username(), now);
      switch (decision) {
        case Decision.Approve a -> trace.record(task.caseRef(), task.item(), task.step(), "APPROVED", staff.username(),
            a.comment().isBlank() ? null : a.comment());
        case Decision.Refuse r -> trace.record(task.caseRef(), task.item(), task.step(), "REFUSED", staff.username(),
            r.reason());
      }
      if (decision instanceof Decision.Approve && row.thenStep() != null) {
        // 审查 approved: 决定 is the next step of the same engine task, opened in our tables only
        trace.taskOpened(java.util.UUID.randomUUID().toString(), row.engineTaskId(), task.caseRef(), task.item(),
            row.thenStep(), java.util.Objects.requireNonNullElse(row.thenStepName(), row.thenStep()), null, null,
            task.departmentCode(), now);
        trace.record(task.caseRef(), task.item(), row.thenStep(), "TASK_CREATED", "system", task.departmentCode());
        return;
      }
      boolean ends = decision instanceof Decision.Refuse || LAST_STEP.equals(task.step());
      if (ends) {
        boolean approved = decision instanceof Decision.Approve;
        String reason = decision instanceof Decision.Refuse r ? r.reason() : null;
        conclude(task.caseRef(), task.item(), approved, reason, staff.username());
      }
      tasks.complete(row.engineTaskId(), staff.username(), null);
      if (ends && row.caseWaits()) {
        release(task.caseRef());
      }
    });
  }

  private void conclude(String caseRef, String item, boolean approved, @org.jspecify.annotations.Nullable String reason,
      String actor) {
    var now = clock.instant();
    jdbc.sql("""
            update approval_branch set status = ?, reason = ?, decided_by = ?, decided_at = ?
            where case_ref = ? and item = ?""")
        .params(approved ? "APPROVED" : "REFUSED", reason, actor, Timestamp.from(now), caseRef, item).update();
    hooks.forget(caseRef);
    events.publishEvent(new ItemDecided(caseRef, item, approved, reason, actor, now));
  }

  /** Lets waiting branches go on once their inputs are decided: on when all approved, to the end when one is refused. */
  private void release(String caseRef) {
    boolean changed = true;
    while (changed) {
      changed = false;
      var waiting = jdbc.sql("""
              select b.item,
                bool_and(i.status = 'APPROVED') as ready,
                bool_or(i.status in ('REFUSED', 'CANCELLED')) as failed
              from approval_branch b join approval_branch i on i.case_ref = b.case_ref and i.item = any(b.waits_for)
              where b.case_ref = ? and b.status = 'WAITING' group by b.item""")
          .param(caseRef)
          .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)}).list();
      for (var w : waiting) {
        String item = (String) w[0];
        if ((Boolean) w[2]) {
          conclude(caseRef, item, false, "前置事项未通过", "system");
          trigger(caseRef, item);
          changed = true;
        } else if ((Boolean) w[1]) {
          jdbc.sql("update approval_branch set status = 'IN_PROGRESS' where case_ref = ? and item = ?")
              .params(caseRef, item).update();
          hooks.forget(caseRef);
          trace.record(caseRef, item, null, "INPUTS_READY", "system", null);
          trigger(caseRef, item);
        }
      }
    }
  }

  private void trigger(String caseRef, String item) {
    String instance = jdbc.sql("select process_instance_id from approval_case where case_ref = ?").param(caseRef)
        .query(String.class).single();
    runtime.createExecutionQuery().processInstanceId(instance).activityId("awaitInputs").list().stream()
        .filter(e -> item.equals(runtime.getVariable(e.getId(), "itemCode")))
        .forEach(e -> runtime.trigger(e.getId()));
  }

  @Override
  public void cancel(String caseRef, String actor, String reason) {
    transaction.executeWithoutResult(status -> {
      var instance = jdbc.sql("select process_instance_id from approval_case where case_ref = ? and status = 'RUNNING' for update")
          .param(caseRef).query(String.class).optional();
      if (instance.isEmpty()) {
        throw new ApprovalException(Reason.NOT_OPEN, "Case " + caseRef + " is not running");
      }
      var now = Timestamp.from(clock.instant());
      jdbc.sql("update approval_case set status = 'CANCELLED', finished_at = ? where case_ref = ?").params(now, caseRef)
          .update();
      jdbc.sql("update approval_task set status = 'CANCELLED', done_at = ? where case_ref = ? and status = 'OPEN'")
          .params(now, caseRef).update();
      jdbc.sql("""
              update approval_branch set status = 'CANCELLED' where case_ref = ? and status in ('WAITING', 'IN_PROGRESS')""")
          .param(caseRef).update();
      hooks.forget(caseRef);
      runtime.deleteProcessInstance(instance.get(), reason);
      trace.record(caseRef, null, null, "CANCELLED", actor, reason);
    });
  }

  @Override
  public List<ApprovalTask> openTasks(String caseRef) {
    return jdbc.sql(TASKS + " where t.case_ref = ? and t.status = 'OPEN' order by t.created_at").param(caseRef)
        .query(FlowableApprovalProcesses::row).list().stream().map(Row::task).toList();
  }

  @Override
  public java.util.Set<String> itemModels() {
    return repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(d -> d.getKey()).filter(k -> !k.equals(CASE_PROCESS))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  public List<BranchStatus> branches(String caseRef) {
    return jdbc.sql("""
            select item, item_name, department_code, status, reason, decided_by, decided_at from approval_branch
            where case_ref = ? order by item""")
        .param(caseRef)
        .query((rs, n) -> new BranchStatus(rs.getString(1), rs.getString(2), rs.getString(3),
            BranchStatus.State.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
        .list();
  }

  @Override
  public List<ApprovalStep> trace(String caseRef) {
    return jdbc.sql("select at, item, step, action, actor, node, detail from approval_trace where case_ref = ? order by id")
        .param(caseRef)
        .query((rs, n) -> new ApprovalStep(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
        .list();
  }

  @Override
  public Optional<CaseStatus> status(String caseRef) {
    return jdbc.sql("select status from approval_case where case_ref = ?").param(caseRef).query(String.class)
        .optional().map(CaseStatus::valueOf);
  }
}
