package org.onevisit.sharing.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.IdNumber;
import org.onevisit.sharing.Ingestion.RowError;
import org.onevisit.sharing.Subject;
import org.onevisit.sharing.internal.RecordSpecs.Field;
import org.onevisit.sharing.internal.RecordSpecs.Spec;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules of the population library's records beyond their fields: the persons a household, a marriage, a delivery
 * or a death names must be known; a person has one current marriage and one death; the spouses of a certificate and the
 * person of a death certificate never change. And what such a record changes in the persons it names:
 *
 * <ul>
 *   <li>a marriage record sets both spouses' marital status: {@code MARRIED} while registered, {@code DIVORCED} once
 *       divorced (the person's latest marriage counts);
 *   <li>a death makes the person not alive (the household register's deregistration follows through its own item),
 *       and makes the surviving spouse of a registered marriage {@code WIDOWED}; the marriage record itself stays as the
 *       registry keeps it, but is no longer the survivor's current marriage. The deceased keeps the status he had.
 * </ul>
 *
 * The status is kept in the person's row (for lookups) with the record that set it, whose provenance the reads serve.
 */
@Component
class PopulationRules {

  static final int HUSBAND_MIN_AGE = 22;
  static final int WIFE_MIN_AGE = 20;

  private final JdbcClient jdbc;

  PopulationRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Person(String idNumber, boolean alive, String maritalStatus) {}

  private Optional<Person> person(@Nullable String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("select id_number, alive, marital_status from sharing_person where id_number = ?").param(id)
        .query((rs, i) -> new Person(rs.getString(1), rs.getBoolean(2), rs.getString(3))).optional();
  }

  private static @Nullable String value(Spec spec, Map<Field, @Nullable String> values, String name) {
    return values.get(spec.byName(name).orElseThrow());
  }

  /**
   * Checks a row whose fields are valid; adds its errors.
   *
   * @param claims what earlier rows of the batch took: {@code married:<id>}, {@code died:<id>},
   *     {@code certificate:<no>}, {@code death:<no>}
   * @return whether the row passes
   */
  boolean check(Spec spec, int row, Map<Field, @Nullable String> values, Map<String, @Nullable String> raw,
      LocalDate today, LocalDateTime now, Set<String> claims, List<RowError> rejected) {
    int before = rejected.size();
    if (spec == RecordSpecs.PERSON) {
      String id = Objects.requireNonNull(values.get(spec.key()));
      if (jdbc.sql("select 1 from sharing_death where id_number = ?").param(id).query().listOfRows().isEmpty()) {
        return true;
      }
      String alive = raw.get("alive");
      if (alive != null && alive.strip().equals("true")) {
        rejected.add(new RowError(row, "alive", "INCONSISTENT", "A death is certified for this person"));
        return false;
      }
      values.put(spec.byName("alive").orElseThrow(), "false");
      return true;
    }
    if (spec == RecordSpecs.HOUSEHOLD) {
      known(row, "headIdNumber", value(spec, values, "headIdNumber"), true, rejected);
    } else if (spec == RecordSpecs.MARRIAGE) {
      checkMarriage(spec, row, values, today, claims, rejected);
    } else if (spec == RecordSpecs.BIRTH) {
      checkBirth(spec, row, values, now, rejected);
    } else if (spec == RecordSpecs.DEATH) {
      checkDeath(spec, row, values, today, claims, rejected);
    }
    return rejected.size() == before;
  }

  private Optional<Person> known(int row, String field, @Nullable String id, boolean mustLive, List<RowError> rejected) {
    Optional<Person> person = person(id);
    if (person.isEmpty()) {
      rejected.add(new RowError(row, field, "UNKNOWN_PERSON", field + " names no person of the population library"));
    } else if (mustLive && !person.get().alive()) {
      rejected.add(new RowError(row, field, "DECEASED", field + " names a deceased person"));
      return Optional.empty();
    }
    return person;
  }

  private void checkMarriage(Spec spec, int row, Map<Field, @Nullable String> values, LocalDate today,
      Set<String> claims, List<RowError> rejected) {
    String certificate = Objects.requireNonNull(values.get(spec.key()));
    IdNumber husband = new IdNumber(Objects.requireNonNull(value(spec, values, "husbandIdNumber")));
    IdNumber wife = new IdNumber(Objects.requireNonNull(value(spec, values, "wifeIdNumber")));
    LocalDate registeredOn = LocalDate.parse(Objects.requireNonNull(value(spec, values, "registeredOn")));
    boolean registered = "REGISTERED".equals(value(spec, values, "status"));
    if (husband.sex() != IdNumber.Sex.MALE) {
      rejected.add(new RowError(row, "husbandIdNumber", "INCONSISTENT", "The husband's ID number is a woman's"));
    }
    if (wife.sex() != IdNumber.Sex.FEMALE) {
      rejected.add(new RowError(row, "wifeIdNumber", "INCONSISTENT", "The wife's ID number is a man's"));
    }
    if (registeredOn.isAfter(today)) {
      rejected.add(new RowError(row, "registeredOn", "OUT_OF_RANGE", "registeredOn lies in the future"));
    } else {
      if (husband.birthDate().plusYears(HUSBAND_MIN_AGE).isAfter(registeredOn)) {
        rejected.add(new RowError(row, "husbandIdNumber", "UNDER_AGE",
            "The husband was under " + HUSBAND_MIN_AGE + " on the day of registration"));
      }
      if (wife.birthDate().plusYears(WIFE_MIN_AGE).isAfter(registeredOn)) {
        rejected.add(new RowError(row, "wifeIdNumber", "UNDER_AGE",
            "The wife was under " + WIFE_MIN_AGE + " on the day of registration"));
      }
    }
    if (!claims.add("certificate:" + certificate)) {
      return; // the same certificate twice in a batch: a duplicate key
    }
    var existing = jdbc.sql("select husband_id_number, wife_id_number from sharing_marriage where certificate_no = ?")
        .param(certificate).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    if (existing.isPresent()) {
      if (!existing.get()[0].equals(husband.value()) || !existing.get()[1].equals(wife.value())) {
        rejected.add(new RowError(row, "certificateNo", "IMMUTABLE",
            "The spouses of a registered certificate cannot change"));
      }
      return;
    }
    // a new record: both spouses are known; a new registered marriage needs both living and neither married
    for (var spouse : List.of(java.util.Map.entry("husbandIdNumber", husband), java.util.Map.entry("wifeIdNumber", wife))) {
      Optional<Person> person = known(row, spouse.getKey(), spouse.getValue().value(), registered, rejected);
      if (registered && person.isPresent()) {
        if ("MARRIED".equals(person.get().maritalStatus()) || !claims.add("married:" + spouse.getValue().value())) {
          rejected.add(new RowError(row, spouse.getKey(), "DUPLICATE_MARRIAGE",
              spouse.getKey() + " names a person who is married"));
        }
      }
    }
  }

  private void checkBirth(Spec spec, int row, Map<Field, @Nullable String> values, LocalDateTime now,
      List<RowError> rejected) {
    String mother = Objects.requireNonNull(value(spec, values, "motherIdNumber"));
    String father = value(spec, values, "fatherIdNumber");
    if (new IdNumber(mother).sex() != IdNumber.Sex.FEMALE) {
      rejected.add(new RowError(row, "motherIdNumber", "INCONSISTENT", "The mother's ID number is a man's"));
    } else {
      known(row, "motherIdNumber", mother, false, rejected);
    }
    if (father != null) {
      if (new IdNumber(father).sex() != IdNumber.Sex.MALE) {
        rejected.add(new RowError(row, "fatherIdNumber", "INCONSISTENT", "The father's ID number is a woman's"));
      } else {
        known(row, "fatherIdNumber", father, false, rejected);
      }
    }
    LocalDateTime bornAt = LocalDateTime.parse(Objects.requireNonNull(value(spec, values, "bornAt")));
    if (bornAt.isAfter(now)) {
      rejected.add(new RowError(row, "bornAt", "OUT_OF_RANGE", "bornAt lies in the future"));
    }
    jdbc.sql("select mother_id_number from sharing_birth where delivery_no = ?").param(values.get(spec.key()))
        .query(String.class).optional()
        .filter(stored -> !stored.equals(mother))
        .ifPresent(stored -> rejected.add(new RowError(row, "motherIdNumber", "IMMUTABLE",
            "The mother of a delivery record cannot change")));
  }

  private void checkDeath(Spec spec, int row, Map<Field, @Nullable String> values, LocalDate today, Set<String> claims,
      List<RowError> rejected) {
    String certificate = Objects.requireNonNull(values.get(spec.key()));
    String id = Objects.requireNonNull(value(spec, values, "idNumber"));
    LocalDate date = LocalDate.parse(Objects.requireNonNull(value(spec, values, "deathDate")));
    if (date.isAfter(today)) {
      rejected.add(new RowError(row, "deathDate", "OUT_OF_RANGE", "deathDate lies in the future"));
    } else if (date.isBefore(new IdNumber(id).birthDate())) {
      rejected.add(new RowError(row, "deathDate", "OUT_OF_RANGE", "deathDate lies before the birth date"));
    }
    if (known(row, "idNumber", id, false, rejected).isEmpty() || !claims.add("death:" + certificate)) {
      return; // unknown, or the same certificate twice in a batch: a duplicate key
    }
    var stored = jdbc.sql("select id_number from sharing_death where certificate_no = ?").param(certificate)
        .query(String.class).optional();
    if (stored.isPresent() && !stored.get().equals(id)) {
      rejected.add(new RowError(row, "idNumber", "IMMUTABLE", "The person of a death certificate cannot change"));
      return;
    }
    boolean other = !jdbc.sql("select 1 from sharing_death where id_number = ? and certificate_no <> ?")
        .params(id, certificate).query().listOfRows().isEmpty();
    if (other || !claims.add("died:" + id)) {
      rejected.add(new RowError(row, "idNumber", "DUPLICATE_DEATH", "A death is already certified for this person"));
    }
  }

  /**
   * Before a new registered marriage is written: locks both spouses' rows and checks again that neither is married, so
   * that two batches cannot marry the same person at once.
   */
  void lock(Spec spec, Map<Field, @Nullable String> values, boolean inserting) {
    if (spec != RecordSpecs.MARRIAGE || !inserting || !"REGISTERED".equals(value(spec, values, "status"))) {
      return;
    }
    List<String> married = jdbc.sql("""
            select id_number from sharing_person where id_number in (?, ?) and marital_status = 'MARRIED'
            order by id_number for update""")
        .params(value(spec, values, "husbandIdNumber"), value(spec, values, "wifeIdNumber")).query(String.class).list();
    if (!married.isEmpty()) {
      throw new DataIntegrityViolationException("A spouse was married meanwhile");
    }
  }

  /** What a stored record changes in the persons it names. */
  void apply(Spec spec, Map<Field, @Nullable String> values) {
    if (spec == RecordSpecs.MARRIAGE) {
      maritalStatus(Objects.requireNonNull(value(spec, values, "husbandIdNumber")));
      maritalStatus(Objects.requireNonNull(value(spec, values, "wifeIdNumber")));
    } else if (spec == RecordSpecs.DEATH) {
      String id = Objects.requireNonNull(value(spec, values, "idNumber"));
      jdbc.sql("update sharing_person set alive = false where id_number = ? and alive").param(id).update();
      for (String spouse : jdbc.sql("""
              select case when husband_id_number = ? then wife_id_number else husband_id_number end
              from sharing_marriage where (husband_id_number = ? or wife_id_number = ?) and status = 'REGISTERED'""")
          .params(id, id, id).query(String.class).list()) {
        maritalStatus(spouse);
      }
    }
  }

  /** Sets a person's marital status from the latest marriage record (and the spouse's death); none: unchanged. */
  private void maritalStatus(String id) {
    record Latest(long id, String status, String spouse) {}
    var latest = jdbc.sql("""
            select id, status, case when husband_id_number = ? then wife_id_number else husband_id_number end
            from sharing_marriage where husband_id_number = ? or wife_id_number = ?
            order by registered_on desc, id desc limit 1""")
        .params(id, id, id).query((rs, i) -> new Latest(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    if (latest.isEmpty()) {
      return;
    }
    String status;
    String record;
    if (latest.get().status().equals("DIVORCED")) {
      status = "DIVORCED";
      record = "M:" + latest.get().id();
    } else {
      Optional<Long> death = jdbc.sql("select id from sharing_death where id_number = ?").param(latest.get().spouse())
          .query(Long.class).optional();
      status = death.isPresent() ? "WIDOWED" : "MARRIED";
      record = death.map(d -> "D:" + d).orElse("M:" + latest.get().id());
    }
    jdbc.sql("""
            update sharing_person set marital_status = ?, marital_status_record = ?
            where id_number = ? and (marital_status <> ? or marital_status_record is distinct from ?)""")
        .params(status, record, id, status, record).update();
  }

  /** The persons whose reads a changed record affects (for the data-quality loop). */
  List<Subject> subjects(Spec spec, Map<Field, @Nullable String> values) {
    List<String> ids = new ArrayList<>();
    if (spec == RecordSpecs.MARRIAGE) {
      ids.add(value(spec, values, "husbandIdNumber"));
      ids.add(value(spec, values, "wifeIdNumber"));
    } else if (spec == RecordSpecs.BIRTH) {
      ids.add(value(spec, values, "motherIdNumber"));
    } else if (spec == RecordSpecs.DEATH) {
      ids.add(value(spec, values, "idNumber"));
    } else if (spec == RecordSpecs.HOUSEHOLD) {
      ids.addAll(jdbc.sql("select id_number from sharing_person where household_id = ?")
          .param(Long.valueOf(Objects.requireNonNull(values.get(spec.key())))).query(String.class).list());
    }
    return ids.stream().filter(Objects::nonNull).map(id -> (Subject) Subject.person(new IdNumber(id))).toList();
  }
}
