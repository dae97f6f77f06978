package org.onevisit.approval.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.service.delegate.DelegateTask;
import org.onevisit.approval.ApprovalFinished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the BPMN models ask of the platform, by expression ({@code ${approvalEngineHooks.department(caseRef,
 * itemCode)}}): who decides a branch, whether it waits or was refused, which model it runs; and what the
 * engine tells the platform: a task was created, a case ended. Everything reads and writes the approval
 * tables in the engine's own transaction.
 */
@Component("approvalEngineHooks")
public class ApprovalEngineHooks {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Trace trace;

  ApprovalEngineHooks(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Trace trace) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
    this.trace = trace;
  }

  public String department(String caseRef, String item) {
    return jdbc.sql("select department_code from approval_branch where case_ref = ? and item = ?")
        .params(caseRef, item).query(String.class).single();
  }

  public boolean waits(String caseRef, String item) {
    return jdbc.sql("select cardinality(waits_for) > 0 and status = 'WAITING' from approval_branch where case_ref = ? and item = ?")
        .params(caseRef, item).query(Boolean.class).single();
  }

  public boolean refused(String caseRef, String item) {
    return "REFUSED".equals(status(caseRef, item));
  }

  public boolean hasOwnModel(String caseRef, String item) {
    return !processKey(caseRef, item).isEmpty();
  }

  public String processKey(String caseRef, String item) {
    var key = jdbc.sql("select process_key from approval_branch where case_ref = ? and item = ?")
        .params(caseRef, item).query(String.class).optional();
    return key.orElse("");
  }

  private String status(String caseRef, String item) {
    return jdbc.sql("select status from approval_branch where case_ref = ? and item = ?")
        .params(caseRef, item).query(String.class).single();
  }

  /** Records a new user task in the inbox table and the trace. */
  public void taskCreated(DelegateTask task) {
    String caseRef = (String) task.getVariable("caseRef");
    String item = (String) task.getVariable("itemCode");
    String department = department(caseRef, item);
    jdbc.sql("""
            insert into approval_task (task_id, case_ref, item, step, step_name, department_code, status, created_at)
            values (?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
        .params(task.getId(), caseRef, item, task.getTaskDefinitionKey(), task.getName(), department,
            Timestamp.from(clock.instant()))
        .update();
    trace.record(caseRef, item, task.getTaskDefinitionKey(), "TASK_CREATED", "system", department);
  }

  /** The case's process has ended: unless it was cancelled, every branch is decided. */
  public void caseEnded(DelegateExecution execution) {
    String caseRef = (String) execution.getVariable("caseRef");
    int finished = jdbc.sql("""
            update approval_case set status = 'FINISHED', finished_at = ? where case_ref = ? and status = 'RUNNING'""")
        .params(Timestamp.from(clock.instant()), caseRef).update();
    if (finished == 1) {
      trace.record(caseRef, null, null, "FINISHED", "system", null);
      events.publishEvent(new ApprovalFinished(caseRef));
    }
  }
}
