package org.onevisit.organisation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.internal.ServiceNetwork.PlannedDepartment;
import org.onevisit.organisation.internal.ServiceNetwork.PlannedHall;
import org.onevisit.organisation.internal.ServiceNetwork.PlannedWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the administrative divisions from {@code organisation/regions.csv} on start-up and derives the
 * departments, halls and windows from them ({@link ServiceNetwork}). Idempotent and cheap when nothing
 * changed: the CSV's fingerprint and row count are compared with the last load and the load is skipped
 * when both match. A changed file is applied as upserts on the stable codes (ids survive) followed by
 * the removal of what is no longer there. Runs before every other runner, under an advisory lock so
 * that several nodes starting together load once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
  private static final String NAME = "regions";
  /** Bump when {@link ServiceNetwork} generates differently, so that an unchanged CSV is reloaded too. */
  private static final String GENERATION = "network-1";
  private static final long LOCK = 0x6f7267616e6973L; // "organis"

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Resource csv;

  @Autowired
  ReferenceDataLoader(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
    this(jdbc, transactions, clock, new ClassPathResource("organisation/regions.csv"));
  }

  ReferenceDataLoader(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
      Resource csv) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.csv = csv;
  }

  @Override
  public void run(ApplicationArguments args) {
    load();
  }

  /** Loads the reference data unless it is already there; true when something was written. */
  boolean load() {
    long started = System.nanoTime();
    byte[] content = read();
    List<Region> regions = parse(content);
    String fingerprint = fingerprint(content);
    Boolean loaded = transactions.execute(status -> {
      jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(LOCK).query(Integer.class).single();
      String stored = jdbc.sql("select fingerprint from organisation_reference_data where name = ?")
          .param(NAME).query(String.class).optional().orElse("");
      long count = jdbc.sql("select count(*) from organisation_regions").query(Long.class).single();
      if (stored.equals(fingerprint) && count == regions.size()) {
        return false;
      }
      apply(regions, ServiceNetwork.of(regions));
      jdbc.sql("""
          insert into organisation_reference_data (name, fingerprint, loaded_at) values (?, ?, ?)
          on conflict (name) do update set fingerprint = excluded.fingerprint, loaded_at = excluded.loaded_at""")
          .params(NAME, fingerprint, OffsetDateTime.now(clock)).update();
      return true;
    });
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (Boolean.TRUE.equals(loaded)) {
      log.info("Loaded {} regions and their departments, halls and windows in {} ms", regions.size(), millis);
      return true;
    }
    log.debug("Regions unchanged ({} ms)", millis);
    return false;
  }

  /**
   * Writes the whole set table by table, each in one statement over arrays ({@code unnest}): upserts on
   * the stable codes, then removes what is no longer there (windows go with their hall).
   */
  private void apply(List<Region> regions, ServiceNetwork network) {
    jdbc.sql("""
        insert into organisation_regions (code, name, parent_code, level)
        select * from unnest(?::varchar[], ?::text[], ?::varchar[], ?::varchar[])
        on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
          level = excluded.level""")
        .params(column(regions, r -> r.code().value()), column(regions, Region::name),
            column(regions, r -> r.parent() == null ? null : r.parent().value()), column(regions, r -> r.level().name()))
        .update();
    List<PlannedDepartment> departments = network.departments();
    jdbc.sql("""
        insert into organisation_departments (code, name, kind, region_code)
        select * from unnest(?::varchar[], ?::text[], ?::varchar[], ?::varchar[])
        on conflict (code) do update set name = excluded.name, kind = excluded.kind,
          region_code = excluded.region_code""")
        .params(column(departments, PlannedDepartment::code), column(departments, PlannedDepartment::name),
            column(departments, d -> d.kind().name()), column(departments, d -> d.region().value()))
        .update();
    List<PlannedHall> halls = network.halls();
    jdbc.sql("""
        insert into organisation_halls (code, name, kind, region_code, address, opening_hours)
        select * from unnest(?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])
        on conflict (code) do update set name = excluded.name, kind = excluded.kind, region_code = excluded.region_code,
          address = excluded.address, opening_hours = excluded.opening_hours""")
        .params(column(halls, PlannedHall::code), column(halls, PlannedHall::name), column(halls, h -> h.kind().name()),
            column(halls, h -> h.region().value()), column(halls, PlannedHall::address),
            column(halls, PlannedHall::openingHours))
        .update();
    Map<String, Long> hallIds = new HashMap<>();
    jdbc.sql("select code, id from organisation_halls").query(rs -> {
      hallIds.put(rs.getString(1), rs.getLong(2));
    });
    record Row(long hallId, PlannedWindow window) {}
    var windows = new ArrayList<Row>();
    for (PlannedHall hall : halls) {
      long id = Objects.requireNonNull(hallIds.get(hall.code()));
      hall.windows().forEach(w -> windows.add(new Row(id, w)));
    }
    Long[] windowHalls = windows.stream().map(Row::hallId).toArray(Long[]::new);
    String[] windowNumbers = column(windows, w -> w.window().number());
    jdbc.sql("""
        insert into organisation_windows (hall_id, number, theme)
        select * from unnest(?::bigint[], ?::varchar[], ?::varchar[])
        on conflict (hall_id, number) do update set theme = excluded.theme""")
        .params(windowHalls, windowNumbers, column(windows, w -> w.window().theme().name()))
        .update();

    removed("windows", jdbc.sql("""
        delete from organisation_windows where (hall_id, number) not in (
          select * from unnest(?::bigint[], ?::varchar[]))""").params(windowHalls, windowNumbers).update());
    removed("halls", jdbc.sql("delete from organisation_halls where code <> all(?::varchar[])")
        .param(column(halls, PlannedHall::code)).update());
    removed("departments", jdbc.sql("delete from organisation_departments where code <> all(?::varchar[])")
        .param(column(departments, PlannedDepartment::code)).update());
    removed("regions", jdbc.sql("delete from organisation_regions where code <> all(?::varchar[])")
        .param(column(regions, r -> r.code().value())).update());
  }

  private static <T> String[] column(List<T> rows, Function<T, @Nullable String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }

  private static void removed(String what, int count) {
    if (count > 0) {
      log.info("Removed {} {} no longer in the reference data", count, what);
    }
  }

  private byte[] read() {
    try (var in = csv.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + csv, e);
    }
  }

  /** Parses {@code code,name,parent_code,level} lines after the header; parents come before children. */
  static List<Region> parse(byte[] content) {
    var regions = new ArrayList<Region>();
    var lines = new String(content, StandardCharsets.UTF_8).lines().skip(1).toList();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 4) {
        throw new IllegalStateException("Malformed region line: " + line);
      }
      regions.add(new Region(RegionCode.of(f[0]), f[1], RegionCode.Level.valueOf(f[3]),
          f[2].isEmpty() ? null : RegionCode.of(f[2])));
    }
    return regions;
  }

  private static String fingerprint(byte[] content) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(GENERATION.getBytes(StandardCharsets.UTF_8));
      digest.update(content);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
