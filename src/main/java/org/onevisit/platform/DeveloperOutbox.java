package org.onevisit.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SMS "gateway" of a developer machine and the demo: messages are stored in {@code
 * platform_sms_outbox} and shown at {@code /dev/outbox}, which exists only when this bean does (demo
 * profile). Never enable it in a deployment.
 */
public class DeveloperOutbox implements SmsSender {

  private static final Logger log = LoggerFactory.getLogger(DeveloperOutbox.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  DeveloperOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void send(String mobile, String text) {
    jdbc.sql("insert into platform_sms_outbox (mobile, text, sent_at) values (?, ?, ?)")
        .params(mobile, text, OffsetDateTime.ofInstant(Instant.now(clock), ChinaTime.ZONE))
        .update();
    log.info("SMS to {} placed in the developer outbox", PersonalData.maskPhone(mobile));
  }

  /** The newest messages first. */
  public List<Message> latest(int limit) {
    return jdbc.sql("select mobile, text, sent_at from platform_sms_outbox order by id desc limit ?")
        .param(limit)
        .query((rs, i) -> new Message(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  /** @param mobile the full number (shown masked on the page) */
  public record Message(String mobile, String text, OffsetDateTime sentAt) {
    public String maskedMobile() {
      return PersonalData.maskPhone(mobile);
    }
  }
}
