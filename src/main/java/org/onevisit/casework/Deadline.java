package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.workday.WorkingDays;

/**
 * 办理时限: when a case (or one of its items) is due, counted in working days from the day after acceptance,
 * with the working days of every stop of the clock (一次性告知 until supplied) added, and where it stands
 * today.
 *
 * @param due the last working day on which it is on time
 * @param state on time, warning (due today or on the next working day), overdue, or stopped
 * @param workingDaysLeft working days from today to {@code due}, today included; negative when overdue
 */
public record Deadline(LocalDate due, State state, int workingDaysLeft) {

  /** 时限状态. */
  public enum State {
    /** 正常 */
    ON_TIME,
    /** 预警: due today or on the next working day */
    WARNING,
    /** 超期 */
    OVERDUE,
    /** 计时暂停: waiting for the applicant's supplement */
    STOPPED
  }

  /**
   * A stop of the clock: the supplement was requested on {@code from} and supplied on {@code until} (null
   * while waiting). The working days after {@code from} up to and including {@code until} do not count.
   */
  public record ClockStop(LocalDate from, @Nullable LocalDate until) {
    public ClockStop {
      Objects.requireNonNull(from, "from");
      if (until != null && until.isBefore(from)) {
        throw new IllegalArgumentException("A clock stop cannot end before it starts");
      }
    }
  }

  /**
   * The deadline of something accepted on {@code acceptedOn} with {@code committedDays} working days.
   *
   * @param stops the stops of the clock so far; at most the last may be open
   */
  public static Deadline of(WorkingDays days, LocalDate acceptedOn, int committedDays, List<ClockStop> stops,
      LocalDate today) {
    if (committedDays < 0) {
      throw new IllegalArgumentException("Committed days cannot be negative");
    }
    int stopped = 0;
    boolean open = false;
    for (ClockStop stop : stops) {
      LocalDate until = stop.until() == null ? today : stop.until();
      open |= stop.until() == null;
      stopped += Math.max(0, days.workingDaysBetween(stop.from().plusDays(1), until.plusDays(1)));
    }
    LocalDate due = days.addWorkingDays(acceptedOn, committedDays + stopped);
    int left = today.isAfter(due) ? -days.workingDaysBetween(due.plusDays(1), today.plusDays(1))
        : days.workingDaysBetween(today, due.plusDays(1));
    State state = open ? State.STOPPED
        : today.isAfter(due) ? State.OVERDUE
        : left <= 2 ? State.WARNING
        : State.ON_TIME;
    return new Deadline(due, state, left);
  }
}
