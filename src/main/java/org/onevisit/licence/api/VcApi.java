package org.onevisit.licence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.LicenceType;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.StaffMember;
import org.onevisit.licence.CredentialVerifier;
import org.onevisit.licence.Holder;
import org.onevisit.licence.IssueRequest;
import org.onevisit.licence.IssuerIdentity;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceDefinition;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.licence.LicenceError;
import org.onevisit.licence.LicenceException;
import org.onevisit.licence.LicenceNumber;
import org.onevisit.licence.Licences;
import org.onevisit.licence.Verification;
import org.onevisit.organisation.Departments;
import org.onevisit.platform.ChinaTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The W3C VC-API (w3c-ccg/vc-api) of the platform's issuer and verifier: {@code POST /credentials/issue},
 * {@code /credentials/verify}, {@code /presentations/verify}, {@code /credentials/status}, plus the status
 * list credentials and the {@code did:web} document. Bodies are JSON objects as the specification defines
 * them; malformed bodies are 400 and well-formed but unacceptable ones 422, as RFC 9457 problems with a
 * {@code code}; an unknown credential id is 404. Issuing and status changes are for approvers of the
 * issuing department (a staff session with its CSRF token, see ADR 0006) and for the department's systems an
 * approver authorised, with their sharing API-client bearer token ({@link VcApiSecurity}, ADR 0010).
 */
@RestController
@Tag(name = "VC-API", description = "W3C VC-API: issue, verify and change the status of electronic licences")
class VcApi {

  static final MediaType JSON = MediaType.APPLICATION_JSON;

  /**
   * {@code Json.create…} looks the JSON provider up with a {@code ServiceLoader} on every call, which in the packaged
   * application (nested jars) cost more than the verification itself (JFR, see BENCHMARKS.md): look it up once.
   */
  static final jakarta.json.spi.JsonProvider JSON_PROVIDER = jakarta.json.spi.JsonProvider.provider();

  private final Licences licences;
  private final CredentialVerifier verifier;
  private final IssuerIdentity issuer;
  private final Departments departments;

  VcApi(Licences licences, CredentialVerifier verifier, IssuerIdentity issuer, Departments departments) {
    this.licences = licences;
    this.verifier = verifier;
    this.issuer = issuer;
    this.departments = departments;
  }

