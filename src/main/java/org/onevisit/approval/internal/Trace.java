package org.onevisit.approval.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to {@code approval_trace} (who did what to which item of which case, when, on which node) and to the
 * inbox table {@code approval_task}, and closes decided tasks there. Inside a transaction the rows are collected
 * and written just before it commits, in one statement: the closing updates and the inbox rows as data-modifying
 * {@code WITH} clauses of the trace's multi-row insert. A decision that closes its task, opens the next step and
 * traces both costs one statement. Nothing reads these rows in the transaction that writes them.
 */
@Component
class Trace {

  /** This node: process id and host, as the JVM names itself. */
  static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  private final JdbcClient jdbc;
  private final Clock clock;

  Trace(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String caseRef, @Nullable String item, @Nullable String step, String action, String actor,
      @Nullable String detail) {
    var pending = pending();
    pending.steps.add(new Object[] {caseRef, item, step, action, actor, NODE, Timestamp.from(clock.instant()), detail});
    writeUnlessInTransaction(pending);
  }

  /**
   * A new open task in its department's inbox: a step of the engine task {@code engineTaskId}, and if
   * {@code thenStep} is set, a step whose approval opens that next step on the same engine task.
   */
  void taskOpened(String taskId, String engineTaskId, String caseRef, String item, String step, String stepName,
      @Nullable String thenStep, @Nullable String thenStepName, String department, Instant at) {
    var pending = pending();
    pending.tasks.add(new Object[] {taskId, engineTaskId, caseRef, item, step, stepName, thenStep, thenStepName,
        department, Timestamp.from(at)});
    writeUnlessInTransaction(pending);
  }

  /** The task is done: decided by {@code assignee} (who thereby claims it if nobody had) at {@code at}. */
  void taskDone(String taskId, String assignee, Instant at) {
    var pending = pending();
    pending.done.add(new Object[] {Timestamp.from(at), assignee, taskId});
    writeUnlessInTransaction(pending);
  }

  private static final class Pending {
    final List<Object[]> done = new ArrayList<>();
    final List<Object[]> tasks = new ArrayList<>();
    final List<Object[]> steps = new ArrayList<>();
  }

  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new Pending();
    }
    var pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      var created = new Pending();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          write(created);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(Trace.this);
        }
      });
      pending = created;
    }
    return pending;
  }

  private void writeUnlessInTransaction(Pending pending) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      write(pending);
    }
  }

  private static final String DONE = "update approval_task set status = 'DONE', done_at = ?, assignee = ? where task_id = ?";
  private static final String TASKS = """
      insert into approval_task (task_id, engine_task_id, case_ref, item, step, step_name, then_step, then_step_name,
        department_code, created_at, status) values\s""";
  private static final String TASK = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')";
  private static final String STEPS = "insert into approval_trace (case_ref, item, step, action, actor, node, at, detail) values ";
  private static final String STEP = "(?, ?, ?, ?, ?, ?, ?, ?)";

  private record Statement(String sql, List<@Nullable Object> params) {}

  private void write(Pending pending) {
    var writes = new ArrayList<Statement>();
    pending.done.forEach(d -> writes.add(new Statement(DONE, java.util.Arrays.asList((@Nullable Object[]) d))));
    if (!pending.tasks.isEmpty()) {
      writes.add(rows(TASKS, TASK, pending.tasks));
    }
    if (!pending.steps.isEmpty()) {
      // the trace's insert carries the other writes as data-modifying WITH clauses: one statement in all
      var last = rows(STEPS, STEP, pending.steps);
      var sql = new StringBuilder();
      var params = new ArrayList<@Nullable Object>();
      for (int i = 0; i < writes.size(); i++) {
        sql.append(i == 0 ? "with " : ", ").append("w").append(i).append(" as (").append(writes.get(i).sql()).append(")");
        params.addAll(writes.get(i).params());
      }
      sql.append(writes.isEmpty() ? "" : " ").append(last.sql());
      params.addAll(last.params());
      writes.clear();
      writes.add(new Statement(sql.toString(), params));
    }
    writes.forEach(w -> jdbc.sql(w.sql()).params(w.params()).update());
    pending.done.clear();
    pending.tasks.clear();
    pending.steps.clear();
  }

  private static Statement rows(String head, String row, List<Object[]> rows) {
    var sql = new StringBuilder(head);
    var params = new ArrayList<@Nullable Object>();
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
      params.addAll(java.util.Arrays.asList(rows.get(i)));
    }
    return new Statement(sql.toString(), params);
  }
}
