package org.onevisit.casework.internal;

import java.util.List;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.BranchStatus;
import org.onevisit.casework.CaseOverdue;
import org.onevisit.casework.Deadline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 超期预警: every few minutes, marks accepted cases that passed their promised date and sends
 * {@link CaseOverdue} once per case, naming the departments still deciding. Idempotent across nodes: the
 * mark is set by a conditional update, so only the node that sets it sends the event.
 */
@Component
public class OverdueWatch {

  private final JdbcCasework casework;
  private final ApprovalProcesses approval;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  OverdueWatch(JdbcCasework casework, ApprovalProcesses approval, JdbcClient jdbc, ApplicationEventPublisher events,
      PlatformTransactionManager transactions) {
    this.casework = casework;
    this.approval = approval;
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(fixedDelayString = "${onevisit.casework.overdue-watch:5m}", initialDelayString = "${onevisit.casework.overdue-watch:5m}")
  void watch() {
    check();
  }

  /** Checks now (the schedule calls this; so can tests); returns how many cases became overdue. */
  public int check() {
    int found = 0;
    for (var view : casework.urgent("")) {
      if (view.deadline().state() != Deadline.State.OVERDUE) {
        continue;
      }
      Boolean marked = transaction.execute(status -> {
        int updated = jdbc.sql("update casework_case set overdue_since = ? where case_number = ? and overdue_since is null")
            .params(view.deadline().due().plusDays(1), view.number().value()).update();
        if (updated == 0) {
          return false;
        }
        List<String> departments = approval.branches(view.number().value()).stream()
            .filter(b -> b.state() == BranchStatus.State.IN_PROGRESS || b.state() == BranchStatus.State.WAITING)
            .map(BranchStatus::departmentCode).distinct().toList();
        casework.trace(view.number(), "OVERDUE", "system", String.join("、", departments));
        events.publishEvent(new CaseOverdue(view.number(), view.deadline().due(), departments));
        return true;
      });
      if (Boolean.TRUE.equals(marked)) {
        found++;
      }
    }
    return found;
  }
}
