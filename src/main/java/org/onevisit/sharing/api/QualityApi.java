package org.onevisit.sharing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.sharing.ApiClients;
import org.onevisit.sharing.DataQuality;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.Subject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 数据质量反馈: a consumer department's system reports a wrong value (API clients, bearer token); the report goes to
 * the source department with a deadline in working days. The client sees its own department's reports.
 */
@RestController
@RequestMapping(path = "/api/v1/sharing/quality-reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "sharing-quality", description = "数据质量: report a wrong shared value to its source department")
class QualityApi {

  private final DataQuality quality;

  QualityApi(DataQuality quality) {
    this.quality = quality;
  }

  /** Exactly one of {@code idNumber} and {@code creditCode}. */
  record ReportJson(@Nullable String idNumber, @Nullable String creditCode, @Nullable String element,
      @Nullable String evidence) {}

  record IssueJson(long id, String element, String status, String sourceDepartment, LocalDate dueOn,
      @Nullable Integer reportedVersion, @Nullable Integer correctedVersion, @Nullable String resolutionNote) {}

  private static IssueJson json(DataQuality.Issue i) {
    return new IssueJson(i.id(), i.element().code(), i.status().name(), i.sourceDepartment(), i.dueOn(),
        i.reportedVersion(), i.correctedVersion(), i.resolutionNote());
  }

  private static ApiClients.Authenticated client() {
    return (ApiClients.Authenticated) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('SHARING_CLIENT')")
  @Operation(summary = "Report a wrong value (element, subject, evidence) to its source department")
  ResponseEntity<IssueJson> report(@RequestBody ReportJson request) {
    if ((request.idNumber() == null) == (request.creditCode() == null)) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Give exactly one of idNumber and creditCode");
    }
    Subject subject;
    DataElement element;
    try {
      subject = request.idNumber() != null ? Subject.person(IdNumber.parse(request.idNumber()))
          : new Subject.Enterprise(CreditCode.parse(request.creditCode()));
      element = DataElement.of(String.valueOf(request.element()));
    } catch (IllegalArgumentException e) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Not a valid subject or element code");
    }
    var issue = quality.report(new DataQuality.Report(element, subject,
        request.evidence() == null ? "" : request.evidence(), new DataQuality.Reporter.Client(client().consumer())));
    return ResponseEntity.created(URI.create("/api/v1/sharing/quality-reports/" + issue.id())).body(json(issue));
  }

  @GetMapping
  @PreAuthorize("hasRole('SHARING_CLIENT')")
  @Operation(summary = "The reports the client's department filed, newest first")
  List<IssueJson> mine() {
    return quality.reportedByDepartment(client().departmentCode()).stream().map(QualityApi::json).toList();
  }
}
