package org.onevisit.workday.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.ChinaTime;
import org.onevisit.workday.ChinaCalendar;
import org.onevisit.workday.WorkdayOverride;
import org.onevisit.workday.WorkdayOverrides;
import org.onevisit.workday.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link WorkingDays} over a {@link ChinaCalendar} built from the {@code workday_override} table. The
 * table is tiny (a few dozen rows a year), so it is read whole: after every change on this node, and
 * lazily on the first lookup after {@code onevisit.workday.refresh-interval} (default one minute) so
 * that other nodes' changes arrive without a scheduler or a message bus.
 */
@Service
class CachedWorkingDays implements WorkingDays, WorkdayOverrides {

  private static final Logger log = LoggerFactory.getLogger(CachedWorkingDays.class);
  private static final int MAX_NAME_LENGTH = 100;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final long refreshNanos;
  private volatile @Nullable Snapshot snapshot;

  CachedWorkingDays(JdbcClient jdbc, Clock clock,
      @Value("${onevisit.workday.refresh-interval:1m}") Duration refreshInterval) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.refreshNanos = refreshInterval.toNanos();
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    return current().calendar().isWorkingDay(day);
  }

  @Override
  public LocalDate addWorkingDays(LocalDate start, int n) {
    return current().calendar().addWorkingDays(start, n);
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
    return current().calendar().workingDaysBetween(from, toExclusive);
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ChinaTime.ZONE));
  }

  @Override
  public List<WorkdayOverride> all() {
    return current().overrides();
  }

  @Override
  public WorkdayOverride define(LocalDate day, boolean working, String name, String actor) {
    String trimmedName = name.strip();
    if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name must have 1 to " + MAX_NAME_LENGTH + " characters");
    }
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
    jdbc.sql("""
            insert into workday_override (day, working, name, created_by, created_at)
            values (:day, :working, :name, :actor, :now)
            on conflict (day) do update set working = excluded.working, name = excluded.name,
              created_by = excluded.created_by, created_at = excluded.created_at
            """)
        .param("day", day)
        .param("working", working)
        .param("name", trimmedName)
        .param("actor", actor)
        .param("now", OffsetDateTime.now(clock))
        .update();
    log.info("Workday override: {} is now a {} ({}), defined by {}", day, working ? "working day" : "day off",
        trimmedName, actor);
    return reload().overrides().stream()
        .filter(o -> o.day().equals(day))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public boolean remove(LocalDate day, String actor) {
    int removed = jdbc.sql("delete from workday_override where day = :day").param("day", day).update();
    if (removed > 0) {
      log.info("Workday override of {} removed by {}", day, actor);
      reload();
    }
    return removed > 0;
  }

  private Snapshot current() {
    Snapshot current = snapshot;
    if (current != null && System.nanoTime() - current.loadedAt() < refreshNanos) {
      return current;
    }
    synchronized (this) {
      current = snapshot;
      if (current != null && System.nanoTime() - current.loadedAt() < refreshNanos) {
        return current;
      }
      if (current == null) {
        return reload();
      }
      try {
        return reload();
      } catch (DataAccessException e) {
        log.warn("Could not refresh workday overrides, keeping the last ones for another interval", e);
        Snapshot kept = new Snapshot(current.overrides(), current.calendar(), System.nanoTime());
        snapshot = kept;
        return kept;
      }
    }
  }

  private synchronized Snapshot reload() {
    List<WorkdayOverride> overrides = jdbc.sql("""
            select day, working, name, created_by, created_at from workday_override order by day
            """)
        .query(CachedWorkingDays::override)
        .list();
    Map<LocalDate, Boolean> byDay = overrides.stream()
        .collect(Collectors.toMap(WorkdayOverride::day, WorkdayOverride::working));
    Snapshot loaded = new Snapshot(List.copyOf(overrides), new ChinaCalendar(byDay), System.nanoTime());
    snapshot = loaded;
    return loaded;
  }

  private static WorkdayOverride override(ResultSet rs, int row) throws SQLException {
    return new WorkdayOverride(
        rs.getObject("day", LocalDate.class),
        rs.getBoolean("working"),
        rs.getString("name"),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  private record Snapshot(List<WorkdayOverride> overrides, ChinaCalendar calendar, long loadedAt) {}
}
