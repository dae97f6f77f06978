package org.onevisit.approval.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.service.delegate.DelegateTask;
import org.jspecify.annotations.Nullable;
import org.onevisit.approval.ApprovalFinished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    return branch(caseRef, item).department();
  }

  public boolean waits(String caseRef, String item) {
    return branch(caseRef, item).waits() && "WAITING".equals(branch(caseRef, item).status());
  }

  public boolean refused(String caseRef, String item) {
    return "REFUSED".equals(branch(caseRef, item).status());
  }

  public boolean hasOwnModel(String caseRef, String item) {
    return !processKey(caseRef, item).isEmpty();
  }

  public String processKey(String caseRef, String item) {
    var key = branch(caseRef, item).processKey();
    return key == null ? "" : key;
  }

  /** The items of the case, one parallel branch each (the multi-instance collection of the case model). */
  public java.util.List<String> items(String caseRef) {
    var items = itemLists.get(caseRef);
    if (items != null) {
      return items;
    }
    var cache = cache();
    var known = cache.get(caseRef);
    if (known != null) {
      // possibly written by this very transaction (the start), which may still roll back: not kept beyond it
      return java.util.List.copyOf(known.keySet());
    }
    var loaded = load(caseRef);
    cache.put(caseRef, loaded);
    items = java.util.List.copyOf(loaded.keySet());
    itemLists.put(caseRef, items); // committed rows: a case's items never change
    return items;
  }

  /**
   * The items of the case whose process this is (its business key is the case reference). Flowable evaluates the
   * multi-instance collection again each time a branch ends; by the business key and from {@link #itemLists} that
   * costs neither a variable fetch nor a query.
   */
  public java.util.List<String> items(DelegateExecution execution) {
    return items(execution.getProcessInstanceBusinessKey());
  }

  /**
   * A case's item list never changes once started: kept for the cases seen lately by this platform instance (a
   * miss reads it from approval_branch again). Not static: another application context in the same JVM (tests)
   * has another database, where the same case number may name another case.
   */
  private final Map<String, java.util.List<String>> itemLists = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, java.util.List<String>> eldest) {
          return size() > 10_000;
        }
      });

  /** What the engine asks about one branch. */
  record Branch(String department, String status, boolean waits, @Nullable String processKey) {}

  /**
   * The branches of a case as this transaction last saw them. A step of the engine asks several questions about
   * the same branches (which department, does it wait, was it refused); they are read once per transaction and
   * case, and {@link #forget} drops them whenever the transaction changes a branch.
   */
  private Branch branch(String caseRef, String item) {
    var cache = cache();
    var branches = cache.computeIfAbsent(caseRef, this::load);
    var branch = branches.get(item);
    if (branch == null) {
      throw new IllegalStateException("Case " + caseRef + " has no item " + item);
    }
    return branch;
  }

  private Map<String, Branch> load(String caseRef) {
    var branches = new LinkedHashMap<String, Branch>();
    jdbc.sql("""
            select item, department_code, status, cardinality(waits_for) > 0, process_key from approval_branch
            where case_ref = ? order by item""")
        .param(caseRef)
        .query((rs, n) -> branches.put(rs.getString(1),
            new Branch(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5))))
        .list();
    return branches;
  }

  /** The branches just written by this transaction: no need to read them back. */
  void know(String caseRef, Map<String, Branch> branches) {
    cache().put(caseRef, new LinkedHashMap<>(branches));
  }

  /** The transaction changed a branch of the case: read them again when next asked. */
  void forget(String caseRef) {
    cache().remove(caseRef);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Branch>> cache() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashMap<>();
    }
    var cache = (Map<String, Map<String, Branch>>) TransactionSynchronizationManager.getResource(this);
    if (cache == null) {
      var created = new HashMap<String, Map<String, Branch>>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(ApprovalEngineHooks.this);
        }
      });
      cache = created;
    }
    return cache;
  }

  /**
   * Whether every item of the case runs the default model at once: none waits for another, none has a model of
   * its own. Such a case runs its items as parallel instances of one user task, without a subprocess.
   */
  public boolean allPlain(String caseRef) {
    return cache().computeIfAbsent(caseRef, this::load).values().stream()
        .allMatch(b -> !b.waits() && (b.processKey() == null || b.processKey().isEmpty()));
  }

  /** Records a new user task, one step of an item model, in the inbox table and the trace. */
  public void taskCreated(DelegateTask task) {
    String caseRef = (String) task.getVariable("caseRef");
    String item = (String) task.getVariable("itemCode");
    String department = department(caseRef, item);
    trace.taskOpened(task.getId(), task.getId(), caseRef, item, task.getTaskDefinitionKey(), task.getName(), null,
        null, department, clock.instant());
    trace.record(caseRef, item, task.getTaskDefinitionKey(), "TASK_CREATED", "system", department);
  }

  /**
   * Records the one engine task of an item of the default model: staff see it first as {@code firstStep} (审查),
   * whose approval opens the task's own step ({@value FlowableApprovalProcesses#LAST_STEP}, the task's name: 决定)
   * on the same engine task without the engine (ADR 0008).
   */
  public void itemTaskCreated(DelegateTask task, String firstStep, String firstStepName) {
    String caseRef = (String) task.getVariable("caseRef");
    String item = (String) task.getVariable("itemCode");
    String department = department(caseRef, item);
    trace.taskOpened(task.getId(), task.getId(), caseRef, item, firstStep, firstStepName,
        FlowableApprovalProcesses.LAST_STEP, task.getName(), department, clock.instant());
    trace.record(caseRef, item, firstStep, "TASK_CREATED", "system", department);
  }

  /** The case's process has ended: unless it was cancelled, every branch is decided. */
  public void caseEnded(DelegateExecution execution) {
    // the business key is the case reference: no variable to fetch
    String caseRef = execution.getProcessInstanceBusinessKey();
    int finished = jdbc.sql("""
            update approval_case set status = 'FINISHED', finished_at = ? where case_ref = ? and status = 'RUNNING'""")
        .params(Timestamp.from(clock.instant()), caseRef).update();
    if (finished == 1) {
      trace.record(caseRef, null, null, "FINISHED", "system", null);
      events.publishEvent(new ApprovalFinished(caseRef));
    }
  }
}
