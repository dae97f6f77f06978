package org.onevisit.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.sharing.Answer.SharedValue;
import org.onevisit.sharing.EnterpriseRecord;
import org.onevisit.sharing.Provenance;
import org.onevisit.sharing.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads element values of a subject from the base libraries, each with the provenance of the record it comes
 * from: the population library for persons; the legal-person and credit libraries for enterprises; the spatial
 * library for the address of either.
 */
@Component
class LibraryValues {

  static final Set<String> PERSON = Set.of("person.name", "person.idNumber", "person.gender", "person.birthDate",
      "person.ethnicity", "person.mobile", "person.address", "person.nationality", "marriage.status");
  static final Set<String> HOUSEHOLD = Set.of("household.number", "household.address", "household.head",
      "household.headIdNumber");
  static final Set<String> MARRIAGE = Set.of("marriage.certificateNo", "marriage.spouseIdNumber",
      "marriage.registeredOn");
  static final Set<String> PRENATAL = Set.of("prenatal.expectedDate", "prenatal.hospital");
  static final Set<String> BIRTH = Set.of("newborn.gender", "newborn.birthTime", "newborn.birthWeight",
      "newborn.gestationalWeeks", "birth.institution", "birth.deliveryRecord");
  static final Set<String> DEATH = Set.of("death.date", "death.medicalCertNo", "death.place", "death.cause");
  static final Set<String> ENTERPRISE = Set.of("enterprise.name", "enterprise.creditCode",
      "enterprise.legalRepresentative", "enterprise.legalRepresentativeIdNumber", "enterprise.legalRepresentativeMobile",
      "enterprise.address", "enterprise.legalForm", "enterprise.regionCode", "enterprise.registeredOn",
      "enterprise.status");
  static final Set<String> CREDIT = Set.of("credit.level", "credit.redList", "credit.blackList");
  static final Set<String> ADDRESS = Set.of("address.regionCode", "address.coordinates");

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  LibraryValues(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** Whether some library here holds this element, for persons or for enterprises. */
  static boolean holds(DataElement element) {
    return holds(element, true) || holds(element, false);
  }

  /** Whether some library here holds this element for this kind of subject. */
  static boolean holds(DataElement element, Subject subject) {
    return holds(element, subject instanceof Subject.Person);
  }

  private static boolean holds(DataElement element, boolean person) {
    String code = element.code();
    if (ADDRESS.contains(code)) {
      return true;
    }
    return person
        ? PERSON.contains(code) || HOUSEHOLD.contains(code) || MARRIAGE.contains(code) || PRENATAL.contains(code)
            || BIRTH.contains(code) || DEATH.contains(code)
        : ENTERPRISE.contains(code) || CREDIT.contains(code);
  }

  /**
   * A served value and the record it comes from, for the access log: {@code P} the person, {@code H:<id>} a
   * household, {@code M:<id>} a marriage, {@code R:<id>} a prenatal record, {@code B:<id>} a delivery, {@code D:<id>} a death,
   * {@code E} the enterprise, {@code C} its credit entry, {@code A:<id>} an address ({@code P}, {@code E} and
   * {@code C} are keyed by the subject itself).
   */
  record Held(SharedValue value, String record) {
    /** {@code record#version}, the reference the access log keeps beside the element. */
    String reference() {
      return record + "#" + value.provenance().version();
    }
  }

  /**
   * The values of the held elements among {@code elements}; empty when the subject is unknown. A held element
   * without a value for this subject (no mobile, no marriage) is served as {@code null} with the provenance of the
   * record that says so.
   */
  Optional<Map<DataElement, Held>> read(Subject subject, Collection<DataElement> elements) {
    if (subject instanceof Subject.Enterprise enterprise) {
      return enterprise(enterprise, elements);
    }
    String id = ((Subject.Person) subject).idNumber().value();
    boolean withHousehold = any(elements, HOUSEHOLD);
    // the household comes in the same query (one round trip for the person and his household)
    String household = !withHousehold ? "" : """
        , h.id as h_id, h.address as h_address, h.head_id_number as h_head_id_number,
          (select name from sharing_person where id_number = h.head_id_number) as h_head_name,
          h.source_department as h_source_department, h.source_system as h_source_system, h.as_of as h_as_of,
          h.version as h_version""";
    var row = jdbc.sql("""
            select p.name, p.sex, p.birth_date, p.ethnicity, p.mobile, p.address, p.marital_status, p.household_id,
                   p.marital_status_record, p.source_department, p.source_system, p.as_of, p.version %s
            from sharing_person p %s where p.id_number = ?""".formatted(household,
            withHousehold ? "left join sharing_household h on h.id = p.household_id" : ""))
        .param(id)
        .query((rs, i) -> new PersonRow(rs.getString("name"), rs.getString("sex"),
            rs.getObject("birth_date", LocalDate.class), rs.getString("ethnicity"), rs.getString("mobile"),
            rs.getString("address"), rs.getString("marital_status"), (Long) rs.getObject("household_id"),
            rs.getString("marital_status_record"), provenance(rs), withHousehold && rs.getObject("h_id") != null
                ? new HouseholdRow(rs.getLong("h_id"), rs.getString("h_address"), rs.getString("h_head_name"),
                    rs.getString("h_head_id_number"), new Provenance(rs.getString("h_source_department"),
                        rs.getString("h_source_system"), rs.getObject("h_as_of", OffsetDateTime.class).toInstant(),
                        rs.getInt("h_version")))
                : null))
        .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    PersonRow p = row.get();
    Map<DataElement, Held> values = new LinkedHashMap<>();
    for (DataElement element : elements) {
      String code = element.code();
      if (code.equals("marriage.status") && p.maritalStatusRecord() != null) {
        values.put(element, maritalStatus(element, p));
      } else if (PERSON.contains(code)) {
        values.put(element, held("P", new SharedValue(element, switch (code) {
          case "person.name" -> p.name();
          case "person.idNumber" -> id;
          case "person.gender" -> "M".equals(p.sex()) ? "MALE" : "FEMALE";
          case "person.birthDate" -> p.birthDate().toString();
          case "person.ethnicity" -> p.ethnicity();
          case "person.mobile" -> p.mobile();
          case "person.address" -> p.address();
          // The household register holds Chinese citizens only (外国人 are registered elsewhere).
          case "person.nationality" -> "中国";
          case "marriage.status" -> p.maritalStatus();
          default -> throw new IllegalStateException(code);
        }, p.provenance())));
      }
    }
    if (withHousehold) {
      household(p, elements, values);
    }
    if (any(elements, MARRIAGE)) {
      marriage(id, p, elements, values);
    }
    if (any(elements, PRENATAL)) {
      prenatal(id, p, elements, values);
    }
    if (any(elements, BIRTH)) {
      birth(id, p, elements, values);
    }
    if (any(elements, DEATH)) {
      death(id, p, elements, values);
    }
    if (any(elements, ADDRESS)) {
      address(p.address(), "P", p.provenance(), elements, values);
    }
    return Optional.of(values);
  }

  private static boolean any(Collection<DataElement> elements, Set<String> library) {
    return elements.stream().anyMatch(e -> library.contains(e.code()));
  }

  private static Held held(String record, SharedValue value) {
    return new Held(value, record);
  }

  private record HouseholdRow(long id, String address, @Nullable String headName, String headId,
      Provenance provenance) {}

  private void household(PersonRow p, Collection<DataElement> elements, Map<DataElement, Held> values) {
    Optional<HouseholdRow> household = Optional.ofNullable(p.household());
    for (DataElement element : elements) {
      if (!HOUSEHOLD.contains(element.code())) {
        continue;
      }
      values.put(element, household.map(h -> held("H:" + h.id(), new SharedValue(element, switch (element.code()) {
        case "household.number" -> Long.toString(h.id());
        case "household.address" -> h.address();
        case "household.headIdNumber" -> h.headId();
        default -> h.headName();
      }, h.provenance()))).orElse(held("P", new SharedValue(element, null, p.provenance()))));
    }
  }

  private void marriage(String id, PersonRow p, Collection<DataElement> elements, Map<DataElement, Held> values) {
    record MarriageRow(long id, String certificateNo, String spouse, LocalDate registeredOn, Provenance provenance) {}
    Optional<MarriageRow> marriage = jdbc.sql("""
            select id, certificate_no,
                   case when husband_id_number = ? then wife_id_number else husband_id_number end as spouse,
                   registered_on, source_department, source_system, as_of, version
            from sharing_marriage m where (husband_id_number = ? or wife_id_number = ?) and status = 'REGISTERED'
              and not exists (select 1 from sharing_death d
                              where d.id_number = case when m.husband_id_number = ? then m.wife_id_number
                                                       else m.husband_id_number end)
            order by registered_on desc, id desc limit 1""")
        .params(id, id, id, id)
        .query((rs, i) -> new MarriageRow(rs.getLong("id"), rs.getString("certificate_no"), rs.getString("spouse"),
            rs.getObject("registered_on", LocalDate.class), provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!MARRIAGE.contains(element.code())) {
        continue;
      }
      values.put(element, marriage.map(m -> held("M:" + m.id(), new SharedValue(element, switch (element.code()) {
        case "marriage.certificateNo" -> m.certificateNo();
        case "marriage.spouseIdNumber" -> m.spouse();
        default -> m.registeredOn().toString();
      }, m.provenance()))).orElse(held("P", new SharedValue(element, null, p.provenance()))));
    }
  }

  private void prenatal(String id, PersonRow p, Collection<DataElement> elements, Map<DataElement, Held> values) {
    record PrenatalRow(long id, LocalDate expected, String hospital, Provenance provenance) {}
    Optional<PrenatalRow> prenatal = jdbc.sql("""
            select id, expected_date, hospital, source_department, source_system, as_of, version
            from sharing_prenatal_record where mother_id_number = ? order by expected_date desc, id desc limit 1""")
        .param(id)
        .query((rs, i) -> new PrenatalRow(rs.getLong("id"), rs.getObject("expected_date", LocalDate.class),
            rs.getString("hospital"), provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!PRENATAL.contains(element.code())) {
        continue;
      }
      values.put(element, prenatal.map(r -> held("R:" + r.id(), new SharedValue(element,
              element.code().equals("prenatal.expectedDate") ? r.expected().toString() : r.hospital(),
              r.provenance())))
          .orElse(held("P", new SharedValue(element, null, p.provenance()))));
    }
  }

  /** The mother's latest delivery; birth time as ISO local date-time (China time), weight in grams. */
  private void birth(String id, PersonRow p, Collection<DataElement> elements, Map<DataElement, Held> values) {
    record BirthRow(long id, String sex, java.time.LocalDateTime bornAt, int weight, int weeks, String institution,
        Provenance provenance) {}
    Optional<BirthRow> birth = jdbc.sql("""
            select id, child_sex, born_at, weight_grams, gestational_weeks, institution,
                   source_department, source_system, as_of, version
            from sharing_birth where mother_id_number = ? order by born_at desc, id desc limit 1""")
        .param(id)
        .query((rs, i) -> new BirthRow(rs.getLong("id"), rs.getString("child_sex"),
            rs.getObject("born_at", java.time.LocalDateTime.class), rs.getInt("weight_grams"),
            rs.getInt("gestational_weeks"), rs.getString("institution"), provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!BIRTH.contains(element.code())) {
        continue;
      }
      values.put(element, birth.map(b -> held("B:" + b.id(), new SharedValue(element, switch (element.code()) {
        case "newborn.gender" -> "M".equals(b.sex()) ? "MALE" : "FEMALE";
        case "newborn.birthTime" -> b.bornAt().toString();
        case "newborn.birthWeight" -> Integer.toString(b.weight());
        case "newborn.gestationalWeeks" -> Integer.toString(b.weeks());
        case "birth.institution" -> b.institution();
        default -> b.institution() + "，孕" + b.weeks() + "周，" + b.weight() + "克";
      }, b.provenance()))).orElse(held("P", new SharedValue(element, null, p.provenance()))));
    }
  }

  private Optional<Map<DataElement, Held>> enterprise(Subject.Enterprise subject, Collection<DataElement> elements) {
    Optional<EnterpriseRecord> found = jdbc.sql("select " + JdbcLegalPersonLibrary.ENTERPRISE_COLUMNS
            + " from sharing_enterprise where credit_code = ?")
        .param(subject.creditCode().value())
        .query((rs, i) -> JdbcLegalPersonLibrary.enterprise(rs, cipher))
        .optional();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    EnterpriseRecord e = found.get();
    Map<DataElement, Held> values = new LinkedHashMap<>();
    for (DataElement element : elements) {
      String code = element.code();
      if (ENTERPRISE.contains(code)) {
        values.put(element, held("E", new SharedValue(element, switch (code) {
          case "enterprise.name" -> e.name();
          case "enterprise.creditCode" -> e.creditCode().value();
          case "enterprise.legalRepresentative" -> e.representativeName();
          case "enterprise.legalRepresentativeIdNumber" -> e.representativeId().value();
          case "enterprise.legalRepresentativeMobile" -> e.representativeMobile();
          case "enterprise.address" -> e.address();
          case "enterprise.legalForm" -> e.legalForm().name();
          case "enterprise.regionCode" -> e.region().value();
          case "enterprise.registeredOn" -> e.registeredOn() == null ? null : e.registeredOn().toString();
          case "enterprise.status" -> e.status().name();
          default -> throw new IllegalStateException(code);
        }, e.provenance())));
      }
    }
    if (any(elements, CREDIT)) {
      record CreditRow(String level, boolean red, boolean black, Provenance provenance) {}
      Optional<CreditRow> credit = jdbc.sql("""
              select level, red_list, black_list, source_department, source_system, as_of, version
              from sharing_credit where credit_code = ?""")
          .param(e.creditCode().value())
          .query((rs, i) -> new CreditRow(rs.getString("level"), rs.getBoolean("red_list"), rs.getBoolean("black_list"),
              provenance(rs)))
          .optional();
      for (DataElement element : elements) {
        if (CREDIT.contains(element.code())) {
          values.put(element, credit.map(c -> held("C", new SharedValue(element, switch (element.code()) {
            case "credit.level" -> c.level();
            case "credit.redList" -> Boolean.toString(c.red());
            default -> Boolean.toString(c.black());
          }, c.provenance()))).orElse(held("E", new SharedValue(element, null, e.provenance()))));
        }
      }
    }
    if (any(elements, ADDRESS)) {
      address(e.address(), "E", e.provenance(), elements, values);
    }
    return Optional.of(values);
  }

  /** The spatial library's entry for an address text; {@code null} values with the owner's provenance when none. */
  private void address(String address, String owner, Provenance ownerProvenance, Collection<DataElement> elements,
      Map<DataElement, Held> values) {
    record AddressRow(long id, String region, String coordinates, Provenance provenance) {}
    Optional<AddressRow> row = jdbc.sql("""
            select id, region_code, longitude, latitude, source_department, source_system, as_of, version
            from sharing_address where address = ?""")
        .param(address)
        .query((rs, i) -> new AddressRow(rs.getLong("id"), rs.getString("region_code"),
            rs.getBigDecimal("longitude").toPlainString() + "," + rs.getBigDecimal("latitude").toPlainString(),
            provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (ADDRESS.contains(element.code())) {
        values.put(element, row.map(a -> held("A:" + a.id(), new SharedValue(element,
                element.code().equals("address.regionCode") ? a.region() : a.coordinates(), a.provenance())))
            .orElse(held(owner, new SharedValue(element, null, ownerProvenance))));
      }
    }
  }

  /**
   * A marital status set by a marriage or a spouse's death: served with that record's provenance (civil affairs' or
   * health's), falling back to the person's when the record is gone.
   */
  private Held maritalStatus(DataElement element, PersonRow p) {
    String record = java.util.Objects.requireNonNull(p.maritalStatusRecord());
    String table = record.startsWith("D:") ? "sharing_death" : "sharing_marriage";
    Optional<Provenance> provenance = jdbc.sql("select source_department, source_system, as_of, version from " + table
            + " where id = ?")
        .param(Long.parseLong(record.substring(2)))
        .query((rs, i) -> provenance(rs)).optional();
    return provenance.map(pr -> held(record, new SharedValue(element, p.maritalStatus(), pr)))
        .orElse(held("P", new SharedValue(element, p.maritalStatus(), p.provenance())));
  }

  /** The person's certified death; {@code null} values with the person's provenance while alive. */
  private void death(String id, PersonRow p, Collection<DataElement> elements, Map<DataElement, Held> values) {
    record DeathRow(long id, String certificate, LocalDate date, String place, @Nullable String cause,
        Provenance provenance) {}
    Optional<DeathRow> death = jdbc.sql("""
            select id, certificate_no, death_date, place, cause, source_department, source_system, as_of, version
            from sharing_death where id_number = ?""")
        .param(id)
        .query((rs, i) -> new DeathRow(rs.getLong("id"), rs.getString("certificate_no"),
            rs.getObject("death_date", LocalDate.class), rs.getString("place"), cipher.decrypt(rs.getBytes("cause")),
            provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!DEATH.contains(element.code())) {
        continue;
      }
      values.put(element, death.map(d -> held("D:" + d.id(), new SharedValue(element, switch (element.code()) {
        case "death.date" -> d.date().toString();
        case "death.medicalCertNo" -> d.certificate();
        case "death.place" -> d.place();
        default -> d.cause();
      }, d.provenance()))).orElse(held("P", new SharedValue(element, null, p.provenance()))));
    }
  }

  private record PersonRow(String name, String sex, LocalDate birthDate, String ethnicity, @Nullable String mobile,
      String address, String maritalStatus, @Nullable Long householdId, @Nullable String maritalStatusRecord,
      Provenance provenance, @Nullable HouseholdRow household) {}

  static Provenance provenance(ResultSet rs) throws SQLException {
    return new Provenance(rs.getString("source_department"), rs.getString("source_system"),
        rs.getObject("as_of", OffsetDateTime.class).toInstant(), rs.getInt("version"));
  }
}
