package org.onevisit.catalog;

/**
 * 时限: the statutory (法定时限) and committed (承诺时限) time limits in working days. Neither may be
 * negative; that the committed one is positive and within the statutory one is a standardisation
 * check ({@link CommittedWithinStatutory}), so a draft may still be incomplete.
 */
public record TimeLimits(int statutoryDays, int committedDays) {

  public TimeLimits {
    if (statutoryDays < 0 || committedDays < 0) {
      throw new IllegalArgumentException("Time limits cannot be negative");
    }
  }

  public static TimeLimits of(int statutoryDays, int committedDays) {
    return new TimeLimits(statutoryDays, committedDays);
  }
}
