package org.onevisit.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.DepartmentKind;

/**
 * 数据归集: source departments push records into the base libraries as batches of rows (from JSON or CSV, see
 * {@code /api/v1/sharing/ingestion/{type}}). Every row is validated field by field against the element types of
 * the sharing catalog; a batch reports every rejected row with its reason. A record is never half-applied: by
 * default a batch with any rejected row applies nothing; with {@code partial} the valid rows are applied, each
 * completely or not at all. A changed record gets the next version; the previous one is kept in the version
 * history, so that the value served by any past read can be shown ({@link ValueHistory}).
 *
 * <p>Only the source department may push: a client's department must be of the kind that is the catalog's
 * source of every element the record type carries, and each record must lie in that department's region.
 */
public interface Ingestion {

  /** At most this many rows per batch. */
  int MAX_ROWS = 5_000;

  /** The record types, their path names and the kind of department that supplies them. */
  enum RecordType {
    /** 人口: a resident of the household register (marital status comes from civil affairs' marriage records). */
    PERSON("persons", DepartmentKind.PUBLIC_SECURITY),
    /** 法人: an enterprise of the market-regulation register. */
    ENTERPRISE("enterprises", DepartmentKind.MARKET_REGULATION),
    /** 信用: an enterprise's credit class and listing. */
    CREDIT("credits", DepartmentKind.MARKET_REGULATION),
    /** 标准地址: an address with its region and coordinates. */
    ADDRESS("addresses", DepartmentKind.NATURAL_RESOURCES),
    /** 户: a household of the register with its head, who must be a known, living person. */
    HOUSEHOLD("households", DepartmentKind.PUBLIC_SECURITY),
    /**
     * 婚姻登记: a marriage (or its divorce) registered by civil affairs; the spouses must be known persons, and the
     * record sets their {@code marriage.status}.
     */
    MARRIAGE("marriages", DepartmentKind.CIVIL_AFFAIRS),
    /** 分娩记录: a hospital's delivery record, read with the mother as subject ({@code newborn.*}, {@code birth.*}). */
    BIRTH("births", DepartmentKind.HEALTH),
    /**
     * 死亡医学证明: a certified death ({@code death.*}); the person is no longer alive and a surviving spouse becomes
     * widowed.
     */
    DEATH("deaths", DepartmentKind.HEALTH);

    private final String path;
    private final DepartmentKind source;

    RecordType(String path, DepartmentKind source) {
      this.path = path;
      this.source = source;
    }

    public String path() {
      return path;
    }

    public DepartmentKind source() {
      return source;
    }

    public static java.util.Optional<RecordType> ofPath(String path) {
      for (RecordType type : values()) {
        if (type.path.equals(path)) {
          return java.util.Optional.of(type);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /**
   * Who pushes: a department system ({@code client:<id>}) or a member of staff correcting a value
   * ({@code staff:<username>}).
   *
   * @param actor for the provenance and the batch log
   * @param departmentCode the pushing department, which becomes the records' source department
   * @param system the source system named in the provenance
   * @param channel how the rows came: {@code JSON}, {@code CSV} or {@code PAGE}
   */
  record Source(String actor, String departmentCode, String system, String channel) {
    public Source {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(departmentCode, "departmentCode");
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(channel, "channel");
    }
  }

  /**
   * One row: field name → value as text (blank is absent).
   *
   * @param number the row's number in the batch as the sender counts it (1 = first record)
   */
  record Row(int number, Map<String, @Nullable String> fields) {
    public Row {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }

  /**
   * Why a row was rejected.
   *
   * @param row the row's number
   * @param field the field at fault, or {@code null} for the row as a whole
   * @param code a stable code: {@code REQUIRED}, {@code UNKNOWN_FIELD}, {@code TOO_LONG}, {@code INVALID_ID_NUMBER},
   *     {@code INVALID_CREDIT_CODE}, {@code INVALID_MOBILE}, {@code INVALID_DATE}, {@code INVALID_TIME},
   *     {@code INVALID_CODE}, {@code INVALID_BOOLEAN}, {@code INVALID_NUMBER}, {@code INVALID_FORMAT},
   *     {@code OUT_OF_RANGE}, {@code INVALID_REGION}, {@code OUTSIDE_REGION}, {@code DUPLICATE_KEY},
   *     {@code UNKNOWN_ENTERPRISE}, {@code UNKNOWN_PERSON}, {@code DECEASED}, {@code UNDER_AGE},
   *     {@code DUPLICATE_MARRIAGE}, {@code DUPLICATE_DEATH}, {@code IMMUTABLE}, {@code INCONSISTENT},
   *     {@code NOT_STORED}
   * @param message an English explanation without personal data
   */
  record RowError(int row, @Nullable String field, String code, String message) implements java.io.Serializable {}

  /**
   * The outcome of a batch.
   *
   * @param batch the batch's number in the ingestion log
   * @param applied whether anything was written (false when a whole batch was refused)
   */
  record Result(long batch, int received, int inserted, int updated, int unchanged, List<RowError> rejected,
      boolean applied) implements java.io.Serializable {
    public Result {
      rejected = List.copyOf(rejected);
    }
  }

  /**
   * Validates and upserts a batch.
   *
   * @param partial apply the valid rows even when others are rejected
   * @throws SharingException {@code INVALID_REQUEST} for no rows or more than {@link #MAX_ROWS} (nothing logged),
   *     {@code NOT_ALLOWED} when the source's department is not the source of this record type, {@code NOT_FOUND}
   *     for an unknown department
   */
  Result ingest(Source source, RecordType type, List<Row> rows, boolean partial);

  /** A batch as the desk lists it. */
  record Batch(long id, String actor, String departmentCode, RecordType type, String format, int received,
      int inserted, int updated, int unchanged, int rejected, boolean applied, Instant at) {}

  /** The latest batches, newest first. */
  List<Batch> latest(int limit);

  /** The fields a record type takes (for CSV headers and documentation), key first. */
  List<String> fields(RecordType type);
}
