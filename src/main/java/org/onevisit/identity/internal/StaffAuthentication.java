package org.onevisit.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.platform.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Staff log in with username and password (Argon2id hashes). Throttled: 5 failures of one username in
 * 15 minutes lock it for the rest of that window, 30 failures from one address block the address. Every
 * attempt is recorded.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int MAX_FAILURES_PER_USER = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 30;
  static final int CONCURRENT_HASHES = 4;

  private static final Logger log = LoggerFactory.getLogger(StaffAuthentication.class);

  private final JdbcAccounts accounts;
  private final PasswordEncoder passwords;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final String dummyHash;
  private final Semaphore hashing = new Semaphore(CONCURRENT_HASHES);

  StaffAuthentication(JdbcAccounts accounts, PasswordEncoder passwords, JdbcClient jdbc, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.jdbc = jdbc;
    this.clock = clock;
    this.dummyHash = passwords.encode("timing-equaliser");
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = String.valueOf(authentication.getName()).strip();
    String password = String.valueOf(authentication.getCredentials());
    String address = clientAddress();
    Instant now = Instant.now(clock);
    if (failures("username", username, now) >= MAX_FAILURES_PER_USER
        || failures("client_ip", address, now) >= MAX_FAILURES_PER_ADDRESS) {
      record(username, address, false, now);
      throw new LockedException("Too many failed attempts");
    }
    Optional<JdbcAccounts.StaffWithPassword> staff = accounts.findStaffWithPassword(username);
    boolean matches = verify(password, staff.map(JdbcAccounts.StaffWithPassword::passwordHash).orElse(dummyHash));
    if (staff.isEmpty() || !matches) {
      record(username, address, false, now);
      throw new BadCredentialsException("Bad credentials");
    }
    if (!staff.get().enabled()) {
      record(username, address, false, now);
      throw new DisabledException("Account disabled");
    }
    record(username, address, true, now);
    StaffMember member = staff.get().member();
    List<SimpleGrantedAuthority> authorities = member.roles().stream()
        .map(Role::authority)
        .map(SimpleGrantedAuthority::new)
        .toList();
    log.info("Staff {} logged in from {}", username, address);
    return UsernamePasswordAuthenticationToken.authenticated(member, null,
        concat(authorities, new SimpleGrantedAuthority("ROLE_STAFF")));
  }

  /**
   * Argon2 takes 16 MiB and tens of milliseconds per check: at most {@link #CONCURRENT_HASHES} run at once,
   * so a burst of anonymous login posts cannot exhaust memory; the rest wait briefly, then fail.
   */
  private boolean verify(String password, String hash) {
    try {
      if (!hashing.tryAcquire(3, TimeUnit.SECONDS)) {
        throw new AuthenticationServiceException("Too many logins at once");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuthenticationServiceException("Interrupted", e);
    }
    try {
      return passwords.matches(password, hash);
    } finally {
      hashing.release();
    }
  }

  private static List<SimpleGrantedAuthority> concat(List<SimpleGrantedAuthority> a, SimpleGrantedAuthority b) {
    var all = new java.util.ArrayList<>(a);
    all.add(b);
    return all;
  }

  private long failures(String column, String value, Instant now) {
    return jdbc.sql("select count(*) from identity_login_attempt where " + column
            + " = ? and not succeeded and at > ?")
        .params(value, OffsetDateTime.ofInstant(now.minus(WINDOW), ChinaTime.ZONE))
        .query(Long.class)
        .single();
  }

  private void record(String username, String address, boolean succeeded, Instant now) {
    jdbc.sql("insert into identity_login_attempt (username, client_ip, succeeded, at) values (?, ?, ?, ?)")
        .params(username.length() > 64 ? username.substring(0, 64) : username, address, succeeded,
            OffsetDateTime.ofInstant(now, ChinaTime.ZONE))
        .update();
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
