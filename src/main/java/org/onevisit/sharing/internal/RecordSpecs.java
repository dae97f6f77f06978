package org.onevisit.sharing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    ID_NUMBER, CREDIT_CODE, TEXT, MOBILE, DATE, CODE, BOOLEAN, REGION, LONGITUDE, LATITUDE, LONG
  }

  /**
   * A field.
   *
   * @param codes the allowed values of a {@link Kind#CODE}
   * @param defaultValue taken when the field is absent (on insert and update alike), or {@code null}
   * @param encrypted stored as AES-GCM ciphertext; with {@code indexColumn}, also as a blind index
   */
  record Field(String name, String column, Kind kind, boolean required, int max, @Nullable String element,
      Set<String> codes, @Nullable String defaultValue, boolean encrypted, @Nullable String indexColumn) {}

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

  static final List<Spec> ALL = List.of(PERSON, ENTERPRISE, CREDIT, ADDRESS);

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
