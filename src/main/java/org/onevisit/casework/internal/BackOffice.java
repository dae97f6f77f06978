package org.onevisit.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onevisit.approval.ApprovalFinished;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.BranchStatus;
import org.onevisit.approval.CaseApproval;
import org.onevisit.casework.CaseAccepted;
import org.onevisit.casework.CaseCompleted;
import org.onevisit.casework.CaseNumber;
import org.onevisit.casework.CaseView;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.MaterialSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands accepted cases to the back office and takes their outcome back. Both run after the publishing
 * transaction has committed, in their own transaction, from Spring Modulith's event publication registry:
 * a submission never waits for the process engine, and an event not yet handled when a node stops is
 * handed over again when the platform starts.
 */
@Component
class BackOffice {

  private static final Logger log = LoggerFactory.getLogger(BackOffice.class);

  private final JdbcClient jdbc;
  private final ApprovalProcesses approval;
  private final Catalog catalog;
  private final JdbcCasework casework;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BackOffice(JdbcClient jdbc, ApprovalProcesses approval, Catalog catalog, JdbcCasework casework,
      ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.approval = approval;
    this.catalog = catalog;
    this.casework = casework;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void accepted(CaseAccepted event) {
    // Locked like a withdrawal locks it: a case withdrawn before its back office starts never starts one, and a
    // withdrawal waiting on this lock finds the back office running and stops it.
    var status = jdbc.sql("select status from casework_case where case_number = ? for update")
        .param(event.number().value()).query(String.class).single();
    if (!status.equals("ACCEPTED")) {
      casework.trace(event.number(), "BACK_OFFICE_NOT_STARTED", "system", status);
      return;
    }
    var view = casework.view(event.number());
    Set<String> inCase = view.items().stream().map(CaseView.CaseItem::item).collect(Collectors.toSet());
    var branches = new ArrayList<CaseApproval.Branch>();
    var models = approval.itemModels();
    for (var item : view.items()) {
      var catalogItem = catalog.item(ItemCode.of(item.item()));
      String model = catalogItem.map(i -> i.processModel()).orElse(null);
      if (model != null && !models.contains(model)) {
        casework.trace(event.number(), "UNKNOWN_MODEL", "system", item.item() + ": " + model);
        model = null;
      }
      List<String> waitsFor = catalogItem.map(i -> i.materials().stream()
              .map(m -> m.source() instanceof MaterialSource.ProducedBy p ? p.item().value() : null)
              .filter(code -> code != null && inCase.contains(code) && !code.equals(item.item()))
              .distinct().toList())
          .orElse(List.of());
      branches.add(new CaseApproval.Branch(item.item(), item.name(), item.departmentCode(),
          item.departmentCode().substring(0, 6), model, waitsFor));
    }
    boolean started = approval.start(new CaseApproval(event.number().value(), view.title(), branches));
    casework.trace(event.number(), started ? "BACK_OFFICE_STARTED" : "BACK_OFFICE_ALREADY_STARTED", "system",
        branches.size() + " items in parallel");
  }

  @ApplicationModuleListener
  void finished(ApprovalFinished event) {
    CaseNumber number;
    try {
      number = CaseNumber.of(event.caseRef());
    } catch (IllegalArgumentException notOurs) {
      return;
    }
    var branches = approval.branches(event.caseRef());
    var approved = new ArrayList<String>();
    var refused = new ArrayList<String>();
    for (BranchStatus b : branches) {
      boolean ok = b.state() == BranchStatus.State.APPROVED;
      (ok ? approved : refused).add(b.item());
      jdbc.sql("""
              update casework_case_item set outcome = ?, reason = ?, decided_at = ?
              where case_number = ? and item = ?""")
          .params(ok ? "APPROVED" : "REFUSED", b.reason(), b.decidedAt() == null ? null : Timestamp.from(b.decidedAt()),
              number.value(), b.item())
          .update();
    }
    var status = refused.isEmpty() ? CaseView.Status.COMPLETED
        : approved.isEmpty() ? CaseView.Status.REFUSED
        : CaseView.Status.PARTIALLY_COMPLETED;
    int updated = jdbc.sql("""
            update casework_case set status = ?, completed_at = ? where case_number = ? and status = 'ACCEPTED'""")
        .params(status.name(), Timestamp.from(clock.instant()), number.value()).update();
    if (updated == 0) {
      log.warn("Back office of case {} finished but the case is not in progress", number);
      return;
    }
    casework.trace(number, status.name(), "system", refused.isEmpty() ? null : "不予通过: " + refused);
    events.publishEvent(new CaseCompleted(number, status, approved, refused));
  }
}
