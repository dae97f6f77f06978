package org.onevisit.workday;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day rules of {@link WorkingDays} as a pure, immutable calculation (no Spring, no database),
 * built from a snapshot of the overrides. Rules, first match wins:
 * <ol>
 *   <li>an override for the day;
 *   <li>the statutory schedule known to tyme4j ({@link LegalHoliday}): a holiday is a day off, an
 *       adjusted working day (调休, usually a weekend) is a working day;
 *   <li>Saturday and Sunday are days off, Monday to Friday working days.
 * </ol>
 *
 * <p>Decision: beyond the years tyme4j knows (up to 2026 in version 1.4.9), only weekends are days off
 * until an administrator adds the year's schedule as overrides; a year counts as covered once it has at
 * least one override. The first lookup in an uncovered year logs a WARN (once per year and JVM), so a
 * missing schedule shows up in the logs before deadlines go wrong.
 */
public final class ChinaCalendar {

  private static final Logger log = LoggerFactory.getLogger(ChinaCalendar.class);
  private static final Map<Integer, Boolean> SCHEDULE_KNOWN = new ConcurrentHashMap<>();
  private static final Set<Integer> WARNED = ConcurrentHashMap.newKeySet();
  /** Anonymous API calls can ask about any year: warn about a few, not about every one of them. */
  private static final int MAX_WARNED_YEARS = 10;

  private final Map<LocalDate, Boolean> overrides;
  private final Set<Integer> overriddenYears;
  /**
   * Days already decided by this calendar (the statutory schedule's look-up is the slow part of deadline
   * arithmetic, and deadlines are reckoned over and over for the same weeks). Bounded; the calendar is immutable,
   * so a decided day never changes.
   */
  private final Map<LocalDate, Boolean> decided = new ConcurrentHashMap<>();
  private static final int DECIDED_KEPT = 100_000;

  /**
   * @param overrides working ({@code true}) or day off ({@code false}) per day; copied
   */
  public ChinaCalendar(Map<LocalDate, Boolean> overrides) {
    this.overrides = Map.copyOf(overrides);
    this.overriddenYears = this.overrides.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
  }

  /** The statutory schedule and weekends only. */
  public static ChinaCalendar withoutOverrides() {
    return new ChinaCalendar(Map.of());
  }

  /** @see WorkingDays#isWorkingDay(LocalDate) */
  public boolean isWorkingDay(LocalDate day) {
    Boolean overridden = overrides.get(day);
    if (overridden != null) {
      return overridden;
    }
    Boolean known = decided.get(day);
    if (known != null) {
      return known;
    }
    boolean working = decide(day);
    if (decided.size() < DECIDED_KEPT) {
      decided.put(day, working);
    }
    return working;
  }

  private boolean decide(LocalDate day) {
    if (scheduleKnown(day.getYear())) {
      LegalHoliday holiday = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
      if (holiday != null) {
        return holiday.isWork();
      }
    } else if (!overriddenYears.contains(day.getYear()) && WARNED.size() < MAX_WARNED_YEARS && WARNED.add(day.getYear())) {
      log.warn("No holiday schedule for {}: counting only weekends as days off until an administrator adds it",
          day.getYear());
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** @see WorkingDays#addWorkingDays(LocalDate, int) */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    LocalDate day = start;
    if (n == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    int step = n > 0 ? 1 : -1;
    for (int left = Math.abs(n); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** @see WorkingDays#workingDaysBetween(LocalDate, LocalDate) */
  public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
    if (toExclusive.isBefore(from)) {
      return -workingDaysBetween(toExclusive, from);
    }
    int count = 0;
    for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** True when tyme4j or at least one override holds the schedule of {@code year}. */
  public boolean covers(int year) {
    return scheduleKnown(year) || overriddenYears.contains(year);
  }

  /** New Year's Day is a statutory holiday every year: if tyme4j knows it, it knows the year. */
  private static boolean scheduleKnown(int year) {
    if (year < 1 || year > 9999) {
      return false;
    }
    return SCHEDULE_KNOWN.computeIfAbsent(year, y -> LegalHoliday.fromYmd(y, 1, 1) != null);
  }
}
