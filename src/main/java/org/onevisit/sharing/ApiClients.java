package org.onevisit.sharing;

import java.time.Duration;
import java.util.List;
import org.onevisit.identity.StaffMember;

/**
 * Credentials of department systems (接口调用方) that read through {@code /api/v1/sharing}: a client id and a
 * secret, shown once and stored as SHA-256 (the secret is 256 random bits); the token endpoint exchanges them
 * for a bearer token valid {@link #TOKEN_LIFETIME}. See ADR 0006.
 */
public interface ApiClients {

  Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

  /** A registered client and its secret, which is never shown again. */
  record Credentials(String clientId, String secret) implements java.io.Serializable {
    @Override
    public String toString() {
      return "Credentials[" + clientId + "]";
    }
  }

  /** A client as listed for administrators. */
  record Client(String clientId, String departmentCode, String name, boolean enabled) {}

  /** A department system authenticated by its token. */
  record Authenticated(String clientId, String departmentCode) {
    public Consumer consumer() {
      return new Consumer(departmentCode, "client:" + clientId);
    }
  }

  /** An issued bearer token. */
  record Token(String value, Duration lifetime) {}

  /**
   * Registers a system of a department in the administrator's region ({@code DATA_ADMIN}).
   *
   * @throws SharingException {@code NOT_ALLOWED} outside his region, {@code NOT_FOUND} for an unknown department
   */
  Credentials register(String departmentCode, String name, StaffMember admin);

  /** Disables a client and drops its tokens. */
  void disable(String clientId, StaffMember admin);

  List<Client> all();

  /** @throws SharingException {@code BAD_CREDENTIALS} for an unknown or disabled client or a wrong secret */
  Token issueToken(String clientId, String secret);

  /** The client a live token belongs to, if any. */
  java.util.Optional<Authenticated> authenticate(String token);
}