  @Operation(summary = "Issue a licence credential",
      description = "Body {\"credential\": {…}, \"options\": {}}. The credential's subject names licenceType, "
          + "holderIdentifier, holderName and fields; the issuer is this deployment and the department is the "
          + "caller's. Answers 201 {\"verifiableCredential\": {…}} signed with eddsa-rdfc-2022, eddsa-jcs-2022 and "
          + "onevisit-sm2-jcs-2026. Who may call: an APPROVER of a department of the type's issuing kind, with his "
          + "staff session and its CSRF token (X-CSRF-TOKEN); or a department system authorised on /staff/licences, "
          + "with the bearer token of its sharing API client (POST /api/v1/sharing/token), no CSRF. 401/403 otherwise.")
  @PostMapping(path = "/credentials/issue", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('APPROVER') or hasRole('LICENCE_ISSUER')")
  ResponseEntity<String> issue(@RequestBody String body) {
    Caller staff = caller("issue licences");
    JsonObject request = object(body);
    JsonObject credential = member(request, "credential");
    requireContext(credential);
    List<String> types = strings(credential.get("type"));
    if (!types.contains("VerifiableCredential")) {
      throw unprocessable("NOT_A_CREDENTIAL", "credential.type must include VerifiableCredential");
    }
    String issuerId = credential.get("issuer") instanceof JsonObject o ? string(o, "id") : string(credential, "issuer");
    if (credential.containsKey("issuer") && !issuer.did().equals(issuerId)) {
      throw unprocessable("WRONG_ISSUER", "credential.issuer must be absent or " + issuer.did());
    }
    if (credential.containsKey("proof")) {
      throw unprocessable("ALREADY_SIGNED", "credential must not carry a proof");
    }
    if (!(credential.get("credentialSubject") instanceof JsonObject subject)) {
      throw unprocessable("SUBJECT_MISSING", "credential.credentialSubject must be an object");
    }
    String typeCode = string(subject, "licenceType");
    LicenceDefinition definition = Optional.ofNullable(typeCode).flatMap(LicenceDefinitions::find).orElseThrow(() ->
        unprocessable(LicenceError.UNKNOWN_TYPE.name(), "credentialSubject.licenceType must be one of "
            + LicenceDefinitions.all().stream().map(LicenceDefinition::code).toList()));
    var department = departments.findByCode(staff.departmentCode()).orElseThrow(() ->
        new ApiProblem(HttpStatus.FORBIDDEN, LicenceError.NOT_ISSUERS_DEPARTMENT.name(), "Your department is unknown"));
    if (department.kind() != definition.issuer()) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, LicenceError.NOT_ISSUERS_DEPARTMENT.name(),
          "A " + definition.code() + " is issued by a " + definition.issuer() + " department, not by " + department.code());
    }
    Holder holder;
    try {
      holder = new Holder(definition.holderKind(), required(subject, "holderIdentifier"), required(subject, "holderName"));
    } catch (IllegalArgumentException e) {
      throw unprocessable("HOLDER_INVALID", "credentialSubject.holderIdentifier/holderName: " + e.getMessage());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (!(subject.get("fields") instanceof JsonObject given)) {
      throw unprocessable(LicenceError.FIELD_MISSING.name(), "credentialSubject.fields must be an object of strings");
    }
    for (var field : given.entrySet()) {
      if (!(field.getValue() instanceof JsonString value)) {
        throw unprocessable("FIELD_NOT_TEXT", "credentialSubject.fields." + field.getKey() + " must be a string");
      }
      fields.put(field.getKey(), value.getString());
    }
    LocalDate validFrom = null;
    String from = string(credential, "validFrom");
    if (from != null) {
      try {
        validFrom = OffsetDateTime.parse(from).atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
      } catch (DateTimeParseException e) {
        throw unprocessable("VALID_FROM_INVALID", "credential.validFrom must be an xsd:dateTime with offset");
      }
    }
    Licence licence = licences.issue(new IssueRequest(LicenceType.of(definition.code()), holder, department.code(),
        fields, validFrom, null, staff.actor()));
    return ResponseEntity.created(URI.create(issuer.baseUrl() + "/credentials/" + licence.number()))
        .contentType(JSON)
        .body("{\"verifiableCredential\":" + licence.credential() + "}");
  }

