package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.Deadline.ClockStop;
import org.onevisit.casework.Deadline.State;
import org.onevisit.workday.ChinaCalendar;
import org.onevisit.workday.WorkingDays;

/** Deadlines on the real 2025 calendar (Spring Festival 01-28..02-04 off, 01-26 and 02-08 worked). */
class DeadlineTests {

  static final ChinaCalendar CALENDAR = ChinaCalendar.withoutOverrides();
  static final WorkingDays DAYS = new WorkingDays() {
    public boolean isWorkingDay(LocalDate day) {
      return CALENDAR.isWorkingDay(day);
    }

    public LocalDate addWorkingDays(LocalDate start, int n) {
      return CALENDAR.addWorkingDays(start, n);
    }

    public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
      return CALENDAR.workingDaysBetween(from, toExclusive);
    }

    public LocalDate today() {
      throw new UnsupportedOperationException();
    }
  };

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void fiveWorkingDaysFromAFridaySkipTheWeekend() {
    var deadline = Deadline.of(DAYS, d("2025-03-07"), 5, List.of(), d("2025-03-07"));

    assertThat(deadline.due()).isEqualTo(d("2025-03-14"));
    assertThat(deadline.state()).isEqualTo(State.ON_TIME);
    assertThat(deadline.workingDaysLeft()).isEqualTo(6);
  }

  @Test
  void theSpringFestivalDoesNotCountAndTheMakeUpSaturdayDoes() {
    // accepted Friday 01-24: 01-26 (Sunday) is worked, 01-27 too, 01-28..02-04 are off, 02-05 on.
    var deadline = Deadline.of(DAYS, d("2025-01-24"), 3, List.of(), d("2025-01-24"));

    assertThat(deadline.due()).isEqualTo(d("2025-02-05"));
  }

  @Test
  void aStoppedClockAddsTheWorkingDaysOfTheStop() {
    // supplement asked on Tuesday 03-11, supplied on Monday 03-17: 03-12, 13, 14, 17 do not count.
    var deadline = Deadline.of(DAYS, d("2025-03-10"), 5, List.of(new ClockStop(d("2025-03-11"), d("2025-03-17"))),
        d("2025-03-17"));

    assertThat(deadline.due()).isEqualTo(d("2025-03-21"));
  }

  @Test
  void whileWaitingForTheApplicantTheClockIsStopped() {
    var deadline = Deadline.of(DAYS, d("2025-03-10"), 5, List.of(new ClockStop(d("2025-03-11"), null)),
        d("2025-03-13"));

    assertThat(deadline.state()).isEqualTo(State.STOPPED);
    assertThat(deadline.due()).isEqualTo(d("2025-03-19"));
  }

  @Test
  void warningOnTheLastTwoWorkingDaysAndOverdueAfter() {
    assertThat(Deadline.of(DAYS, d("2025-03-10"), 5, List.of(), d("2025-03-13")).state()).isEqualTo(State.ON_TIME);
    assertThat(Deadline.of(DAYS, d("2025-03-10"), 5, List.of(), d("2025-03-14")).state()).isEqualTo(State.WARNING);
    assertThat(Deadline.of(DAYS, d("2025-03-10"), 5, List.of(), d("2025-03-17")).state()).isEqualTo(State.WARNING);
    var overdue = Deadline.of(DAYS, d("2025-03-10"), 5, List.of(), d("2025-03-19"));
    assertThat(overdue.state()).isEqualTo(State.OVERDUE);
    assertThat(overdue.workingDaysLeft()).isEqualTo(-2);
  }

  @Test
  void anImmediateItemIsDueOnTheDayOfAcceptance() {
    assertThat(Deadline.of(DAYS, d("2025-03-10"), 0, List.of(), d("2025-03-10")).due()).isEqualTo(d("2025-03-10"));
  }
}
