package org.onevisit.casework.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.approval.ItemDecided;
import org.onevisit.casework.CaseNumber;
import org.onevisit.casework.Prefilled;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.LicenceType;
import org.onevisit.identity.IdNumber;
import org.onevisit.licence.Holder;
import org.onevisit.licence.IssueRequest;
import org.onevisit.licence.LicenceDefinition;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.licence.LicenceException;
import org.onevisit.licence.Licences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 证照即办即发: when an item that produces a licence is approved, the licence is issued at once to the
 * applicant's wallet (a parent holds the child's documents until the child has his own account), signed by the
 * deciding department — so the next item of the bundle, or the next case, can use it. Its fields come from the
 * application (typed and pre-filled values) and from earlier results of the same case (the child's ID number
 * given at birth registration, the birth certificate's number). What a department assigns (certificate and card
 * numbers, the child's ID number) is numbered here in series of the county; a deployment connects the
 * departments' own numbering. A licence that cannot be filled is not issued: the case's trace says which field
 * was missing.
 */
@Component
class ResultLicences {

  private static final Logger log = LoggerFactory.getLogger(ResultLicences.class);

  private final JdbcClient jdbc;
  private final JdbcCasework casework;
  private final Catalog catalog;
  private final Licences licences;
  private final org.onevisit.sharing.PopulationLibrary population;

  ResultLicences(JdbcClient jdbc, JdbcCasework casework, Catalog catalog, Licences licences,
      org.onevisit.sharing.PopulationLibrary population) {
    this.population = population;
    this.jdbc = jdbc;
    this.casework = casework;
    this.catalog = catalog;
    this.licences = licences;
  }

  @ApplicationModuleListener
  void decided(ItemDecided event) {
    if (!event.approved()) {
      return;
    }
    CaseNumber number;
    try {
      number = CaseNumber.of(event.caseRef());
    } catch (IllegalArgumentException notOurs) {
      return;
    }
    var item = catalog.item(ItemCode.of(event.item()));
    if (item.isEmpty() || item.get().producesLicence() == null) {
      return;
    }
    LicenceType type = Objects.requireNonNull(item.get().producesLicence());
    boolean issued = jdbc.sql("select count(*) from casework_case_licence where case_number = ? and item = ?")
        .params(number.value(), event.item()).query(Long.class).single() > 0;
    if (issued) {
      return;
    }
    var definition = LicenceDefinitions.find(type);
    if (definition.isEmpty()) {
      casework.trace(number, "LICENCE_NOT_ISSUED", "system", event.item() + ": unknown licence type " + type.code());
      return;
    }
    var form = casework.valuesOf(number);
    var values = values(form, number);
    var fields = fields(definition.get(), values, number);
    var missing = definition.get().fields().stream().filter(f -> f.required() && !fields.containsKey(f.code()))
        .map(f -> f.code()).toList();
    if (!missing.isEmpty()) {
      casework.trace(number, "LICENCE_NOT_ISSUED", "system", type.code() + ": missing " + missing);
      log.warn("Licence {} of case {} not issued: missing {}", type.code(), number, missing);
      return;
    }
    String department = jdbc.sql("select department_code from casework_case_item where case_number = ? and item = ?")
        .params(number.value(), event.item()).query(String.class).single();
    var applicant = jdbc.sql("select applicant_kind, applicant_id, applicant_name from casework_case where case_number = ?")
        .param(number.value())
        .query((rs, n) -> rs.getString(1).equals("ENTERPRISE")
            ? Holder.enterprise(org.onevisit.identity.CreditCode.parse(rs.getString(2)), rs.getString(3))
            : Holder.person(IdNumber.parse(rs.getString(2)), rs.getString(3)))
        .single();
    if (applicant.kind() != definition.get().holderKind()) {
      casework.trace(number, "LICENCE_NOT_ISSUED", "system", type.code() + ": held by " + definition.get().holderKind());
      return;
    }
    try {
      var licence = licences.issue(new IssueRequest(type, applicant, department, fields, null, number.value(),
          "case:" + number.value()));
      jdbc.sql("insert into casework_case_licence (case_number, item, licence_number, type) values (?, ?, ?, ?)")
          .params(number.value(), event.item(), licence.number().value(), type.code()).update();
      casework.trace(number, "LICENCE_ISSUED", "system", licence.number().value());
    } catch (LicenceException | IllegalArgumentException e) {
      casework.trace(number, "LICENCE_NOT_ISSUED", "system", type.code() + ": " + e.getMessage());
      log.warn("Licence {} of case {} not issued: {}", type.code(), number, e.getMessage());
    }
  }

  /** Typed values, pre-filled values and the case's earlier results, by field key or element. */
  private Map<String, String> values(JdbcCasework.CaseValues form, CaseNumber number) {
    var values = new LinkedHashMap<String, String>();
    for (Prefilled p : form.prefilled()) {
      if (p.value() != null) {
        values.put(p.field(), p.value());
      }
    }
    values.putAll(form.application().values());
    jdbc.sql("select element, value from casework_case_result where case_number = ?").param(number.value())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
        .forEach(e -> values.put(e.getKey(), e.getValue()));
    values.put("@applicantName", jdbc.sql("select applicant_name from casework_case where case_number = ?")
        .param(number.value()).query(String.class).single());
    return values;
  }

  private Map<String, String> fields(LicenceDefinition definition, Map<String, String> v, CaseNumber number) {
    var out = new LinkedHashMap<String, String>();
    String county = number.region().county().value();
    String birthDate = date(first(v, "birthTime", "childBirthDate"));
    switch (definition.type().code()) {
      case "birth-medical-certificate" -> {
        put(out, "childName", v.get("newbornName"));
        put(out, "sex", v.get("newbornGender"));
        put(out, "birthDate", birthDate);
        put(out, "birthPlace", v.get("deliveryInstitution"));
        put(out, "motherName", v.get("motherName"));
        put(out, "motherIdNumber", v.get("motherIdNumber"));
        put(out, "fatherName", v.get("fatherName"));
        put(out, "fatherIdNumber", v.get("fatherIdNumber"));
        String certificate = "Q" + county + String.format("%06d", next("BMC-" + county));
        put(out, "certificateNo", certificate);
        result(number, "birth.medicalCertNo", certificate);
      }
      case "household-register" -> {
        put(out, "householdNumber", v.get("householdNumber"));
        put(out, "address", v.get("householdAddress"));
        put(out, "headName", first(v, "householdHead", "@applicantName"));
        String child = v.get("newbornName");
        put(out, "members", child == null ? null
            : child + (v.get("relationToHead") == null ? "" : "（" + v.get("relationToHead") + "）"));
        newbornId(number, county, birthDate, v.get("newbornGender"));
      }
      case "social-security-card" -> {
        put(out, "name", first(v, "newbornName", "applicantName"));
        put(out, "idNumber", v.containsKey("newbornName")
            ? first(v, "newbornIdNumber", "newborn.idNumber") != null ? first(v, "newbornIdNumber", "newborn.idNumber")
                : newbornId(number, county, birthDate, v.get("newbornGender"))
            : v.get("applicantIdNumber"));
        put(out, "cardNumber", "S" + county.substring(0, 4) + String.format("%09d", next("SSC-" + county)));
      }
      case "vaccination-certificate" -> {
        put(out, "childName", v.get("newbornName"));
        put(out, "birthDate", birthDate);
        put(out, "vaccinations", "乙肝疫苗第1剂、卡介苗（出生时接种）");
      }
      default -> {
        for (var field : definition.fields()) {
          put(out, field.code(), first(v, field.code(), "applicant" + capitalised(field.code())));
        }
      }
    }
    return out;
  }

  /**
   * 公民身份号码 given to the newborn at birth registration, once per case (whichever of the registration and the
   * social security card comes first): the next sequence of the county, day and sex (odd for boys) that no
   * registered resident holds — the uniqueness check the public-security register makes.
   */
  private @Nullable String newbornId(CaseNumber number, String county, @Nullable String birthDate,
      @Nullable String sex) {
    var existing = jdbc.sql("select value from casework_case_result where case_number = ? and element = ?")
        .params(number.value(), "newborn.idNumber").query(String.class).optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    if (birthDate == null || sex == null) {
      return null;
    }
    boolean male = sex.equals("男");
    var birth = LocalDate.parse(birthDate);
    IdNumber id = null;
    while (id == null) {
      long k = next("ID-" + county + "-" + birth + (male ? "-M" : "-F"));
      int sequence = (int) (2 * (k - 1)) + (male ? 1 : 0);
      if (sequence > 999) {
        return null;
      }
      var candidate = IdNumber.of(county, birth, sequence);
      if (population.person(candidate).isEmpty()) {
        id = candidate;
      }
    }
    result(number, "newborn.idNumber", id.value());
    return jdbc.sql("select value from casework_case_result where case_number = ? and element = ?")
        .params(number.value(), "newborn.idNumber").query(String.class).single();
  }

  private long next(String series) {
    return jdbc.sql("""
            insert into casework_sequence (region, day, last) values (?, date '2000-01-01', 1)
            on conflict (region, day) do update set last = casework_sequence.last + 1 returning last""")
        .param(series).query(Long.class).single();
  }

  private void result(CaseNumber number, String element, String value) {
    jdbc.sql("""
            insert into casework_case_result (case_number, element, value) values (?, ?, ?)
            on conflict (case_number, element) do nothing""")
        .params(number.value(), element, value).update();
  }

  private static void put(Map<String, String> out, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value.strip());
    }
  }

  private static @Nullable String first(Map<String, String> v, String... keys) {
    for (String key : keys) {
      String value = v.get(key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static @Nullable String date(@Nullable String dateOrDateTime) {
    return dateOrDateTime == null || dateOrDateTime.length() < 10 ? dateOrDateTime : dateOrDateTime.substring(0, 10);
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The licences issued for a case so far, for its pages. */
  List<Map.Entry<String, String>> issued(CaseNumber number) {
    return jdbc.sql("select type, licence_number from casework_case_licence where case_number = ? order by issued_at")
        .param(number.value()).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
  }
}
