package org.onevisit.sharing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.CreditRecord;
import org.onevisit.sharing.EnterpriseRecord;
import org.onevisit.sharing.Ingestion.RecordType;

/**
 * What each ingestible record type holds: its table, key, fields with their value types and the data elements they
 * feed, so that ingestion validates, compares and versions records, and the version history shows past values, from
 * one description.
 */
final class RecordSpecs {

  private RecordSpecs() {}

  /** How a field's text is checked and stored. */
  enum Kind {
    ID_NUMBER, CREDIT_CODE, TEXT, MOBILE, DATE, CODE, BOOLEAN, REGION, LONGITUDE, LATITUDE, LONG,
    /** A local date-time, China time ({@code 2026-11-30T08:15}). */
    DATETIME,
    /** A whole number between {@link Field#low()} and {@link Field#high()}. */
    INT,
    /** {@code MALE} or {@code FEMALE}, stored as {@code M} or {@code F}. */
    SEX,
    /** A text matching {@link Field#pattern()} (a certificate or record number, an ICD-10 code). */
    PATTERN
  }

  /**
   * A field.
   *
   * @param codes the allowed values of a {@link Kind#CODE}
   * @param defaultValue taken when the field is absent (on insert and update alike), or {@code null}
   * @param encrypted stored as AES-GCM ciphertext; with {@code indexColumn}, also as a blind index
   * @param pattern the form of a {@link Kind#PATTERN}
   * @param low the least value of an {@link Kind#INT}
   * @param high the greatest value of an {@link Kind#INT}
   */
  record Field(String name, String column, Kind kind, boolean required, int max, @Nullable String element,
      Set<String> codes, @Nullable String defaultValue, boolean encrypted, @Nullable String indexColumn,
      @Nullable Pattern pattern, int low, int high) {

    Field(String name, String column, Kind kind, boolean required, int max, @Nullable String element,
        Set<String> codes, @Nullable String defaultValue, boolean encrypted, @Nullable String indexColumn) {
      this(name, column, kind, required, max, element, codes, defaultValue, encrypted, indexColumn, null, 0, 0);
    }
  }

  static Field patterned(String name, String column, boolean required, @Nullable String element, String regex) {
    return new Field(name, column, Kind.PATTERN, required, 32, element, Set.of(), null, false, null,
        Pattern.compile(regex), 0, 0);
  }

  static Field number(String name, String column, @Nullable String element, int low, int high) {
    return new Field(name, column, Kind.INT, true, 9, element, Set.of(), null, false, null, null, low, high);
  }

  static Field field(String name, String column, Kind kind, boolean required, @Nullable String element) {
    return new Field(name, column, kind, required, kind == Kind.TEXT ? 200 : 64, element, Set.of(), null, false, null);
  }

