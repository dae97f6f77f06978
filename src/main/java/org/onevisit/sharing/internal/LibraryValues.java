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
import org.onevisit.sharing.Provenance;
import org.onevisit.sharing.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads element values of a subject from the base libraries, each with the provenance of the record it comes
 * from. Holds the population library's elements; enterprise elements are not held yet.
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

  private final JdbcClient jdbc;

  LibraryValues(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether some library here holds this element. */
  static boolean holds(DataElement element) {
    String code = element.code();
    return PERSON.contains(code) || HOUSEHOLD.contains(code) || MARRIAGE.contains(code) || PRENATAL.contains(code)
        || BIRTH.contains(code);
  }

  /**
   * The values of the held elements among {@code elements}; empty when the subject is unknown.
   * A held element without a value for this subject (no mobile, no marriage) is served as {@code null} with the
   * provenance of the record that says so.
   */
  Optional<Map<DataElement, SharedValue>> read(Subject subject, Collection<DataElement> elements) {
    if (!(subject instanceof Subject.Person person)) {
      return Optional.empty();
    }
    String id = person.idNumber().value();
    var row = jdbc.sql("""
            select p.name, p.sex, p.birth_date, p.ethnicity, p.mobile, p.address, p.marital_status, p.household_id,
                   p.source_department, p.source_system, p.as_of, p.version
            from sharing_person p where p.id_number = ?""")
        .param(id)
        .query((rs, i) -> new PersonRow(rs.getString("name"), rs.getString("sex"),
            rs.getObject("birth_date", LocalDate.class), rs.getString("ethnicity"), rs.getString("mobile"),
            rs.getString("address"), rs.getString("marital_status"), (Long) rs.getObject("household_id"),
            provenance(rs)))
        .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    PersonRow p = row.get();
    Map<DataElement, SharedValue> values = new LinkedHashMap<>();
    for (DataElement element : elements) {
      String code = element.code();
      if (PERSON.contains(code)) {
        values.put(element, new SharedValue(element, switch (code) {
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
        }, p.provenance()));
      }
    }
    if (elements.stream().anyMatch(e -> HOUSEHOLD.contains(e.code()))) {
      household(p, elements, values);
    }
    if (elements.stream().anyMatch(e -> MARRIAGE.contains(e.code()))) {
      marriage(id, p, elements, values);
    }
    if (elements.stream().anyMatch(e -> PRENATAL.contains(e.code()))) {
      prenatal(id, p, elements, values);
    }
    if (elements.stream().anyMatch(e -> BIRTH.contains(e.code()))) {
      birth(id, p, elements, values);
    }
    return Optional.of(values);
  }

  private void household(PersonRow p, Collection<DataElement> elements, Map<DataElement, SharedValue> values) {
    record HouseholdRow(long id, String address, @Nullable String headName, String headId, Provenance provenance) {}
    Optional<HouseholdRow> household = p.householdId() == null ? Optional.empty() : jdbc.sql("""
            select h.id, h.address, h.head_id_number,
                   (select name from sharing_person where id_number = h.head_id_number) as head_name,
                   h.source_department, h.source_system, h.as_of, h.version
            from sharing_household h where h.id = ?""")
        .param(p.householdId())
        .query((rs, i) -> new HouseholdRow(rs.getLong("id"), rs.getString("address"), rs.getString("head_name"),
            rs.getString("head_id_number"), provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!HOUSEHOLD.contains(element.code())) {
        continue;
      }
      values.put(element, household.map(h -> new SharedValue(element, switch (element.code()) {
        case "household.number" -> Long.toString(h.id());
        case "household.address" -> h.address();
        case "household.headIdNumber" -> h.headId();
        default -> h.headName();
      }, h.provenance())).orElse(new SharedValue(element, null, p.provenance())));
    }
  }

  private void marriage(String id, PersonRow p, Collection<DataElement> elements,
      Map<DataElement, SharedValue> values) {
    record MarriageRow(String certificateNo, String spouse, LocalDate registeredOn, Provenance provenance) {}
    Optional<MarriageRow> marriage = jdbc.sql("""
            select certificate_no, case when husband_id_number = ? then wife_id_number else husband_id_number end as spouse,
                   registered_on, source_department, source_system, as_of, version
            from sharing_marriage where (husband_id_number = ? or wife_id_number = ?) and status = 'REGISTERED'
            order by registered_on desc, id desc limit 1""")
        .params(id, id, id)
        .query((rs, i) -> new MarriageRow(rs.getString("certificate_no"), rs.getString("spouse"),
            rs.getObject("registered_on", LocalDate.class), provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!MARRIAGE.contains(element.code())) {
        continue;
      }
      values.put(element, marriage.map(m -> new SharedValue(element, switch (element.code()) {
        case "marriage.certificateNo" -> m.certificateNo();
        case "marriage.spouseIdNumber" -> m.spouse();
        default -> m.registeredOn().toString();
      }, m.provenance())).orElse(new SharedValue(element, null, p.provenance())));
    }
  }

  private void prenatal(String id, PersonRow p, Collection<DataElement> elements,
      Map<DataElement, SharedValue> values) {
    record PrenatalRow(LocalDate expected, String hospital, Provenance provenance) {}
    Optional<PrenatalRow> prenatal = jdbc.sql("""
            select expected_date, hospital, source_department, source_system, as_of, version
            from sharing_prenatal_record where mother_id_number = ? order by expected_date desc, id desc limit 1""")
        .param(id)
        .query((rs, i) -> new PrenatalRow(rs.getObject("expected_date", LocalDate.class), rs.getString("hospital"),
            provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!PRENATAL.contains(element.code())) {
        continue;
      }
      values.put(element, prenatal.map(r -> new SharedValue(element,
          element.code().equals("prenatal.expectedDate") ? r.expected().toString() : r.hospital(), r.provenance()))
          .orElse(new SharedValue(element, null, p.provenance())));
    }
  }

  /** The mother's latest delivery; birth time as ISO local date-time (China time), weight in grams. */
  private void birth(String id, PersonRow p, Collection<DataElement> elements, Map<DataElement, SharedValue> values) {
    record BirthRow(String sex, java.time.LocalDateTime bornAt, int weight, int weeks, String institution,
        Provenance provenance) {}
    Optional<BirthRow> birth = jdbc.sql("""
            select child_sex, born_at, weight_grams, gestational_weeks, institution,
                   source_department, source_system, as_of, version
            from sharing_birth where mother_id_number = ? order by born_at desc, id desc limit 1""")
        .param(id)
        .query((rs, i) -> new BirthRow(rs.getString("child_sex"), rs.getObject("born_at", java.time.LocalDateTime.class),
            rs.getInt("weight_grams"), rs.getInt("gestational_weeks"), rs.getString("institution"), provenance(rs)))
        .optional();
    for (DataElement element : elements) {
      if (!BIRTH.contains(element.code())) {
        continue;
      }
      values.put(element, birth.map(b -> new SharedValue(element, switch (element.code()) {
        case "newborn.gender" -> "M".equals(b.sex()) ? "MALE" : "FEMALE";
        case "newborn.birthTime" -> b.bornAt().toString();
        case "newborn.birthWeight" -> Integer.toString(b.weight());
        case "newborn.gestationalWeeks" -> Integer.toString(b.weeks());
        case "birth.institution" -> b.institution();
        default -> b.institution() + "，孕" + b.weeks() + "周，" + b.weight() + "克";
      }, b.provenance())).orElse(new SharedValue(element, null, p.provenance())));
    }
  }

  private record PersonRow(String name, String sex, LocalDate birthDate, String ethnicity, @Nullable String mobile,
      String address, String maritalStatus, @Nullable Long householdId, Provenance provenance) {}

  private static Provenance provenance(ResultSet rs) throws SQLException {
    return new Provenance(rs.getString("source_department"), rs.getString("source_system"),
        rs.getObject("as_of", OffsetDateTime.class).toInstant(), rs.getInt("version"));
  }
}
