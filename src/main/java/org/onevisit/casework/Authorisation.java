package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 代办授权: a citizen's recorded consent that a village agent applies on his behalf until a day.
 *
 * @param agent the agent's staff username
 */
public record Authorisation(long id, String agent, Instant grantedAt, LocalDate validUntil, @Nullable Instant revokedAt) {

  /** Whether it lets the agent act on {@code day}. */
  public boolean validOn(LocalDate day) {
    return revokedAt == null && !day.isAfter(validUntil);
  }
}
