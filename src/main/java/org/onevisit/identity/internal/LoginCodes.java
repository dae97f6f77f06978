package org.onevisit.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.platform.ChinaTime;
import org.onevisit.platform.PersonalData;
import org.onevisit.platform.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time login codes (短信验证码). A code lives 5 minutes; 5 wrong tries lock it; a new code replaces the
 * open one; a mobile number gets at most one code a minute and 5 an hour, and none for a day after 10 wrong
 * codes; an address gets 20 an hour. Requests for one mobile or address are serialised (advisory locks). The answer to a request never tells
 * whether the ID number and mobile belong together: an unknown pair gets a challenge that no code opens.
 */
@Service
public class LoginCodes {

  static final Duration VALIDITY = Duration.ofMinutes(5);
  static final int MAX_TRIES = 5;
  static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);
  static final int PER_MOBILE_PER_HOUR = 5;
  static final int PER_ADDRESS_PER_HOUR = 20;
  static final int MAX_FAILURES_PER_DAY = 10;

  private static final Logger log = LoggerFactory.getLogger(LoginCodes.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final SmsSender sms;
  private final MessageSource messages;
  private final Clock clock;

  LoginCodes(JdbcClient jdbc, SmsSender sms, MessageSource messages, Clock clock) {
    this.jdbc = jdbc;
    this.sms = sms;
    this.messages = messages;
    this.clock = clock;
  }

  /** The outcome of asking for a code. */
  public sealed interface Requested {
    /** A challenge was opened; a code went out if the details matched. */
    record Sent(UUID challenge) implements Requested {}

    /** Too many codes for this number or address; try again after the given time. */
    record Throttled(Duration retryAfter) implements Requested {}
  }

  /** The outcome of entering a code. */
  public sealed interface Verified {
    record LoggedIn(Applicant applicant) implements Verified {}

    record WrongCode(int triesLeft) implements Verified {}

    record Locked() implements Verified {}

    record Expired() implements Verified {}

    /** No open challenge: never asked, already used, or replaced. */
    record NoChallenge() implements Verified {}
  }

  /** Asks for a code for a person logging in as himself. */
  @Transactional
  public Requested requestForCitizen(IdNumber idNumber, String mobile, String clientIp, Locale locale) {
    requireGateway();
    Optional<Long> citizen = jdbc.sql("select id from identity_citizen where id_number = ? and mobile = ?")
        .params(idNumber.value(), mobile)
        .query(Long.class)
        .optional();
    return open(mobile, citizen.orElse(null), null, clientIp, locale);
  }

  /** Asks for a code for a representative logging in for an enterprise. */
  @Transactional
  public Requested requestForEnterprise(
      CreditCode creditCode, IdNumber representative, String mobile, String clientIp, Locale locale) {
    requireGateway();
    record Pair(long citizen, long enterprise) {}
    Optional<Pair> pair = jdbc.sql("""
            select c.id, e.id from identity_enterprise e
            join identity_representative r on r.enterprise_id = e.id
            join identity_citizen c on c.id = r.citizen_id
            where e.credit_code = ? and c.id_number = ? and c.mobile = ?""")
        .params(creditCode.value(), representative.value(), mobile)
        .query((rs, i) -> new Pair(rs.getLong(1), rs.getLong(2)))
        .optional();
    return open(mobile, pair.map(Pair::citizen).orElse(null), pair.map(Pair::enterprise).orElse(null), clientIp,
        locale);
  }

  /** Whether codes can go out at all is the same answer for every ID number and mobile. */
  private void requireGateway() {
    if (!sms.available()) {
      throw new SmsSender.SmsUnavailableException("No SMS gateway is available");
    }
  }

  private Requested open(
      String mobile, @Nullable Long citizenId, @Nullable Long enterpriseId, String clientIp, Locale locale) {
    // serialise requests for one mobile and one address, so that parallel requests cannot all pass the count
    jdbc.sql("select pg_advisory_xact_lock(hashtext('login-code:mobile:' || ?)), "
            + "pg_advisory_xact_lock(hashtext('login-code:ip:' || ?))")
        .params(mobile, clientIp)
        .query((rs, i) -> 1)
        .list();
    Instant now = Instant.now(clock);
    Optional<Duration> wait = throttle(mobile, clientIp, now);
    if (wait.isPresent()) {
      log.info("Login code for {} from {} throttled", PersonalData.maskPhone(mobile), clientIp);
      return new Requested.Throttled(wait.get());
    }
    // a new code replaces any earlier open one for this mobile
    jdbc.sql("update identity_login_code set used_at = ? where mobile = ? and used_at is null")
        .params(at(now), mobile)
        .update();
    UUID challenge = UUID.randomUUID();
    String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
    jdbc.sql("""
            insert into identity_login_code
              (id, mobile, citizen_id, enterprise_id, code_hash, client_ip, created_at, expires_at, locked)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(challenge, mobile, citizenId, enterpriseId, hash(challenge, code), clientIp, at(now),
            at(now.plus(VALIDITY)), citizenId == null)
        .update();
    if (citizenId != null) {
      try {
        sms.send(mobile, messages.getMessage("identity.sms.loginCode", new Object[] {code, VALIDITY.toMinutes()},
            locale));
      } catch (RuntimeException e) {
        // answered like any other request: a failure must not tell that the ID number and mobile match
        log.warn("SMS gateway failed for {}; the applicant may ask again after a minute", PersonalData.maskPhone(mobile), e);
      }
    }
    log.info("Login challenge opened for {} (match: {})", PersonalData.maskPhone(mobile), citizenId != null);
    return new Requested.Sent(challenge);
  }

  private Optional<Duration> throttle(String mobile, String clientIp, Instant now) {
    OffsetDateTime hourAgo = at(now.minus(Duration.ofHours(1)));
    record Window(long lastHour, @Nullable OffsetDateTime newest, @Nullable OffsetDateTime oldest) {}
    Window byMobile = jdbc.sql("""
            select count(*), max(created_at), min(created_at) from identity_login_code
            where mobile = ? and created_at > ?""")
        .params(mobile, hourAgo)
        .query((rs, i) -> new Window(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
            rs.getObject(3, OffsetDateTime.class)))
        .single();
    if (byMobile.newest() != null && byMobile.newest().toInstant().plus(RESEND_INTERVAL).isAfter(now)) {
      return Optional.of(Duration.between(now, byMobile.newest().toInstant().plus(RESEND_INTERVAL)));
    }
    if (byMobile.lastHour() >= PER_MOBILE_PER_HOUR && byMobile.oldest() != null) {
      return Optional.of(Duration.between(now, byMobile.oldest().toInstant().plus(Duration.ofHours(1))));
    }
    long failedToday = jdbc.sql("select coalesce(sum(failed_tries), 0) from identity_login_code where mobile = ? and created_at > ?")
        .params(mobile, at(now.minus(Duration.ofDays(1))))
        .query(Long.class)
        .single();
    if (failedToday >= MAX_FAILURES_PER_DAY) {
      return Optional.of(Duration.ofDays(1));
    }
    long byAddress = jdbc.sql("select count(*) from identity_login_code where client_ip = ? and created_at > ?")
        .params(clientIp, hourAgo)
        .query(Long.class)
        .single();
    if (byAddress >= PER_ADDRESS_PER_HOUR) {
      return Optional.of(Duration.ofHours(1));
    }
    return Optional.empty();
  }

  /** Checks a code against its challenge; a success uses the challenge up. */
  @Transactional
  public Verified verify(UUID challenge, String code) {
    Instant now = Instant.now(clock);
    record Row(@Nullable Long citizenId, @Nullable Long enterpriseId, String codeHash, OffsetDateTime expiresAt,
        int failedTries, boolean locked, @Nullable OffsetDateTime usedAt) {}
    Optional<Row> found = jdbc.sql("""
            select citizen_id, enterprise_id, code_hash, expires_at, failed_tries, locked, used_at
            from identity_login_code where id = ? for update""")
        .param(challenge)
        .query((rs, i) -> new Row(rs.getObject(1, Long.class), rs.getObject(2, Long.class), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getBoolean(6),
            rs.getObject(7, OffsetDateTime.class)))
        .optional();
    if (found.isEmpty() || found.get().usedAt() != null) {
      return new Verified.NoChallenge();
    }
    Row row = found.get();
    if (row.failedTries() >= MAX_TRIES || (row.locked() && row.citizenId() != null)) {
      return new Verified.Locked();
    }
    if (!row.expiresAt().toInstant().isAfter(now)) {
      return new Verified.Expired();
    }
    boolean matches = row.citizenId() != null
        && MessageDigest.isEqual(row.codeHash().getBytes(StandardCharsets.US_ASCII),
            hash(challenge, code.strip()).getBytes(StandardCharsets.US_ASCII));
    if (!matches) {
      int tries = row.failedTries() + 1;
      jdbc.sql("update identity_login_code set failed_tries = ?, locked = ? where id = ?")
          .params(tries, tries >= MAX_TRIES || row.locked(), challenge)
          .update();
      return tries >= MAX_TRIES ? new Verified.Locked() : new Verified.WrongCode(MAX_TRIES - tries);
    }
    jdbc.sql("update identity_login_code set used_at = ? where id = ?").params(at(now), challenge).update();
    return new Verified.LoggedIn(applicant(row.citizenId(), row.enterpriseId()));
  }

  private Applicant applicant(long citizenId, @Nullable Long enterpriseId) {
    record Person(String idNumber, String name) {}
    Person person = jdbc.sql("select id_number, name from identity_citizen where id = ?")
        .param(citizenId)
        .query((rs, i) -> new Person(rs.getString(1), rs.getString(2)))
        .single();
    if (enterpriseId == null) {
      return new Applicant(citizenId, person.idNumber(), person.name(), null, null, null);
    }
    record Enterprise(String creditCode, String name) {}
    Enterprise e = jdbc.sql("select credit_code, name from identity_enterprise where id = ?")
        .param(enterpriseId)
        .query((rs, i) -> new Enterprise(rs.getString(1), rs.getString(2)))
        .single();
    return new Applicant(citizenId, person.idNumber(), person.name(), enterpriseId, e.creditCode(), e.name());
  }

  /**
   * Forgets codes and staff login attempts older than a day: throttling looks back one hour, and the
   * audit of logins lives in the log. Runs hourly on every node; the delete is idempotent.
   */
  @Scheduled(cron = "0 17 * * * *", zone = "Asia/Shanghai")
  @Transactional
  public void purgeExpired() {
    OffsetDateTime dayAgo = at(Instant.now(clock).minus(Duration.ofDays(1)));
    int codes = jdbc.sql("delete from identity_login_code where created_at < ?").param(dayAgo).update();
    int attempts = jdbc.sql("delete from identity_login_attempt where at < ?").param(dayAgo).update();
    log.debug("Purged {} login codes and {} login attempts older than a day", codes, attempts);
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ChinaTime.ZONE);
  }

  private static String hash(UUID challenge, String code) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((challenge + ":" + code).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
