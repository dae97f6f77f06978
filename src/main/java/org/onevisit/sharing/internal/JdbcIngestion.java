package org.onevisit.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.ElementDefinition;
import org.onevisit.sharing.Ingestion;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.Subject;
import org.onevisit.sharing.internal.RecordSpecs.Field;
import org.onevisit.sharing.internal.RecordSpecs.Spec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Ingestion} on PostgreSQL: the whole batch is validated first; then each valid row is upserted (its record
 * is locked, compared, and on a change its previous row is copied as JSON into {@code sharing_record_version} before
 * the update), all in one transaction with the batch's log row; in partial mode each row under its own savepoint.
 */
@Service
class JdbcIngestion implements Ingestion {

  private static final Logger log = LoggerFactory.getLogger(JdbcIngestion.class);
  private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  private final JdbcClient jdbc;
  private final Departments departments;
  private final Regions regions;
  private final DataElements catalog;
  private final FieldCipher cipher;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TransactionTemplate savepoint;
  private final PopulationRules population;

  JdbcIngestion(JdbcClient jdbc, Departments departments, Regions regions, DataElements catalog, FieldCipher cipher,
      ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
      PopulationRules population) {
    this.jdbc = jdbc;
    this.population = population;
    this.departments = departments;
    this.regions = regions;
    this.catalog = catalog;
    this.cipher = cipher;
    this.events = events;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @Override
  public List<String> fields(RecordType type) {
    var names = new ArrayList<>(RecordSpecs.of(type).all().stream().map(Field::name).toList());
    names.add("asOf");
    return names;
  }

  private record Valid(int number, Map<Field, @Nullable String> values, OffsetDateTime asOf) {}

  private enum Outcome {
    INSERTED,
    UPDATED,
    UNCHANGED
  }

  @Override
  @Transactional
  public Result ingest(Source source, RecordType type, List<Row> rows, boolean partial) {
    if (rows.isEmpty() || rows.size() > MAX_ROWS) {
      throw new SharingException(SharingError.INVALID_REQUEST, "A batch has 1 to " + MAX_ROWS + " rows");
    }
    Department department = departments.findByCode(source.departmentCode())
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "Unknown department " + source.departmentCode()));
    Spec spec = RecordSpecs.of(type);
    mustBeSource(department, spec);
    Instant now = Instant.now(clock);
    List<RowError> rejected = new ArrayList<>();
    List<Valid> valid = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    Set<String> claims = new HashSet<>();
    for (Row row : rows) {
      int before = rejected.size();
      Valid checked = check(spec, department, row, now, claims, rejected);
      if (rejected.size() == before && checked != null) {
        String key = checked.values().get(spec.key());
        if (!keys.add(Objects.requireNonNull(key))) {
          rejected.add(new RowError(row.number(), spec.key().name(), "DUPLICATE_KEY",
              "The same record appears earlier in this batch"));
        } else {
          valid.add(checked);
        }
      }
    }
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    boolean apply = rejected.isEmpty() || partial;
    long batch = jdbc.sql("""
            insert into sharing_ingestion_batch (client_id, department_code, record_type, format, received, inserted,
              updated, unchanged, rejected, applied, at)
            values (?, ?, ?, ?, ?, 0, 0, 0, 0, false, ?) returning id""")
        .params(source.actor(), department.code(), type.name(), source.channel(), rows.size(), time(now))
        .query(Long.class).single();
    if (apply) {
      for (Valid row : valid) {
        Outcome outcome;
        if (partial) {
          try {
            // a savepoint per row: a row the database refuses is reported, the others stay applied
            outcome = Objects.requireNonNull(savepoint.execute(status -> upsert(spec, row, source, now, batch)));
          } catch (org.springframework.dao.DataAccessException e) {
            log.warn("Ingestion row {} of batch {} not stored: {}", row.number(), batch,
                e.getMostSpecificCause().getMessage());
            rejected.add(new RowError(row.number(), null, "NOT_STORED", "The database refused the record"));
            continue;
          }
        } else {
          try {
            outcome = upsert(spec, row, source, now, batch);
          } catch (org.springframework.dao.DataAccessException e) {
            log.warn("Ingestion row {} of batch {} not stored, nothing applied: {}", row.number(), batch,
                e.getMostSpecificCause().getMessage());
            // all or nothing: the whole batch rolls back
            throw new SharingException(SharingError.INVALID_REQUEST,
                "Row " + row.number() + " could not be stored; nothing was applied");
          }
        }
        switch (outcome) {
          case INSERTED -> inserted++;
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
        }
      }
    }
    rejected.sort(java.util.Comparator.comparingInt(RowError::row));
    jdbc.sql("""
            update sharing_ingestion_batch set inserted = ?, updated = ?, unchanged = ?, rejected = ?, applied = ?
            where id = ?""")
        .params(inserted, updated, unchanged, rejected.size(), apply && inserted + updated > 0, batch).update();
    log.info("Ingestion batch {} of {} by {} ({}): {} rows, {} inserted, {} updated, {} unchanged, {} rejected{}", batch,
        type, source.actor(), department.code(), rows.size(), inserted, updated, unchanged, rejected.size(),
        apply ? "" : ", nothing applied");
    return new Result(batch, rows.size(), inserted, updated, unchanged, rejected, apply && inserted + updated > 0);
  }

  /** The department must be of the kind the catalog names as source of every element the record type feeds. */
  private void mustBeSource(Department department, Spec spec) {
    boolean source = department.kind() == spec.type().source();
    for (Field field : spec.all()) {
      if (field.element() != null) {
        source &= catalog.find(org.onevisit.catalog.DataElement.of(field.element()))
            .map(ElementDefinition::source).map(kind -> kind == department.kind()).orElse(false);
      }
    }
    if (!source) {
      throw new SharingException(SharingError.NOT_ALLOWED,
          department.code() + " is not the source department of " + spec.type().path());
    }
  }

  private @Nullable Valid check(Spec spec, Department department, Row row, Instant now, Set<String> claims,
      List<RowError> rejected) {
    Set<String> known = new HashSet<>(spec.all().stream().map(Field::name).toList());
    known.add("asOf");
    for (String name : row.fields().keySet()) {
      if (!known.contains(name)) {
        rejected.add(new RowError(row.number(), name, "UNKNOWN_FIELD", "Not a field of " + spec.type().path()));
      }
    }
    Map<Field, @Nullable String> values = new LinkedHashMap<>();
    boolean ok = true;
    for (Field field : spec.all()) {
      var checked = RecordSpecs.check(field, row.fields().get(field.name()));
      if (checked.error() != null) {
        rejected.add(new RowError(row.number(), field.name(), checked.error(), message(checked.error(), field)));
        ok = false;
      } else {
        values.put(field, checked.value());
      }
    }
    OffsetDateTime asOf = OffsetDateTime.ofInstant(now, ChinaTime.ZONE);
    try {
      var given = RecordSpecs.asOf(row.fields().get("asOf"));
      if (given.isPresent()) {
        if (given.get().toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
          rejected.add(new RowError(row.number(), "asOf", "OUT_OF_RANGE", "asOf lies in the future"));
          ok = false;
        }
        asOf = given.get();
      }
    } catch (DateTimeParseException e) {
      rejected.add(new RowError(row.number(), "asOf", "INVALID_TIME", "asOf must be ISO 8601 with an offset"));
      ok = false;
    }
    if (!ok || rejected.stream().anyMatch(e -> e.row() == row.number())) {
      return null;
    }
    Optional<String> region = region(spec, values);
    if (region.isEmpty()) {
      rejected.add(new RowError(row.number(), spec.key().name(), "UNKNOWN_ENTERPRISE",
          "No enterprise with this credit code in the legal-person library"));
      return null;
    }
    RegionCode code = RegionCode.of(region.get());
    String regionField = regionField(spec).map(Field::name).orElse(spec.key().name());
    // villages are in the reference data for a few counties only: the county must exist
    if (regions.find(code.county()).isEmpty()) {
      rejected.add(new RowError(row.number(), regionField, "INVALID_REGION", "No such region"));
      return null;
    }
    if (!department.region().covers(code)) {
      rejected.add(new RowError(row.number(), regionField, "OUTSIDE_REGION",
          "The record lies outside the department's region"));
      return null;
    }
    var chinaNow = OffsetDateTime.ofInstant(now, ChinaTime.ZONE);
    if (!population.check(spec, row.number(), values, row.fields(), chinaNow.toLocalDate(),
        chinaNow.plus(FUTURE_TOLERANCE).toLocalDateTime(), claims, rejected)) {
      return null;
    }
    if (spec == RecordSpecs.CREDIT) {
      boolean red = "true".equals(values.get(spec.byName("redList").orElseThrow()));
      boolean black = "true".equals(values.get(spec.byName("blackList").orElseThrow()));
      String reason = values.get(spec.byName("listReason").orElseThrow());
      if (red && black) {
        rejected.add(new RowError(row.number(), "blackList", "INCONSISTENT", "Not on the red and the black list at once"));
        return null;
      }
      if ((red || black) != (reason != null)) {
        rejected.add(new RowError(row.number(), "listReason", red || black ? "REQUIRED" : "INCONSISTENT",
            "A list reason is given exactly when the enterprise is listed"));
        return null;
      }
    }
    return new Valid(row.number(), values, asOf);
  }

  private Optional<String> region(Spec spec, Map<Field, @Nullable String> values) {
    if (spec == RecordSpecs.CREDIT) {
      return jdbc.sql("select region_code from sharing_enterprise where credit_code = ?")
          .param(values.get(spec.key())).query(String.class).optional();
    }
    return Optional.ofNullable(values.get(regionField(spec).orElseThrow()));
  }

  /** The field naming the region a record lies in (where it is registered, delivered, certified). */
  private static Optional<Field> regionField(Spec spec) {
    return spec.fields().stream().filter(f -> f.kind() == RecordSpecs.Kind.REGION).findFirst();
  }

  private static String message(String code, Field field) {
    return switch (code) {
      case "REQUIRED" -> field.name() + " is required";
      case "TOO_LONG" -> field.name() + " has more than " + field.max() + " characters";
      case "INVALID_CODE" -> field.name() + " must be one of " + new java.util.TreeSet<>(field.codes());
      case "OUT_OF_RANGE" -> field.kind() == RecordSpecs.Kind.INT
          ? field.name() + " must lie between " + field.low() + " and " + field.high()
          : field.name() + " is out of range";
      case "INVALID_FORMAT" -> field.name() + " must have the form " + java.util.Objects.requireNonNull(field.pattern());
      default -> field.name() + " is not a valid " + field.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  private Outcome upsert(Spec spec, Valid row, Source source, Instant now, long batch) {
    String key = Objects.requireNonNull(row.values().get(spec.key()));
    Object keyValue = Objects.requireNonNull(RecordSpecs.jdbcValue(spec.key(), key)); // a household number is a bigint
    List<Map<String, Object>> existing = jdbc.sql("select * from " + spec.table() + " where " + spec.key().column()
            + " = ? for update")
        .param(keyValue).query().listOfRows();
    Map<String, Object> columns = new LinkedHashMap<>();
    for (Field field : spec.all()) {
      String value = row.values().get(field);
      if (field.encrypted()) {
        columns.put(field.column(), cipher.encrypt(value));
        if (field.indexColumn() != null) {
          columns.put(field.indexColumn(), value == null ? null : cipher.index(value));
        }
      } else {
        columns.put(field.column(), RecordSpecs.jdbcValue(field, value));
      }
    }
    columns.put("source_department", source.departmentCode());
    columns.put("source_system", source.system());
    columns.put("as_of", row.asOf());
    columns.put("stored_at", time(now));
    population.lock(spec, row.values(), existing.isEmpty());
    if (existing.isEmpty()) {
      if (spec == RecordSpecs.PERSON) {
        IdNumber id = new IdNumber(key);
        columns.put("sex", id.sex() == IdNumber.Sex.MALE ? "M" : "F");
        columns.put("birth_date", id.birthDate());
        columns.put("marital_status", "UNMARRIED");
      }
      columns.put("version", 1);
      jdbc.sql("insert into " + spec.table() + " (" + String.join(", ", columns.keySet()) + ") values ("
              + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")")
          .params(new ArrayList<>(columns.values())).update();
      population.apply(spec, row.values());
      return Outcome.INSERTED;
    }
    Map<String, Object> old = existing.getFirst();
    Map<String, @Nullable String> before = RecordSpecs.fields(spec, old, cipher);
    Set<String> changed = new LinkedHashSet<>();
    boolean differs = false;
    for (Field field : spec.fields()) {
      if (!Objects.equals(before.get(field.name()), row.values().get(field))) {
        differs = true;
        if (field.element() != null) {
          changed.add(field.element());
        }
      }
    }
    if (!differs) {
      return Outcome.UNCHANGED;
    }
    int version = ((Number) old.get("version")).intValue();
    jdbc.sql("""
            insert into sharing_record_version (record_type, record_key, version, data, source_department, source_system,
              as_of, stored_at, superseded_at)
            select ?, %s::text, version, to_jsonb(t), source_department, source_system, as_of, stored_at, ?
            from %s t where %s = ?""".formatted(spec.historyKey(), spec.table(), spec.key().column()))
        .params(spec.ref(), time(now), keyValue).update();
    columns.remove(spec.key().column());
    columns.put("version", version + 1);
    List<Object> params = new ArrayList<>(columns.values());
    params.add(keyValue);
    jdbc.sql("update " + spec.table() + " set " + String.join(", ", columns.keySet().stream().map(c -> c + " = ?").toList())
            + " where " + spec.key().column() + " = ?")
        .params(params).update();
    population.apply(spec, row.values());
    Object storedAt = old.get("stored_at") != null ? old.get("stored_at") : old.get("as_of");
    List<Subject> subjects = switch (spec.type()) {
      case PERSON -> List.of(Subject.person(new IdNumber(key)));
      case ENTERPRISE, CREDIT -> List.of(new Subject.Enterprise(new CreditCode(key)));
      case ADDRESS -> List.of();
      case HOUSEHOLD, MARRIAGE, BIRTH, DEATH -> population.subjects(spec, row.values());
    };
    if (!changed.isEmpty()) {
      for (Subject subject : subjects) {
        events.publishEvent(new RecordChanged(subject, changed, version, version + 1, instant(storedAt), source.actor(),
            batch));
      }
    }
    return Outcome.UPDATED;
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return OffsetDateTime.parse(value.toString()).toInstant();
  }

  @Override
  public List<Batch> latest(int limit) {
    return jdbc.sql("""
            select id, client_id, department_code, record_type, format, received, inserted, updated, unchanged, rejected,
                   applied, at
            from sharing_ingestion_batch order by id desc limit ?""")
        .param(limit)
        .query((rs, i) -> new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), RecordType.valueOf(rs.getString(4)),
            rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getBoolean(11),
            rs.getObject(12, OffsetDateTime.class).toInstant()))
        .list();
  }

  private static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ChinaTime.ZONE);
  }
}