  @Operation(summary = "Verify a credential",
      description = "Body {\"verifiableCredential\": {…}, \"options\": {}}. 200 when verified; 400 with the same "
          + "body shape when not: checks passed, errors and warnings each with a code (e.g. FIELD_CHANGED, REVOKED). "
          + "Who may call: anyone, without authentication.")
  @PostMapping(path = "/credentials/verify", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> verify(@RequestBody String body) {
    JsonObject credential = member(object(body), "verifiableCredential");
    Verification result = verifier.verify(credential.toString());
    return ResponseEntity.status(result.verified() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).contentType(JSON)
        .body(json(result).toString());
  }

  @Operation(summary = "Verify a presentation",
      description = "Body {\"verifiablePresentation\": {…}, \"options\": {}}. Each embedded credential is verified; "
          + "a presentation proof is reported as a warning (holders have no keys on this platform). Who may call: anyone, "
          + "without authentication.")
  @PostMapping(path = "/presentations/verify", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> verifyPresentation(@RequestBody String body) {
    JsonObject presentation = member(object(body), "verifiablePresentation");
    var result = verifier.verifyPresentation(presentation.toString());
    var credentials = JSON_PROVIDER.createArrayBuilder();
    result.credentials().forEach(c -> credentials.add(json(c)));
    JsonObject answer = JSON_PROVIDER.createObjectBuilder()
        .add("verified", result.verified())
        .add("checks", JSON_PROVIDER.createArrayBuilder(result.errors().isEmpty() ? List.of("presentation") : List.of()))
        .add("errors", findings(result.errors()))
        .add("warnings", findings(result.warnings()))
        .add("credentialResults", credentials)
        .build();
    return ResponseEntity.status(result.verified() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).contentType(JSON)
        .body(answer.toString());
  }

  @Operation(summary = "Change a licence's status",
      description = "Body {\"credentialId\": \"urn:onevisit:licence:…\", \"credentialStatus\": [{\"type\": "
          + "\"BitstringStatusListEntry\", \"statusPurpose\": \"revocation\"|\"suspension\", \"status\": true|false}], "
          + "\"reason\": \"…\"}. Revocation is final; suspension can be lifted with status false. Who may call: an "
          + "APPROVER of the issuing department (session and CSRF token), or a system of the issuing department "
          + "authorised on /staff/licences (bearer token of its sharing API client).")
  @PostMapping(path = "/credentials/status", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('APPROVER') or hasRole('LICENCE_ISSUER')")
  ResponseEntity<String> status(@RequestBody String body) {
    Caller staff = caller("change a licence's status");
    JsonObject request = object(body);
    String id = string(request, "credentialId");
    if (id == null) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED", "credentialId is required");
    }
    Licence licence = Optional.of(id)
        .filter(s -> s.startsWith("urn:onevisit:licence:"))
        .flatMap(s -> LicenceNumber.parse(s.substring("urn:onevisit:licence:".length())))
        .flatMap(licences::find)
        .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, LicenceError.NOT_FOUND.name(), "No licence " + id));
    if (!licence.departmentCode().equals(staff.departmentCode())) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, LicenceError.NOT_ISSUERS_DEPARTMENT.name(),
          "Only the issuing department changes the status of " + licence.number());
    }
    if (!(request.get("credentialStatus") instanceof JsonArray changes) || changes.isEmpty()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED", "credentialStatus must be a non-empty array");
    }
    String reason = string(request, "reason");
    Licence changed = licence;
    for (JsonValue value : changes) {
      if (!(value instanceof JsonObject change) || !"BitstringStatusListEntry".equals(string(change, "type"))) {
        throw unprocessable("UNSUPPORTED_STATUS_TYPE", "credentialStatus entries must be BitstringStatusListEntry");
      }
      boolean set = switch (change.get("status")) {
        case null -> true;
        case JsonValue v when v == JsonValue.TRUE -> true;
        case JsonValue v when v == JsonValue.FALSE -> false;
        case JsonString s when s.getString().equals("1") || s.getString().equals("true") -> true;
        case JsonString s when s.getString().equals("0") || s.getString().equals("false") -> false;
        default -> throw unprocessable("STATUS_INVALID", "status must be true or false");
      };
      String purpose = String.valueOf(string(change, "statusPurpose"));
      String actor = staff.actor();
      String why = reason == null ? "" : reason;
      changed = switch (purpose) {
        case "revocation" -> {
          if (!set) {
            throw unprocessable("REVOCATION_FINAL", "a revocation cannot be undone");
          }
          yield licences.revoke(licence.number(), why, actor);
        }
        case "suspension" -> set ? licences.suspend(licence.number(), why, actor)
            : licences.reinstate(licence.number(), why, actor);
        default -> throw unprocessable("STATUS_PURPOSE_INVALID", "statusPurpose must be revocation or suspension");
      };
    }
    return ResponseEntity.ok().contentType(JSON).body(JSON_PROVIDER.createObjectBuilder()
        .add("credentialId", id)
        .add("status", changed.status().name())
        .build().toString());
  }

  @Operation(summary = "A Bitstring Status List credential",
      description = "purpose: revocation or suspension. Who may call: anyone, without authentication.")
  @GetMapping(path = "/status-lists/{purpose}/{list}", produces = {"application/vc", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> statusList(@PathVariable String purpose, @PathVariable String list) {
    if (!list.matches("[0-9]{1,6}")) {
      throw new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", "No status list " + purpose + "/" + list);
    }
    String credential = issuer.statusList(purpose, Integer.parseInt(list)).orElseThrow(() ->
        new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", "No status list " + purpose + "/" + list));
    return ResponseEntity.ok()
        .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofMinutes(1)))
        .contentType(JSON).body(credential);
  }

  @Operation(summary = "The issuer's DID document (did:web)", description = "Who may call: anyone.")
  @GetMapping(path = "/.well-known/did.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> didDocument() {
    return ResponseEntity.ok().contentType(JSON).body(issuer.didDocument());
  }

  /**
   * Who calls an issuer endpoint, for the department rules and the actor recorded in a licence's history: an
   * approver's session ({@code username}) or an authorised department system ({@code client:<id>}, see
   * {@link VcApiSecurity}).
   */
  record Caller(String departmentCode, String actor) {}

  static Caller caller(String what) {
    Optional<StaffMember> staff = CurrentUser.staff();
    if (staff.isPresent()) {
      return new Caller(staff.get().departmentCode(), staff.get().username());
    }
    var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof VcApiSecurity.IssuerClient client
        && client.authorised()) {
      return new Caller(client.departmentCode(), client.actor());
    }
    throw new ApiProblem(HttpStatus.FORBIDDEN, "NOT_STAFF", "Only department staff and authorised systems " + what);
  }

  static JsonObject json(Verification result) {
    var builder = JSON_PROVIDER.createObjectBuilder()
        .add("verified", result.verified())
        .add("checks", JSON_PROVIDER.createArrayBuilder(result.checks()))
        .add("errors", findings(result.errors()))
        .add("warnings", findings(result.warnings()));
    if (result.status() != null) {
      builder.add("status", result.status().name());
    }
    return builder.build();
  }

  static JsonArray findings(List<Verification.Finding> findings) {
    var array = JSON_PROVIDER.createArrayBuilder();
    for (Verification.Finding f : findings) {
      array.add(JSON_PROVIDER.createObjectBuilder()
          .add("type", "https://onevisit.org/problems/licence/" + f.problem().name().toLowerCase().replace('_', '-'))
          .add("code", f.problem().name())
          .add("title", f.problem().name().replace('_', ' ').toLowerCase())
          .add("detail", f.detail()));
    }
    return array.build();
  }

  private static JsonObject object(String body) {
    try (var reader = JSON_PROVIDER.createReader(new StringReader(body))) {
      if (reader.read() instanceof JsonObject object) {
        return object;
      }
    } catch (JsonException | IllegalStateException e) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED", "The body is not JSON");
    }
    throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED", "The body must be a JSON object");
  }

  private static JsonObject member(JsonObject request, String name) {
    if (request.get(name) instanceof JsonObject object) {
      return object;
    }
    throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED", name + " must be a JSON object");
  }

  private static void requireContext(JsonObject credential) {
    List<String> contexts = strings(credential.get("@context"));
    if (contexts.isEmpty() || !contexts.getFirst().equals("https://www.w3.org/ns/credentials/v2")) {
      throw unprocessable("CONTEXT_INVALID", "credential.@context must start with https://www.w3.org/ns/credentials/v2");
    }
  }

  private static String required(JsonObject object, String name) {
    String value = string(object, name);
    if (value == null) {
      throw unprocessable("HOLDER_INVALID", "credentialSubject." + name + " is required");
    }
    return value;
  }

  private static @Nullable String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value ? value.getString() : null;
  }

  private static List<String> strings(@Nullable JsonValue value) {
    if (value instanceof JsonString s) {
      return List.of(s.getString());
    }
    if (value instanceof JsonArray array) {
      return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
    return List.of();
  }

  private static ApiProblem unprocessable(String code, String detail) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
    return problem(problem.status, problem.code, problem.getMessage());
  }

  @ExceptionHandler(LicenceException.class)
  ResponseEntity<ProblemDetail> problem(LicenceException e) {
    return problem(HttpStatus.valueOf(e.error().status()), e.error().name(), e.getMessage());
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, @Nullable String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("code", code);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** An error of this adapter with its status and stable code. */
  static final class ApiProblem extends RuntimeException {
    final HttpStatus status;
    final String code;

    ApiProblem(HttpStatus status, String code, String detail) {
      super(detail);
      this.status = status;
      this.code = code;
    }
  }
}
