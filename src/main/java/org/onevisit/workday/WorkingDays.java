package org.onevisit.workday;

import java.time.LocalDate;

/**
 * 工作日历: working days of the Chinese civil calendar in Asia/Shanghai. A day is a working day when an
 * administrator's override says so; otherwise when the State Council's schedule (from tyme4j) makes it a
 * working day (including 调休 weekend working days); otherwise when it is Monday to Friday and not a
 * public holiday. For years the schedule does not cover yet, weekends are the only days off until an
 * administrator enters the schedule (see {@link ChinaCalendar}).
 *
 * <p>All arguments are non-null. Results reflect overrides at most one minute old on other nodes and
 * immediately on the node that changed them.
 */
public interface WorkingDays {

  /** True when {@code day} is a working day. */
  boolean isWorkingDay(LocalDate day);

  /**
   * The {@code n}-th working day after {@code start}, {@code start} itself not counted: with {@code n =
   * 1} the next working day. {@code n = 0} returns {@code start} if it is a working day, else the next
   * working day. A negative {@code n} counts backwards: {@code -1} is the last working day before
   * {@code start}.
   */
  LocalDate addWorkingDays(LocalDate start, int n);

  /**
   * The number of working days in {@code [from, toExclusive)}; negative (minus the working days in
   * {@code [toExclusive, from)}) when {@code toExclusive} is before {@code from}; 0 when they are equal.
   */
  int workingDaysBetween(LocalDate from, LocalDate toExclusive);

  /** Today in Asia/Shanghai according to the platform's {@link java.time.Clock}. */
  LocalDate today();
}