  static Field code(String name, String column, boolean required, @Nullable String element, @Nullable String defaultValue,
      Enum<?>[] values) {
    return new Field(name, column, Kind.CODE, required, 32, element,
        Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet()), defaultValue, false, null);
  }

  /**
   * A record type.
   *
   * @param ref the record letter of access-log references and of the version history
   * @param historyKey the column that keys the version history (the table's key, or the surrogate id of an address)
   */
  record Spec(RecordType type, String table, String ref, Field key, String historyKey, List<Field> fields) {

    List<Field> all() {
      var all = new java.util.ArrayList<Field>();
      all.add(key);
      all.addAll(fields);
      return all;
    }

    Optional<Field> byElement(String element) {
      return fields.stream().filter(f -> element.equals(f.element())).findFirst();
    }

    Optional<Field> byName(String name) {
      return all().stream().filter(f -> f.name().equals(name)).findFirst();
    }
  }

  static final Spec PERSON = new Spec(RecordType.PERSON, "sharing_person", "P",
      field("idNumber", "id_number", Kind.ID_NUMBER, true, "person.idNumber"), "id_number", List.of(
          new Field("name", "name", Kind.TEXT, true, 50, "person.name", Set.of(), null, false, null),
          new Field("ethnicity", "ethnicity", Kind.TEXT, true, 20, "person.ethnicity", Set.of(), null, false, null),
          field("householdId", "household_id", Kind.LONG, false, "household.number"),
          field("regionCode", "region_code", Kind.REGION, true, null),
          field("address", "address", Kind.TEXT, true, "person.address"),
          field("mobile", "mobile", Kind.MOBILE, false, "person.mobile"),
          new Field("alive", "alive", Kind.BOOLEAN, false, 5, null, Set.of(), "true", false, null)));

  static final Spec ENTERPRISE = new Spec(RecordType.ENTERPRISE, "sharing_enterprise", "E",
      field("creditCode", "credit_code", Kind.CREDIT_CODE, true, "enterprise.creditCode"), "credit_code", List.of(
          field("name", "name", Kind.TEXT, true, "enterprise.name"),
          code("legalForm", "legal_form", true, "enterprise.legalForm", null, EnterpriseRecord.LegalForm.values()),
          field("regionCode", "region_code", Kind.REGION, true, "enterprise.regionCode"),
          field("address", "address", Kind.TEXT, true, "enterprise.address"),
          new Field("representativeName", "representative_name", Kind.TEXT, true, 50, "enterprise.legalRepresentative",
              Set.of(), null, false, null),
          new Field("representativeIdNumber", "representative_id", Kind.ID_NUMBER, true, 18,
              "enterprise.legalRepresentativeIdNumber", Set.of(), null, true, "representative_id_index"),
          new Field("representativeMobile", "representative_mobile", Kind.MOBILE, false, 11,
              "enterprise.legalRepresentativeMobile", Set.of(), null, true, null),
          field("registeredOn", "registered_on", Kind.DATE, false, "enterprise.registeredOn"),
          code("status", "status", false, "enterprise.status", "ACTIVE", EnterpriseRecord.Status.values())));

  static final Spec CREDIT = new Spec(RecordType.CREDIT, "sharing_credit", "C",
      field("creditCode", "credit_code", Kind.CREDIT_CODE, true, null), "credit_code", List.of(
          code("level", "level", true, "credit.level", null, CreditRecord.Level.values()),
          new Field("redList", "red_list", Kind.BOOLEAN, false, 5, "credit.redList", Set.of(), "false", false, null),
          new Field("blackList", "black_list", Kind.BOOLEAN, false, 5, "credit.blackList", Set.of(), "false", false,
              null),
          new Field("listReason", "list_reason", Kind.TEXT, false, 500, null, Set.of(), null, false, null)));

  static final Spec ADDRESS = new Spec(RecordType.ADDRESS, "sharing_address", "A",
      field("address", "address", Kind.TEXT, true, null), "id", List.of(
          field("regionCode", "region_code", Kind.REGION, true, "address.regionCode"),
          field("longitude", "longitude", Kind.LONGITUDE, true, "address.coordinates"),
          field("latitude", "latitude", Kind.LATITUDE, true, "address.coordinates")));

  /** 户: keyed by the household number the register gives; the head must be a known, living person. */
  static final Spec HOUSEHOLD = new Spec(RecordType.HOUSEHOLD, "sharing_household", "H",
      field("id", "id", Kind.LONG, true, "household.number"), "id", List.of(
          new Field("headIdNumber", "head_id_number", Kind.ID_NUMBER, true, 18, "household.headIdNumber", Set.of(), null,
              false, null),
          field("regionCode", "region_code", Kind.REGION, true, null),
          field("address", "address", Kind.TEXT, true, "household.address")));

  /** 婚姻登记: keyed by the certificate number (结婚证字号 {@code J331126-2019-012345}); the spouses are known persons. */
  static final Spec MARRIAGE = new Spec(RecordType.MARRIAGE, "sharing_marriage", "M",
      patterned("certificateNo", "certificate_no", true, "marriage.certificateNo", "J[0-9]{6}-[0-9]{4}-[0-9]{1,12}"),
      "id", List.of(
          new Field("husbandIdNumber", "husband_id_number", Kind.ID_NUMBER, true, 18, null, Set.of(), null, false, null),
          new Field("wifeIdNumber", "wife_id_number", Kind.ID_NUMBER, true, 18, null, Set.of(), null, false, null),
          field("registeredOn", "registered_on", Kind.DATE, true, "marriage.registeredOn"),
          field("registryRegion", "registry_region", Kind.REGION, true, null),
          code("status", "status", false, null, "REGISTERED", org.onevisit.sharing.MarriageRecord.Status.values())));

  /**
   * 分娩记录: a hospital's delivery record, keyed by its record number (unique: hospitals prefix their institution
   * code); the mother (and the declared father) are known persons.
   */
  static final Spec BIRTH = new Spec(RecordType.BIRTH, "sharing_birth", "B",
      patterned("deliveryNo", "delivery_no", true, null, "[A-Za-z0-9][A-Za-z0-9-]{3,31}"), "id", List.of(
          new Field("motherIdNumber", "mother_id_number", Kind.ID_NUMBER, true, 18, null, Set.of(), null, false, null),
          new Field("fatherIdNumber", "father_id_number", Kind.ID_NUMBER, false, 18, null, Set.of(), null, false, null),
          new Field("childSex", "child_sex", Kind.SEX, true, 6, "newborn.gender", Set.of("MALE", "FEMALE"), null, false,
              null),
          new Field("bornAt", "born_at", Kind.DATETIME, true, 32, "newborn.birthTime", Set.of(), null, false, null),
          number("weightGrams", "weight_grams", "newborn.birthWeight", 300, 7_000),
          number("gestationalWeeks", "gestational_weeks", "newborn.gestationalWeeks", 20, 45),
          field("institution", "institution", Kind.TEXT, true, "birth.institution"),
          field("regionCode", "region_code", Kind.REGION, true, null)));

  /**
   * 死亡医学证明: keyed by the certificate number; one per person, who must be known. The cause (ICD-10) is stored
   * encrypted.
   */
  static final Spec DEATH = new Spec(RecordType.DEATH, "sharing_death", "D",
      patterned("certificateNo", "certificate_no", true, "death.medicalCertNo", "[A-Z0-9]{6,20}"), "id", List.of(
          new Field("idNumber", "id_number", Kind.ID_NUMBER, true, 18, null, Set.of(), null, false, null),
          field("deathDate", "death_date", Kind.DATE, true, "death.date"),
          field("place", "place", Kind.TEXT, true, "death.place"),
          new Field("cause", "cause", Kind.PATTERN, false, 8, "death.cause", Set.of(), null, true, null,
              Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?"), 0, 0),
          field("regionCode", "region_code", Kind.REGION, true, null)));

  static final List<Spec> ALL = List.of(PERSON, ENTERPRISE, CREDIT, ADDRESS, HOUSEHOLD, MARRIAGE, BIRTH, DEATH);

  static Spec of(RecordType type) {
    return ALL.stream().filter(s -> s.type() == type).findFirst().orElseThrow();
  }

  static Optional<Spec> ofRef(String ref) {
    return ALL.stream().filter(s -> s.ref().equals(ref)).findFirst();
  }

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern LONG = Pattern.compile("[0-9]{1,15}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,8})?");

  /** A field's value checked and normalised, or the error code. */
  record Checked(@Nullable String value, @Nullable String error) {
    static Checked ok(@Nullable String value) {
      return new Checked(value, null);
    }

    static Checked error(String code) {
      return new Checked(null, code);
    }
  }

  /** Checks one field's text; absent (null or blank) gives the default or {@code REQUIRED}. */
  static Checked check(Field field, @Nullable String raw) {
    String text = raw == null ? null : raw.strip();
    if (text == null || text.isEmpty()) {
      if (field.defaultValue() != null) {
        return Checked.ok(field.defaultValue());
      }
      return field.required() ? Checked.error("REQUIRED") : Checked.ok(null);
    }
    if (text.length() > field.max()) {
      return Checked.error("TOO_LONG");
    }
    try {
      return switch (field.kind()) {
        case ID_NUMBER -> Checked.ok(IdNumber.parse(text).value());
        case CREDIT_CODE -> Checked.ok(CreditCode.parse(text).value());
        case TEXT -> text.chars().anyMatch(c -> c < 0x20) ? Checked.error("INVALID_TEXT") : Checked.ok(text);
        case MOBILE -> MOBILE.matcher(text).matches() ? Checked.ok(text) : Checked.error("INVALID_MOBILE");
        case DATE -> Checked.ok(LocalDate.parse(text).toString());
        case CODE -> field.codes().contains(text) ? Checked.ok(text) : Checked.error("INVALID_CODE");
        case BOOLEAN -> text.equals("true") || text.equals("false") ? Checked.ok(text) : Checked.error("INVALID_BOOLEAN");
        case REGION -> Checked.ok(RegionCode.of(text).value());
        case LONG -> LONG.matcher(text).matches() ? Checked.ok(text) : Checked.error("INVALID_NUMBER");
        case DATETIME -> Checked.ok(LocalDateTime.parse(text).toString());
        case INT -> {
          if (!LONG.matcher(text).matches() || text.length() > 9) {
            yield Checked.error("INVALID_NUMBER");
          }
          int number = Integer.parseInt(text);
          yield number < field.low() || number > field.high() ? Checked.error("OUT_OF_RANGE")
              : Checked.ok(Integer.toString(number));
        }
        case SEX -> field.codes().contains(text) ? Checked.ok(text) : Checked.error("INVALID_CODE");
        case PATTERN -> java.util.Objects.requireNonNull(field.pattern()).matcher(text).matches() ? Checked.ok(text)
            : Checked.error("INVALID_FORMAT");
        case LONGITUDE, LATITUDE -> {
          if (!DECIMAL.matcher(text).matches()) {
            yield Checked.error("INVALID_NUMBER");
          }
          BigDecimal number = new BigDecimal(text).setScale(6, java.math.RoundingMode.HALF_UP);
          int limit = field.kind() == Kind.LONGITUDE ? 180 : 90;
          yield number.abs().compareTo(BigDecimal.valueOf(limit)) > 0 ? Checked.error("OUT_OF_RANGE")
              : Checked.ok(number.toPlainString());
        }
      };
    } catch (DateTimeParseException e) {
      return Checked.error("INVALID_DATE");
    } catch (IllegalArgumentException e) {
      return Checked.error(switch (field.kind()) {
        case ID_NUMBER -> "INVALID_ID_NUMBER";
        case CREDIT_CODE -> "INVALID_CREDIT_CODE";
        case REGION -> "INVALID_REGION";
        default -> "INVALID_VALUE";
      });
    }
  }

  /** The JDBC value of a checked field's text (before encryption). */
  static @Nullable Object jdbcValue(Field field, @Nullable String value) {
    if (value == null) {
      return null;
    }
    return switch (field.kind()) {
      case DATE -> LocalDate.parse(value);
      case BOOLEAN -> Boolean.valueOf(value);
      case LONG -> Long.valueOf(value);
      case LONGITUDE, LATITUDE -> new BigDecimal(value);
      case DATETIME -> LocalDateTime.parse(value);
      case INT -> Integer.valueOf(value);
      case SEX -> value.equals("MALE") ? "M" : "F";
      default -> value;
    };
  }

  /** A stored column value as the field's normalised text (ciphertext decrypted). */
  static @Nullable String text(Field field, @Nullable Object stored, FieldCipher cipher) {
    if (stored == null) {
      return null;
    }
    if (field.encrypted()) {
      byte[] bytes = stored instanceof byte[] b ? b
          : java.util.HexFormat.of().parseHex(stored.toString().substring(2));
      return cipher.decrypt(bytes);
    }
    return switch (field.kind()) {
      case LONGITUDE, LATITUDE -> new BigDecimal(stored.toString()).setScale(6, java.math.RoundingMode.HALF_UP)
          .toPlainString();
      case DATE -> stored.toString().substring(0, 10);
      case DATETIME -> stored instanceof java.sql.Timestamp t ? t.toLocalDateTime().toString()
          : stored instanceof LocalDateTime l ? l.toString() : LocalDateTime.parse(stored.toString()).toString();
      case SEX -> "M".equals(stored.toString()) ? "MALE" : "FEMALE";
      default -> stored.toString();
    };
  }

  /** The row of a record as field texts, from a column map (a result row, or a version's JSON). */
  static Map<String, @Nullable String> fields(Spec spec, Map<String, ?> columns, FieldCipher cipher) {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    for (Field field : spec.all()) {
      fields.put(field.name(), text(field, columns.get(field.column()), cipher));
    }
    return fields;
  }

  /** A value that may be {@code null} (the source holds none). */
  record Value(@Nullable String text) {}

  /** The value an element had in a record's fields, as {@code SharedData} serves it; empty when not derivable. */
  static Optional<Value> elementValue(Spec spec, String element, Map<String, @Nullable String> fields) {
    return elementValue(spec, element, fields, null);
  }

  /**
   * The value an element had in a record's fields for the subject that read it (the spouse of a marriage is the other
   * one); empty when not derivable.
   */
  static Optional<Value> elementValue(Spec spec, String element, Map<String, @Nullable String> fields,
      @Nullable String subject) {
    if (spec == MARRIAGE && element.equals("marriage.spouseIdNumber")) {
      String husband = fields.get("husbandIdNumber");
      return subject == null ? Optional.empty()
          : Optional.of(new Value(subject.equals(husband) ? fields.get("wifeIdNumber") : husband));
    }
    if (spec == MARRIAGE && element.equals("marriage.status")) {
      // the status this record gave both spouses
      return Optional.of(new Value("DIVORCED".equals(fields.get("status")) ? "DIVORCED" : "MARRIED"));
    }
    if (spec == DEATH && element.equals("marriage.status")) {
      // a death record sets the status of the surviving spouse
      return Optional.of(new Value("WIDOWED"));
    }
    if (spec == BIRTH && element.equals("birth.deliveryRecord")) {
      return Optional.of(new Value(fields.get("institution") + "，孕" + fields.get("gestationalWeeks") + "周，"
          + fields.get("weightGrams") + "克"));
    }
    if (element.equals("address.coordinates")) {
      return Optional.of(new Value(fields.get("longitude") + "," + fields.get("latitude")));
    }
    if (spec == PERSON) {
      String id = fields.get("idNumber");
      if (element.equals("person.gender")) {
        return Optional.of(new Value(id == null ? null : new IdNumber(id).sex().name()));
      }
      if (element.equals("person.birthDate")) {
        return Optional.of(new Value(id == null ? null : new IdNumber(id).birthDate().toString()));
      }
    }
    if (element.equals(spec.key().element())) {
      return Optional.of(new Value(fields.get(spec.key().name())));
    }
    return spec.byElement(element).map(f -> new Value(fields.get(f.name())));
  }

  /** The ingestion time given for a row ({@code asOf}, ISO 8601 with offset), when valid. */
  static Optional<OffsetDateTime> asOf(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(OffsetDateTime.parse(raw.strip()));
  }
}
