package org.onevisit.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.AccessAnomalyDetected;
import org.onevisit.sharing.AccessAnomalyDetected.Rule;
import org.onevisit.sharing.Alarms;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the access log: every {@code onevisit.sharing.anomaly.scan-interval} (2 s) it counts, per actor, the
 * reads, distinct subjects, refusals and off-hours reads (outside 07:00–21:00 or on a day that is not a working day;
 * not counted for reads an applicant's own application makes, actor {@code applicant:…}) of the last minute, compares the reads with the actor's baseline for this hour of the week ({@link #foldBaselines}:
 * more than {@code unusual-factor} (5) times the usual rate and at least {@code unusual-floor} (20) raise
 * {@code UNUSUAL_RATE}), and raises an alarm (row and
 * {@link AccessAnomalyDetected} event) for each rule over its limit, at most once per rule and actor while an
 * alarm is open and younger than 10 minutes. The rules in {@code onevisit.sharing.anomaly.suspend-on} (default
 * {@code SCRAPING}) also suspend every read of the consumer department until the alarm is acknowledged. Nodes scan under a transaction-scoped advisory lock, so one alarm
 * is raised once.
 */
@Service
class AccessMonitor implements Alarms {

  static final Duration WINDOW = Duration.ofMinutes(1);
  static final Duration QUIET = Duration.ofMinutes(10);
  private static final Logger log = LoggerFactory.getLogger(AccessMonitor.class);
  private final ReadPolicy policy;

  private final JdbcClient jdbc;
  private final Departments departments;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final long maxReads;
  private final long maxSubjects;
  private final long maxRefusals;
  private final java.util.Set<Rule> suspendOn;
  private final org.springframework.transaction.support.TransactionTemplate transaction;
  private final org.onevisit.workday.WorkingDays workingDays;
  private final double unusualFactor;
  private final long unusualFloor;

  AccessMonitor(JdbcClient jdbc, Departments departments, ApplicationEventPublisher events, Clock clock,
      org.springframework.transaction.PlatformTransactionManager transactions, ReadPolicy policy,
      @Value("${onevisit.sharing.anomaly.max-reads-per-minute:600}") long maxReads,
      @Value("${onevisit.sharing.anomaly.max-subjects-per-minute:120}") long maxSubjects,
      @Value("${onevisit.sharing.anomaly.max-refusals-per-minute:30}") long maxRefusals,
      @Value("${onevisit.sharing.anomaly.suspend-on:SCRAPING}") java.util.Set<Rule> suspendOn,
      org.onevisit.workday.WorkingDays workingDays,
      @Value("${onevisit.sharing.anomaly.unusual-factor:5}") double unusualFactor,
      @Value("${onevisit.sharing.anomaly.unusual-floor:20}") long unusualFloor) {
    this.workingDays = workingDays;
    this.policy = policy;
    this.unusualFactor = unusualFactor;
    this.unusualFloor = unusualFloor;
    this.suspendOn = java.util.Set.copyOf(suspendOn);
    this.jdbc = jdbc;
    this.departments = departments;
    this.events = events;
    this.clock = clock;
    this.maxReads = maxReads;
    this.maxSubjects = maxSubjects;
    this.maxRefusals = maxRefusals;
    this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
  }

  private record Counts(String actor, String department, long reads, long subjects, long refusals, long offHours,
      double baseline) {}

  @Scheduled(fixedDelayString = "${onevisit.sharing.anomaly.scan-interval:PT2S}", initialDelay = 2_000)
  void scheduledScan() {
    try {
      scan();
    } catch (RuntimeException e) {
      log.warn("Access monitor scan failed; the next scan retries", e);
    }
  }

  /** One scan in its own transaction; returns the alarms raised. */
  public List<AccessAnomalyDetected> scan() {
    return java.util.Objects.requireNonNull(transaction.execute(status -> scanLocked()));
  }

  private List<AccessAnomalyDetected> scanLocked() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('sharing-access-monitor'))").query().singleRow();
    Instant now = Instant.now(clock);
    foldBaselines(now);
    boolean workingDay = workingDays.isWorkingDay(java.time.LocalDate.ofInstant(now, ChinaTime.ZONE));
    List<Counts> counts = jdbc.sql("""
            select l.actor, l.consumer_department, count(*) as reads, count(distinct l.subject) as subjects,
                   count(*) filter (where l.outcome = 'REFUSED') as refusals,
                   count(*) filter (where l.actor not like 'applicant:%'
                     and (not ? or extract(hour from l.at at time zone 'Asia/Shanghai') not between 7 and 20))
                     as off_hours,
                   coalesce(max(b.reads_per_minute), -1) as baseline
            from sharing_access_log l
            left join sharing_access_baseline b on b.actor = l.actor and b.hour_of_week = ?
            where l.at > ? group by l.actor, l.consumer_department""")
        .params(workingDay, hourOfWeek(now), time(now.minus(WINDOW)))
        .query((rs, i) -> new Counts(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6), rs.getDouble(7)))
        .list();
    List<AccessAnomalyDetected> raised = new ArrayList<>();
    for (Counts c : counts) {
      check(c, Rule.BURST, c.reads(), maxReads, now, raised);
      check(c, Rule.SCRAPING, c.subjects(), maxSubjects, now, raised);
      check(c, Rule.REFUSALS, c.refusals(), maxRefusals, now, raised);
      check(c, Rule.OFF_HOURS, c.offHours(), 0, now, raised);
      if (c.baseline() >= 0) {
        check(c, Rule.UNUSUAL_RATE, c.reads(), Math.max(unusualFloor, (long) Math.ceil(unusualFactor * c.baseline())),
            now, raised);
      }
    }
    return raised;
  }

  /** 0 = Monday 00:00–01:00 China time … 167 = Sunday 23:00–24:00. */
  static int hourOfWeek(Instant instant) {
    var local = instant.atZone(ChinaTime.ZONE);
    return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
  }

  /**
   * Folds every complete hour since the last fold into the per-actor baselines for that hour of the week: an
   * exponentially weighted mean (weight 1/4 for the newest week) of the actor's reads per minute in that hour. Runs
   * inside the scan (under its advisory lock); on a first start it begins with the current hour.
   */
  void foldBaselines(Instant now) {
    Instant hour = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    var folded = jdbc.sql("select hour_folded from sharing_access_baseline_progress where id = 1")
        .query(OffsetDateTime.class).optional();
    if (folded.isEmpty()) {
      jdbc.sql("insert into sharing_access_baseline_progress (id, hour_folded) values (1, ?)").param(time(hour)).update();
      return;
    }
    Instant next = folded.get().toInstant();
    // at most a week of hours at once; older gaps are skipped
    if (next.isBefore(hour.minus(Duration.ofDays(7)))) {
      next = hour.minus(Duration.ofDays(7));
    }
    while (next.isBefore(hour)) {
      Instant end = next.plus(Duration.ofHours(1));
      jdbc.sql("""
              insert into sharing_access_baseline (actor, hour_of_week, reads_per_minute, weeks)
              select actor, ?, count(*) / 60.0, 1 from sharing_access_log where at >= ? and at < ? group by actor
              on conflict (actor, hour_of_week) do update
                set reads_per_minute = 0.75 * sharing_access_baseline.reads_per_minute + 0.25 * excluded.reads_per_minute,
                    weeks = sharing_access_baseline.weeks + 1""")
          .params(hourOfWeek(next), time(next), time(end)).update();
      next = end;
    }
    jdbc.sql("update sharing_access_baseline_progress set hour_folded = ? where id = 1").param(time(hour)).update();
  }

  private void check(Counts c, Rule rule, long observed, long threshold, Instant now,
      List<AccessAnomalyDetected> raised) {
    if (observed <= threshold) {
      return;
    }
    boolean open = jdbc.sql("""
            select exists (select 1 from sharing_alarm where rule = ? and actor = ? and acknowledged_at is null
                           and raised_at > ?)""")
        .params(rule.name(), c.actor(), time(now.minus(QUIET)))
        .query(Boolean.class).single();
    if (open) {
      return;
    }
    String region = departments.findByCode(c.department()).map(d -> d.region().value())
        .orElse(c.department().length() >= 6 ? c.department().substring(0, 6) : "330000");
    long id = jdbc.sql("""
            insert into sharing_alarm (raised_at, rule, consumer_department, consumer_region, actor, observed, threshold)
            values (?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(time(now), rule.name(), c.department(), region, c.actor(), observed, threshold)
        .query(Long.class).single();
    boolean suspend = suspendOn.contains(rule);
    if (suspend) {
      jdbc.sql("insert into sharing_suspension (consumer_department, alarm_id, since) values (?, ?, ?)")
          .params(c.department(), id, time(now)).update();
      policy.changed();
    }
    var event = new AccessAnomalyDetected(id, rule, c.department(), c.actor(), observed, threshold, now, suspend);
    events.publishEvent(event);
    log.warn("Access alarm {}: {} by {} of {} ({} > {})", id, rule, c.actor(), c.department(), observed, threshold);
    raised.add(event);
  }

  @Override
  public List<Alarm> open(RegionCode region) {
    return jdbc.sql("""
            select a.id, a.raised_at, a.rule, a.consumer_department, a.actor, a.observed, a.threshold,
                   exists (select 1 from sharing_suspension s where s.alarm_id = a.id and s.lifted_at is null)
            from sharing_alarm a
            where a.acknowledged_at is null and a.consumer_region like ? order by a.id desc limit 200""")
        .param(region.prefix() + "%")
        .query((rs, i) -> new Alarm(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
            Rule.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7),
            rs.getBoolean(8)))
        .list();
  }

  @Override
  @Transactional
  public void acknowledge(long id, StaffMember admin) {
    String region = jdbc.sql("select consumer_region from sharing_alarm where id = ? for update").param(id)
        .query(String.class).optional()
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "No alarm " + id));
    if (!admin.has(Role.DATA_ADMIN) || !admin.region().covers(RegionCode.of(region))) {
      throw new SharingException(SharingError.NOT_ALLOWED, "Outside the administrator's region");
    }
    jdbc.sql("update sharing_alarm set acknowledged_by = ?, acknowledged_at = ? where id = ? and acknowledged_at is null")
        .params("staff:" + admin.username(), time(Instant.now(clock)), id).update();
    jdbc.sql("update sharing_suspension set lifted_by = ?, lifted_at = ? where alarm_id = ? and lifted_at is null")
        .params("staff:" + admin.username(), time(Instant.now(clock)), id).update();
    policy.changed();
  }


  private static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ChinaTime.ZONE);
  }

}
