package org.onevisit.sharing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.sharing.ApiClients;
import org.onevisit.sharing.Ingestion;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 数据归集接口: source departments' systems push batches of records (API clients, bearer token; the client's
 * department must be the source of the record type). {@code POST /api/v1/sharing/ingestion/{type}} with
 * {@code application/json} (an array of objects, or {@code {"records": [...]}}) or {@code text/csv} (a header line
 * of field names); {@code ?partial=true} applies the valid rows of a batch that has rejected ones. Answers: 200 with
 * the counts; 422 problem JSON listing every rejected row (nothing applied) or, with {@code partial}, 200 listing
 * them; 413 for more than {@link Ingestion#MAX_ROWS} rows or {@link #MAX_BYTES} bytes; 400 for a body that is not
 * JSON or CSV; 403 for a department that is not the source.
 *
 * <p>The population library's records name persons who must already be in it: the head of a household, the spouses of
 * a marriage, the mother (and a declared father) of a delivery, the person of a death. A marriage sets the spouses'
 * {@code marriage.status}; a death ends the person's life in the library and widows a surviving spouse.
 */
@RestController
@RequestMapping(path = "/api/v1/sharing/ingestion", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "sharing-ingestion", description = "数据归集: source departments push records into the base libraries")
class IngestionApi {

  static final int MAX_BYTES = 8 << 20;

  private final Ingestion ingestion;
  private final ApiClients clients;
  private final JsonMapper json;

  IngestionApi(Ingestion ingestion, ApiClients clients, JsonMapper json) {
    this.ingestion = ingestion;
    this.clients = clients;
    this.json = json;
  }

  record RowErrorJson(int row, @Nullable String field, String code, String message) {}

  record ResultJson(long batch, int received, int inserted, int updated, int unchanged, boolean applied,
      List<RowErrorJson> rejected) {}

  record TypeJson(String type, String path, String sourceDepartmentKind, List<String> fields) {}

  @GetMapping
  @PreAuthorize("hasRole('SHARING_CLIENT')")
  @Operation(summary = "The record types a source department can push, with their fields (CSV header names)")
  List<TypeJson> types() {
    return java.util.Arrays.stream(Ingestion.RecordType.values())
        .map(t -> new TypeJson(t.name(), t.path(), t.source().name(), ingestion.fields(t))).toList();
  }

  @PostMapping(path = "/{type}", consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @PreAuthorize("hasRole('SHARING_CLIENT')")
  @Operation(summary = "Upsert a batch of records of one type (JSON array or CSV with a header line)",
      description = "Every row is validated per field; a changed record gets a new version and its previous version "
          + "is kept. Without partial=true a batch with any rejected row applies nothing (422 lists every rejected "
          + "row). At most 5,000 rows and 8 MiB. GET /api/v1/sharing/ingestion lists each type's fields and source "
          + "department kind.\n\n"
          + "* persons, households (public security): households are keyed by the household number `id`; "
          + "`headIdNumber` must be a known, living person (UNKNOWN_PERSON, DECEASED).\n"
          + "* marriages (civil affairs): keyed by `certificateNo` (J331126-2019-012345); `husbandIdNumber` a man, "
          + "`wifeIdNumber` a woman, both known (UNKNOWN_PERSON), of legal age on `registeredOn` (22 and 20, UNDER_AGE), "
          + "neither married to someone else (DUPLICATE_MARRIAGE); `status` REGISTERED or DIVORCED sets both spouses' "
          + "marriage.status to MARRIED or DIVORCED; the spouses of a certificate never change (IMMUTABLE).\n"
          + "* births (health, the hospital's delivery record): keyed by `deliveryNo`; `motherIdNumber` a known woman, "
          + "optional `fatherIdNumber` a known man, `childSex` MALE or FEMALE, `bornAt` ISO local date-time (China "
          + "time), `weightGrams` 300–7000, `gestationalWeeks` 20–45, `institution`, `regionCode`; read with the "
          + "mother as subject (newborn.*, birth.*).\n"
          + "* deaths (health, the death medical certificate): keyed by `certificateNo`; `idNumber` a known person with "
          + "no other certified death (UNKNOWN_PERSON, DUPLICATE_DEATH), `deathDate`, `place`, optional `cause` "
          + "(ICD-10, stored encrypted), `regionCode`; the person is no longer alive and a surviving spouse becomes "
          + "WIDOWED.\n\n"
          + "Row error codes: REQUIRED, UNKNOWN_FIELD, TOO_LONG, INVALID_ID_NUMBER, INVALID_CREDIT_CODE, INVALID_MOBILE, "
          + "INVALID_DATE, INVALID_TIME, INVALID_CODE, INVALID_BOOLEAN, INVALID_NUMBER, INVALID_FORMAT, OUT_OF_RANGE, "
          + "INVALID_REGION, OUTSIDE_REGION, DUPLICATE_KEY, UNKNOWN_ENTERPRISE, UNKNOWN_PERSON, DECEASED, UNDER_AGE, "
          + "DUPLICATE_MARRIAGE, DUPLICATE_DEATH, IMMUTABLE, INCONSISTENT, NOT_STORED.",
      responses = {
          @ApiResponse(responseCode = "200", description = "Applied (with partial=true, rejected rows are listed)"),
          @ApiResponse(responseCode = "422", description = "Rejected rows; nothing applied",
              content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
          @ApiResponse(responseCode = "403", description = "The client's department is not the source of this type"),
          @ApiResponse(responseCode = "413", description = "More than 5,000 rows or 8 MiB")})
  ResponseEntity<?> ingest(
      @Parameter(description = "persons, enterprises, credits, addresses, households, marriages, births or deaths") @PathVariable String type,
      @RequestParam(defaultValue = "false") boolean partial,
      @RequestBody(required = false) byte @Nullable [] body,
      @org.springframework.web.bind.annotation.RequestHeader("Content-Type") String contentType) {
    var client = (ApiClients.Authenticated) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    Ingestion.RecordType recordType = Ingestion.RecordType.ofPath(type)
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "No record type " + type));
    if (body == null || body.length == 0) {
      throw new SharingException(SharingError.INVALID_REQUEST, "An empty batch");
    }
    if (body.length > MAX_BYTES) {
      return tooLarge("A batch has at most " + MAX_BYTES + " bytes");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new SharingException(SharingError.INVALID_REQUEST, "The body is not UTF-8");
    }
    boolean csv = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType("text/csv"));
    List<Ingestion.Row> rows;
    try {
      rows = csv ? CsvRows.parse(text, Ingestion.MAX_ROWS) : jsonRows(text);
    } catch (CsvRows.Malformed e) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Not CSV: " + e.getMessage());
    }
    if (rows.size() > Ingestion.MAX_ROWS) {
      return tooLarge("A batch has at most " + Ingestion.MAX_ROWS + " rows");
    }
    String system = clients.all().stream().filter(c -> c.clientId().equals(client.clientId()))
        .map(ApiClients.Client::name).findFirst().orElse(client.clientId());
    var result = ingestion.ingest(new Ingestion.Source("client:" + client.clientId(), client.departmentCode(), system,
        csv ? "CSV" : "JSON"), recordType, rows, partial);
    var errors = result.rejected().stream()
        .map(e -> new RowErrorJson(e.row(), e.field(), e.code(), e.message())).toList();
    if (!result.rejected().isEmpty() && !partial) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
          result.rejected().size() + " of " + result.received() + " rows were rejected; nothing was applied.");
      problem.setType(URI.create("urn:onevisit:sharing:rows-rejected"));
      problem.setTitle("Rows rejected");
      problem.setProperty("code", "ROWS_REJECTED");
      problem.setProperty("batch", result.batch());
      problem.setProperty("errors", errors);
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return ResponseEntity.ok(new ResultJson(result.batch(), result.received(), result.inserted(), result.updated(),
        result.unchanged(), result.applied(), errors));
  }

  private static ResponseEntity<ProblemDetail> tooLarge(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
    problem.setType(URI.create("urn:onevisit:sharing:batch-too-large"));
    problem.setProperty("code", "BATCH_TOO_LARGE");
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private List<Ingestion.Row> jsonRows(String text) {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JacksonException e) {
      throw new SharingException(SharingError.INVALID_REQUEST, "The body is not JSON");
    }
    JsonNode records = root != null && root.isObject() ? root.get("records") : root;
    if (records == null || !records.isArray()) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Expected an array of records or {\"records\": [...]}");
    }
    if (records.size() > Ingestion.MAX_ROWS) {
      List<Ingestion.Row> oversize = new ArrayList<>(Ingestion.MAX_ROWS + 1);
      for (int i = 0; i <= Ingestion.MAX_ROWS; i++) {
        oversize.add(new Ingestion.Row(i + 1, Map.of()));
      }
      return oversize;
    }
    List<Ingestion.Row> rows = new ArrayList<>();
    int number = 0;
    for (JsonNode record : records) {
      number++;
      if (!record.isObject()) {
        throw new SharingException(SharingError.INVALID_REQUEST, "Record " + number + " is not a JSON object");
      }
      Map<String, @Nullable String> fields = new LinkedHashMap<>();
      for (var property : record.properties()) {
        JsonNode value = property.getValue();
        if (value.isContainer()) {
          throw new SharingException(SharingError.INVALID_REQUEST,
              "Record " + number + ": field " + property.getKey() + " is not a single value");
        }
        fields.put(property.getKey(), value.isNull() ? null : value.asString());
      }
      rows.add(new Ingestion.Row(number, fields));
    }
    return rows;
  }
}
