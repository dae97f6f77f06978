package org.onevisit.workday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChinaCalendarTests {

  ChinaCalendar calendar = ChinaCalendar.withoutOverrides();

  @Test
  void springFestival2025IsOffFromJanuary28ToFebruary4() {
    for (LocalDate day = date("2025-01-28"); !day.isAfter(date("2025-02-04")); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(date("2025-01-27"))).isTrue();
    assertThat(calendar.isWorkingDay(date("2025-02-05"))).isTrue();
  }

  @Test
  void springFestival2025MakeUpWeekendDaysAreWorkingDays() {
    assertThat(calendar.isWorkingDay(date("2025-01-26"))).as("Sunday").isTrue();
    assertThat(calendar.isWorkingDay(date("2025-02-08"))).as("Saturday").isTrue();
  }

  @Test
  void springFestival2026MakeUpSaturdaysAreWorkingDays() {
    assertThat(calendar.isWorkingDay(date("2026-02-14"))).isTrue();
    assertThat(calendar.isWorkingDay(date("2026-02-28"))).isTrue();
  }

  @Test
  void nationalDay2024IsOffFromOctober1To7() {
    for (LocalDate day = date("2024-10-01"); !day.isAfter(date("2024-10-07")); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
  }

  @Test
  void nationalDay2024MakeUpWeekendDaysAreWorkingDays() {
    assertThat(calendar.isWorkingDay(date("2024-09-29"))).as("Sunday").isTrue();
    assertThat(calendar.isWorkingDay(date("2024-10-12"))).as("Saturday").isTrue();
  }

  @Test
  void anOrdinaryWeekendIsOffAndItsWeekdaysWork() {
    assertThat(calendar.isWorkingDay(date("2025-03-15"))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(date("2025-03-16"))).as("Sunday").isFalse();
    assertThat(calendar.isWorkingDay(date("2025-03-17"))).as("Monday").isTrue();
  }

  @Test
  void addingWorkingDaysSkipsSpringFestival2025() {
    // Fri 01-24 → Sun 01-26 (make-up, 1), Mon 01-27 (2), 01-28..02-04 off, Wed 02-05 (3)
    assertThat(calendar.addWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-01-26"));
    assertThat(calendar.addWorkingDays(date("2025-01-24"), 3)).isEqualTo(date("2025-02-05"));
  }

  @Test
  void addingZeroWorkingDaysKeepsAWorkingDayAndMovesOffAHoliday() {
    assertThat(calendar.addWorkingDays(date("2025-01-24"), 0)).isEqualTo(date("2025-01-24"));
    assertThat(calendar.addWorkingDays(date("2025-01-30"), 0)).isEqualTo(date("2025-02-05"));
  }

  @Test
  void addingNegativeWorkingDaysCountsBackwards() {
    assertThat(calendar.addWorkingDays(date("2025-02-05"), -1)).isEqualTo(date("2025-01-27"));
    assertThat(calendar.addWorkingDays(date("2025-02-05"), -3)).isEqualTo(date("2025-01-24"));
  }

  @Test
  void countsWorkingDaysOverNationalDay2024() {
    // Sat 09-28 off; 09-29 (make-up) and 09-30 work; 10-01..07 off; 10-08..11 work; Sat 10-12 (make-up) works
    assertThat(calendar.workingDaysBetween(date("2024-09-28"), date("2024-10-14"))).isEqualTo(7);
    assertThat(calendar.workingDaysBetween(date("2024-09-30"), date("2024-10-08"))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(date("2024-10-14"), date("2024-09-28"))).isEqualTo(-7);
    assertThat(calendar.workingDaysBetween(date("2024-10-01"), date("2024-10-01"))).isZero();
  }

  @Test
  void addAndCountAgree() {
    LocalDate start = date("2024-09-20");
    for (int n = 1; n <= 40; n++) {
      LocalDate end = calendar.addWorkingDays(start, n);
      assertThat(calendar.workingDaysBetween(start.plusDays(1), end.plusDays(1))).isEqualTo(n);
    }
  }

  @Test
  void anOverrideWinsOverTheSchedule() {
    var overridden = new ChinaCalendar(Map.of(date("2025-01-28"), true, date("2025-03-17"), false));

    assertThat(overridden.isWorkingDay(date("2025-01-28"))).isTrue();
    assertThat(overridden.isWorkingDay(date("2025-03-17"))).isFalse();
  }

  @Test
  void anOverrideFor2027Wins() {
    var overridden = new ChinaCalendar(Map.of(date("2027-01-01"), false, date("2027-01-02"), true));

    assertThat(overridden.isWorkingDay(date("2027-01-01"))).as("Friday, New Year's Day").isFalse();
    assertThat(overridden.isWorkingDay(date("2027-01-02"))).as("Saturday, make-up day").isTrue();
    assertThat(overridden.covers(2027)).isTrue();
  }

  @Test
  void without2027ScheduleOnlyWeekendsAreOff() {
    assertThat(calendar.covers(2027)).isFalse();
    assertThat(calendar.isWorkingDay(date("2027-01-01"))).as("Friday, New Year's Day").isTrue();
    assertThat(calendar.isWorkingDay(date("2027-01-02"))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(date("2027-10-01"))).as("Friday, National Day").isTrue();
  }

  @Test
  void knowsTheYearsTheLibraryCovers() {
    assertThat(calendar.covers(2024)).isTrue();
    assertThat(calendar.covers(2025)).isTrue();
    assertThat(calendar.covers(2026)).isTrue();
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aDayAskedAgainIsAnsweredAsTheFirstTime() {
    var calendar = new ChinaCalendar(java.util.Map.of(java.time.LocalDate.of(2025, 10, 11), false));
    var first = new java.util.ArrayList<Boolean>();
    for (var day = java.time.LocalDate.of(2024, 12, 1); day.isBefore(java.time.LocalDate.of(2026, 3, 1)); day = day.plusDays(1)) {
      first.add(calendar.isWorkingDay(day));
    }
    var again = new java.util.ArrayList<Boolean>();
    var fresh = new java.util.ArrayList<Boolean>();
    var other = new ChinaCalendar(java.util.Map.of(java.time.LocalDate.of(2025, 10, 11), false));
    for (var day = java.time.LocalDate.of(2024, 12, 1); day.isBefore(java.time.LocalDate.of(2026, 3, 1)); day = day.plusDays(1)) {
      again.add(calendar.isWorkingDay(day));
      fresh.add(other.isWorkingDay(day));
    }
    org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first).isEqualTo(fresh);
    org.assertj.core.api.Assertions.assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2025, 10, 11)))
        .as("the override, not the remembered statutory answer").isFalse();
    org.assertj.core.api.Assertions.assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2025, 10, 1)))
        .as("国庆节").isFalse();
  }
}
