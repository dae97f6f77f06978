package org.onevisit.sharing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.sharing.Answer;
import org.onevisit.sharing.ApiClients;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.ElementDefinition;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.SharedData;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.Subject;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The sharing API for department systems. {@code POST /token} exchanges client credentials (HTTP Basic or
 * form fields, {@code grant_type=client_credentials}) for a bearer token; {@code POST /reads} is the
 * purpose-bound read: 200 with values and refusals when at least one element is served, otherwise problem
 * JSON (403 refused, 404 unknown subject) that still lists every refusal and the log entry. Malformed input is
 * 400 and reads nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/sharing", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "sharing", description = "数据共享: purpose-bound reads for department systems")
class SharingApi {

  private final SharedData shared;
  private final ApiClients clients;
  private final DataElements elements;

  SharingApi(SharedData shared, ApiClients clients, DataElements elements) {
    this.shared = shared;
    this.clients = clients;
    this.elements = elements;
  }

  /** RFC 6749 client-credentials token response. */
  record TokenJson(String access_token, String token_type, long expires_in) {}

  @PostMapping(path = "/token", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.ALL_VALUE})
  @PreAuthorize("permitAll()")
  @Operation(summary = "Exchange client credentials for a bearer token valid 10 minutes")
  TokenJson token(@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      @RequestParam(name = "grant_type", required = false) @Nullable String grantType,
      @RequestParam(name = "client_id", required = false) @Nullable String clientId,
      @RequestParam(name = "client_secret", required = false) @Nullable String clientSecret) {
    if (grantType != null && !grantType.equals("client_credentials")) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Only grant_type=client_credentials is supported");
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new SharingException(SharingError.BAD_CREDENTIALS, "Malformed Basic credentials");
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw new SharingException(SharingError.BAD_CREDENTIALS, "Malformed Basic credentials");
      }
      clientId = decoded.substring(0, colon);
      clientSecret = decoded.substring(colon + 1);
    }
    if (clientId == null || clientSecret == null) {
      throw new SharingException(SharingError.BAD_CREDENTIALS, "client_id and client_secret are required");
    }
    var token = clients.issueToken(clientId, clientSecret);
    return new TokenJson(token.value(), "Bearer", token.lifetime().toSeconds());
  }

  record ElementJson(String code, String type, String sensitivity, String source, String name, String nameEn,
      String description) {}

  @GetMapping("/elements")
  @PreAuthorize("hasRole('SHARING_CLIENT')")
  @Operation(summary = "The sharing catalog: every data element with its type, sensitivity and source")
  List<ElementJson> elements() {
    return elements.all().stream().map(SharingApi::json).toList();
  }

  private static ElementJson json(ElementDefinition d) {
    return new ElementJson(d.element().code(), d.type().name(), d.sensitivity().name(), d.source().name(), d.name(),
        d.nameEn(), d.description());
  }

  /**
   * A read request: exactly one of {@code idNumber} and {@code creditCode}.
   *
   * @param purpose type (e.g. the item code) and reference (the case number)
   */
  record ReadJson(@Nullable String idNumber, @Nullable String creditCode, @Nullable List<String> elements,
      @Nullable PurposeJson purpose) {}

  record PurposeJson(@Nullable String type, @Nullable String reference) {}

  record ProvenanceJson(String sourceDepartment, String sourceSystem, Instant asOf, int version) {}

  record ValueJson(String element, @Nullable String value, ProvenanceJson provenance) {}

  record RefusalJson(String element, String reason) {}

  record AnswerJson(long entry, String outcome, List<ValueJson> values, List<RefusalJson> refused) {}

  @PostMapping(path = "/reads", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('SHARING_CLIENT')")
  @Operation(summary = "Read elements of one subject for one purpose; every read is logged")
  ResponseEntity<?> read(@RequestBody ReadJson request) {
    var client = (ApiClients.Authenticated) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    Subject subject = subject(request);
    if (request.elements() == null || request.elements().isEmpty() || request.elements().size() > 50) {
      throw new SharingException(SharingError.INVALID_REQUEST, "elements: 1 to 50 data element codes");
    }
    List<DataElement> asked;
    try {
      asked = request.elements().stream().map(DataElement::of).toList();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SharingException(SharingError.INVALID_REQUEST, "elements: not a data element code");
    }
    if (request.purpose() == null || request.purpose().type() == null || request.purpose().reference() == null) {
      throw new SharingException(SharingError.INVALID_REQUEST, "purpose: type and reference are required");
    }
    Purpose purpose;
    try {
      purpose = new Purpose(request.purpose().type(), request.purpose().reference());
    } catch (IllegalArgumentException e) {
      throw new SharingException(SharingError.INVALID_REQUEST, "purpose: " + e.getMessage());
    }
    Answer answer = shared.read(client.consumer(), subject, asked, purpose);
    var json = new AnswerJson(answer.entry(), answer.outcome().name(),
        answer.values().stream().map(v -> new ValueJson(v.element().code(), v.value(),
            new ProvenanceJson(v.provenance().sourceDepartment(), v.provenance().sourceSystem(), v.provenance().asOf(),
                v.provenance().version()))).toList(),
        answer.refusals().stream().map(r -> new RefusalJson(r.element().code(), r.reason().name())).toList());
    if (answer.outcome() != Answer.Outcome.REFUSED) {
      return ResponseEntity.ok(json);
    }
    boolean unknownSubject = answer.refusals().stream()
        .anyMatch(r -> r.reason() == Answer.RefusalReason.UNKNOWN_SUBJECT);
    HttpStatus status = unknownSubject ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, unknownSubject
        ? "The base libraries know no such subject; the attempt was logged."
        : "No element could be served for this purpose; the refusal was logged.");
    problem.setType(URI.create("urn:onevisit:sharing:" + (unknownSubject ? "unknown-subject" : "read-refused")));
    problem.setTitle(unknownSubject ? "Unknown subject" : "Read refused");
    problem.setProperty("entry", json.entry());
    problem.setProperty("refused", json.refused());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Subject subject(ReadJson request) {
    if ((request.idNumber() == null) == (request.creditCode() == null)) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Give exactly one of idNumber and creditCode");
    }
    try {
      return request.idNumber() != null ? new Subject.Person(IdNumber.parse(request.idNumber()))
          : new Subject.Enterprise(CreditCode.parse(request.creditCode()));
    } catch (IllegalArgumentException e) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Not a valid ID number or credit code");
    }
  }

  @RestControllerAdvice(assignableTypes = {SharingApi.class, IngestionApi.class, QualityApi.class})
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class SharingProblems {

    @ExceptionHandler(SharingException.class)
    ResponseEntity<ProblemDetail> sharing(SharingException e) {
      HttpStatus status = switch (e.error()) {
        case INVALID_REQUEST, UNKNOWN_ELEMENT -> HttpStatus.BAD_REQUEST;
        case NOT_FOUND -> HttpStatus.NOT_FOUND;
        case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
        case ILLEGAL_TRANSITION -> HttpStatus.CONFLICT;
        case BAD_CREDENTIALS -> HttpStatus.UNAUTHORIZED;
        case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      };
      var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
      problem.setType(URI.create("urn:onevisit:sharing:" + e.error().name().toLowerCase().replace('_', '-')));
      problem.setProperty("code", e.error().name());
      var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
      if (e.error() == SharingError.BAD_CREDENTIALS) {
        response.header("WWW-Authenticate", "Basic realm=\"sharing\"");
      }
      if (e.error() == SharingError.UNAVAILABLE) {
        response.header("Retry-After", "5");
      }
      return response.body(problem);
    }
  }

}
