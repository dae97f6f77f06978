package org.onevisit.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.ApiClients;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secrets and tokens are 256 random bits, so a single SHA-256 is enough to store them (a slow password hash
 * protects guessable secrets, which these are not) and lets every API call be checked in microseconds.
 */
@Service
class JdbcApiClients implements ApiClients {

  private static final Logger log = LoggerFactory.getLogger(JdbcApiClients.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Departments departments;
  private final Clock clock;

  JdbcApiClients(JdbcClient jdbc, Departments departments, Clock clock) {
    this.jdbc = jdbc;
    this.departments = departments;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Credentials register(String departmentCode, String name, StaffMember admin) {
    Department department = departments.findByCode(departmentCode)
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "Unknown department " + departmentCode));
    if (!admin.has(Role.DATA_ADMIN) || !admin.region().covers(department.region())) {
      throw new SharingException(SharingError.NOT_ALLOWED, "Outside the administrator's region: " + departmentCode);
    }
    String label = name.strip();
    if (label.isEmpty() || label.length() > 100) {
      throw new SharingException(SharingError.INVALID_REQUEST, "A name of 1 to 100 characters is needed");
    }
    String clientId = departmentCode.toLowerCase(java.util.Locale.ROOT) + "-" + random(6);
    String secret = random(32);
    jdbc.sql("""
            insert into sharing_api_client (client_id, secret_hash, department_code, name, created_by, created_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(clientId, sha256(secret), departmentCode, label, "staff:" + admin.username(), now())
        .update();
    log.info("API client {} registered for {} by {}", clientId, departmentCode, admin.username());
    return new Credentials(clientId, secret);
  }

  @Override
  @Transactional
  public void disable(String clientId, StaffMember admin) {
    var client = all().stream().filter(c -> c.clientId().equals(clientId)).findFirst()
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "No client " + clientId));
    var department = departments.findByCode(client.departmentCode()).orElseThrow();
    if (!admin.has(Role.DATA_ADMIN) || !admin.region().covers(department.region())) {
      throw new SharingException(SharingError.NOT_ALLOWED, "Outside the administrator's region");
    }
    jdbc.sql("update sharing_api_client set enabled = false where client_id = ?").param(clientId).update();
    jdbc.sql("delete from sharing_api_token where client_id = ?").param(clientId).update();
  }

  @Override
  public List<Client> all() {
    return jdbc.sql("select client_id, department_code, name, enabled from sharing_api_client order by created_at desc")
        .query((rs, i) -> new Client(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .list();
  }

  @Override
  @Transactional
  public Token issueToken(String clientId, String secret) {
    var stored = jdbc.sql("select secret_hash, enabled from sharing_api_client where client_id = ?")
        .param(clientId)
        .query((rs, i) -> rs.getBoolean(2) ? rs.getBytes(1) : null)
        .optional();
    byte[] given = sha256(secret);
    if (stored.isEmpty() || !MessageDigest.isEqual(stored.get(), given)) {
      throw new SharingException(SharingError.BAD_CREDENTIALS, "Unknown client, disabled client or wrong secret");
    }
    String token = random(32);
    jdbc.sql("insert into sharing_api_token (token_hash, client_id, expires_at) values (?, ?, ?)")
        .params(sha256(token), clientId, OffsetDateTime.ofInstant(Instant.now(clock).plus(TOKEN_LIFETIME), ChinaTime.ZONE))
        .update();
    return new Token(token, TOKEN_LIFETIME);
  }

  @Override
  public Optional<Authenticated> authenticate(String token) {
    if (token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("""
            select c.client_id, c.department_code from sharing_api_token t
            join sharing_api_client c on c.client_id = t.client_id
            where t.token_hash = ? and t.expires_at > ? and c.enabled""")
        .params(sha256(token), now())
        .query((rs, i) -> new Authenticated(rs.getString(1), rs.getString(2)))
        .optional();
  }

  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
  void dropExpiredTokens() {
    jdbc.sql("delete from sharing_api_token where expires_at < ?").param(now()).update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(clock), ChinaTime.ZONE);
  }

  private static String random(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
