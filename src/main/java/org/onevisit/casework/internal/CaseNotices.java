package org.onevisit.casework.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.casework.CaseCompleted;
import org.onevisit.casework.CaseNumber;
import org.onevisit.casework.CaseSubmitted;
import org.onevisit.casework.CaseView;
import org.onevisit.casework.CaseWithdrawn;
import org.onevisit.casework.CourierService;
import org.onevisit.casework.Notifier;
import org.onevisit.casework.SupplementRequested;
import org.onevisit.catalog.DeliveryMethod;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After each step the applicant hears of it once (the listeners run from the event publication registry, after
 * the step committed): submission, the one-time supplement notice, withdrawal, and completion — when the
 * delivery plan is carried out first: nothing to carry for results delivered online (licences are in the
 * wallet), a pickup code for the unified window, or a shipment through the {@link CourierService}. Notices are
 * in Chinese, the language of the SMS channel.
 */
@Component
class CaseNotices {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final JdbcCasework casework;
  private final Notifier notifier;
  private final CourierService courier;
  private final ApprovalProcesses approval;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CaseNotices(JdbcCasework casework, Notifier notifier, CourierService courier, ApprovalProcesses approval,
      MessageSource messages, JdbcClient jdbc, Clock clock) {
    this.casework = casework;
    this.notifier = notifier;
    this.courier = courier;
    this.approval = approval;
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private void send(CaseNumber number, String key, Object... args) {
    notifier.notify(new Notifier.Notice(number, casework.mobileOf(number), messages.getMessage(key, args, ZH)));
  }

  @ApplicationModuleListener
  void submitted(CaseSubmitted event) {
    var view = casework.view(event.number());
    send(event.number(), "casework.notice.submitted", view.title(), event.number().value());
  }

  @ApplicationModuleListener
  void supplementRequested(SupplementRequested event) {
    send(event.number(), "casework.notice.supplement", event.number().value(), String.join("；", event.missing()));
  }

  @ApplicationModuleListener
  void withdrawn(CaseWithdrawn event) {
    // withdrawn before acceptance, or before the back office started (which then never starts): nothing runs.
    // Asked first rather than caught: a refused cancel would mark this listener's transaction rollback-only.
    if (approval.status(event.number().value()).filter(s -> s == ApprovalProcesses.CaseStatus.RUNNING).isPresent()) {
      approval.cancel(event.number().value(), "applicant", event.reason());
    }
    send(event.number(), "casework.notice.withdrawn", event.number().value());
  }

  @ApplicationModuleListener
  void completed(CaseCompleted event) {
    var number = event.number();
    if (event.status() == CaseView.Status.REFUSED) {
      send(number, "casework.notice.refused", number.value(), reasons(number));
      return;
    }
    boolean delivered = jdbc.sql("select count(*) from casework_delivery where case_number = ?").param(number.value())
        .query(Long.class).single() > 0;
    if (delivered) {
      return;
    }
    var choice = casework.deliveryOf(number);
    var view = casework.view(number);
    String pickup = null;
    String tracking = null;
    String address = choice.getValue().orElse(null);
    switch (choice.getKey()) {
      case ONLINE_COLLECT -> pickup = String.format("%06d", random.nextInt(1_000_000));
      case ONLINE_COURIER -> tracking = courier.dispatch(new CourierService.Shipment(number, view.applicantName(),
          address == null ? "" : address, view.items().stream().filter(i -> Boolean.TRUE.equals(i.approved()))
              .map(CaseView.CaseItem::name).reduce((a, b) -> a + "、" + b).orElse("")));
      default -> { }
    }
    jdbc.sql("""
            insert into casework_delivery (case_number, method, pickup_code, tracking, address, at)
            values (?, ?, ?, ?, ?, ?) on conflict (case_number) do nothing""")
        .params(number.value(), choice.getKey().name(), pickup, tracking,
            choice.getKey() == DeliveryMethod.ONLINE_COURIER ? address : null, Timestamp.from(clock.instant()))
        .update();
    casework.trace(number, "DELIVERED", "system", choice.getKey().name() + (tracking == null ? "" : " " + tracking));
    String text = switch (choice.getKey()) {
      case ONLINE_COLLECT -> messages.getMessage("casework.notice.completed.ONLINE_COLLECT",
          new Object[] {number.value(), pickup}, ZH);
      case ONLINE_COURIER -> messages.getMessage("casework.notice.completed.ONLINE_COURIER",
          new Object[] {number.value(), tracking}, ZH);
      default -> messages.getMessage("casework.notice.completed.ONLINE_ONLINE", new Object[] {number.value()}, ZH);
    };
    if (event.status() == CaseView.Status.PARTIALLY_COMPLETED) {
      text = text + messages.getMessage("casework.notice.partly", new Object[] {reasons(number)}, ZH);
    }
    notifier.notify(new Notifier.Notice(number, casework.mobileOf(number), text));
  }

  private String reasons(CaseNumber number) {
    List<String> refused = casework.view(number).items().stream().filter(i -> Boolean.FALSE.equals(i.approved()))
        .map(i -> i.name() + "（" + (i.reason() == null ? "" : i.reason()) + "）").toList();
    return String.join("；", refused);
  }
}
