package org.onevisit.organisation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
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
  private final JdbcTemplate batch;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Resource csv;

  @Autowired
  ReferenceDataLoader(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, Clock clock) {
    this(jdbc, batch, transactions, clock, new ClassPathResource("organisation/regions.csv"));
  }

  ReferenceDataLoader(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, Clock clock,
      Resource csv) {
    this.jdbc = jdbc;
    this.batch = batch;
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

  private void apply(List<Region> regions, ServiceNetwork network) {
    batch.batchUpdate("""
        insert into organisation_regions (code, name, parent_code, level) values (?, ?, ?, ?)
        on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
          level = excluded.level""", regions, 500, (ps, r) -> {
      ps.setString(1, r.code().value());
      ps.setString(2, r.name());
      ps.setString(3, r.parent() == null ? null : r.parent().value());
      ps.setString(4, r.level().name());
    });
    batch.batchUpdate("""
        insert into organisation_departments (code, name, kind, region_code) values (?, ?, ?, ?)
        on conflict (code) do update set name = excluded.name, kind = excluded.kind,
          region_code = excluded.region_code""", network.departments(), 500, (ps, d) -> {
      ps.setString(1, d.code());
      ps.setString(2, d.name());
      ps.setString(3, d.kind().name());
      ps.setString(4, d.region().value());
    });
    batch.batchUpdate("""
        insert into organisation_halls (code, name, kind, region_code, address, opening_hours) values (?, ?, ?, ?, ?, ?)
        on conflict (code) do update set name = excluded.name, kind = excluded.kind, region_code = excluded.region_code,
          address = excluded.address, opening_hours = excluded.opening_hours""", network.halls(), 500, (ps, h) -> {
      ps.setString(1, h.code());
      ps.setString(2, h.name());
      ps.setString(3, h.kind().name());
      ps.setString(4, h.region().value());
      ps.setString(5, h.address());
      ps.setString(6, h.openingHours());
    });
    Map<String, Long> hallIds = jdbc.sql("select code, id from organisation_halls").query((rs, n) ->
        Map.entry(rs.getString(1), rs.getLong(2))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    record Row(long hallId, PlannedWindow window) {}
    var windows = new ArrayList<Row>();
    for (PlannedHall hall : network.halls()) {
      long id = Objects.requireNonNull(hallIds.get(hall.code()));
      hall.windows().forEach(w -> windows.add(new Row(id, w)));
    }
    batch.batchUpdate("""
        insert into organisation_windows (hall_id, number, theme) values (?, ?, ?)
        on conflict (hall_id, number) do update set theme = excluded.theme""", windows, 1000, (ps, w) -> {
      ps.setLong(1, w.hallId());
      ps.setString(2, w.window().number());
      ps.setString(3, w.window().theme().name());
    });
    removeStale(regions, network, windows.stream().map(w -> w.hallId() + "/" + w.window().number()).collect(Collectors.toSet()));
  }

  private void removeStale(List<Region> regions, ServiceNetwork network, Set<String> windowKeys) {
    record Existing(long id, String key) {}
    List<Long> staleWindows = jdbc.sql("select id, hall_id, number from organisation_windows")
        .query((rs, n) -> new Existing(rs.getLong(1), rs.getLong(2) + "/" + rs.getString(3))).list().stream()
        .filter(w -> !windowKeys.contains(w.key())).map(Existing::id).toList();
    deleteAll("delete from organisation_windows where id = ?", staleWindows, (ps, id) -> ps.setLong(1, id));
    var hallCodes = network.halls().stream().map(PlannedHall::code).collect(Collectors.toSet());
    deleteStale("organisation_halls", hallCodes);
    var departmentCodes = new HashSet<String>();
    network.departments().forEach(d -> departmentCodes.add(d.code()));
    deleteStale("organisation_departments", departmentCodes);
    var regionCodes = regions.stream().map(r -> r.code().value()).collect(Collectors.toSet());
    List<String> staleRegions = jdbc.sql("select code from organisation_regions order by length(code) desc, code")
        .query(String.class).list().stream().filter(code -> !regionCodes.contains(code)).toList();
    deleteAll("delete from organisation_regions where code = ?", staleRegions, (ps, code) -> ps.setString(1, code));
  }

  private void deleteStale(String table, Set<String> keep) {
    List<String> stale = jdbc.sql("select code from " + table).query(String.class).list().stream()
        .filter(code -> !keep.contains(code)).toList();
    deleteAll("delete from " + table + " where code = ?", stale, (ps, code) -> ps.setString(1, code));
  }

  private <T> void deleteAll(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
    if (!rows.isEmpty()) {
      log.info("Removing {} rows no longer in the reference data: {}", rows.size(), sql);
      batch.batchUpdate(sql, rows, 500, setter);
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
