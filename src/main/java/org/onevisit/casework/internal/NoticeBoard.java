package org.onevisit.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.onevisit.casework.Notifier;
import org.onevisit.platform.PersonalData;
import org.onevisit.platform.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's {@link Notifier}: keeps every notice on its case (the applicant's case page lists them) and
 * sends it by SMS when the applicant left a mobile number and a gateway is configured (the developer outbox on a
 * developer machine and in the demo). A failed SMS is recorded as not sent; the notice is never lost.
 */
class NoticeBoard implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(NoticeBoard.class);

  private final JdbcClient jdbc;
  private final SmsSender sms;
  private final Clock clock;

  NoticeBoard(JdbcClient jdbc, SmsSender sms, Clock clock) {
    this.jdbc = jdbc;
    this.sms = sms;
    this.clock = clock;
  }

  @Override
  public void notify(Notice notice) {
    boolean sent = false;
    if (notice.mobile() != null && sms.available()) {
      try {
        sms.send(notice.mobile(), notice.text());
        sent = true;
      } catch (RuntimeException e) {
        log.warn("Notice of case {} not sent by SMS to {}: {}", notice.number(), PersonalData.maskPhone(notice.mobile()),
            e.getMessage());
      }
    }
    jdbc.sql("insert into casework_notice (case_number, text, sms_sent, at) values (?, ?, ?, ?)")
        .params(notice.number().value(), notice.text(), sent, Timestamp.from(clock.instant())).update();
  }
}
