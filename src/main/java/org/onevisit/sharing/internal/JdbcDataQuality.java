package org.onevisit.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.onevisit.platform.ChinaTime;
import org.onevisit.platform.PersonalData;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.DataQuality;
import org.onevisit.sharing.ElementDefinition;
import org.onevisit.sharing.Ingestion;
import org.onevisit.sharing.QualityIssueRaised;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.Subject;
import org.onevisit.sharing.internal.RecordSpecs.Spec;
import org.onevisit.workday.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DataQuality} on PostgreSQL. The subject of a report is stored encrypted with a blind index; a correction is
 * recognised from the {@link RecordChanged} event of the ingestion that stored it, whoever pushed it.
 */
@Service
class JdbcDataQuality implements DataQuality {

  private static final Logger log = LoggerFactory.getLogger(JdbcDataQuality.class);
  static final int MAX_EVIDENCE = 1_000;

  private final JdbcClient jdbc;
  private final DataElements catalog;
  private final Departments departments;
  private final WorkingDays workingDays;
  private final LibraryValues libraries;
  private final Ingestion ingestion;
  private final FieldCipher cipher;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int deadline;

  JdbcDataQuality(JdbcClient jdbc, DataElements catalog, Departments departments, WorkingDays workingDays,
      LibraryValues libraries, Ingestion ingestion, FieldCipher cipher, ApplicationEventPublisher events, Clock clock,
      @Value("${onevisit.sharing.quality.deadline-working-days:5}") int deadline) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.departments = departments;
    this.workingDays = workingDays;
    this.libraries = libraries;
    this.ingestion = ingestion;
    this.cipher = cipher;
    this.events = events;
    this.clock = clock;
    this.deadline = deadline;
  }

  private byte[] subjectIndex(Subject subject) {
    return cipher.index(kind(subject) + ":" + subject.key());
  }

  private static String kind(Subject subject) {
    return subject instanceof Subject.Person ? "P" : "E";
  }

  @Override
  @Transactional
  public Issue report(Report report) {
    ElementDefinition definition = catalog.find(report.element())
        .orElseThrow(() -> new SharingException(SharingError.UNKNOWN_ELEMENT, "Not in the sharing catalog"));
    String evidence = report.evidence().strip();
    if (evidence.isEmpty() || evidence.length() > MAX_EVIDENCE) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Evidence of 1 to " + MAX_EVIDENCE + " characters is needed");
    }
    Subject subject = report.subject();
    if (!LibraryValues.holds(report.element(), subject)) {
      throw new SharingException(SharingError.INVALID_REQUEST, "No base library here holds this element for this subject");
    }
    if (report.reporter() instanceof Reporter.Citizen citizen
        && !(subject instanceof Subject.Person person && person.idNumber().equals(citizen.person()))) {
      throw new SharingException(SharingError.NOT_ALLOWED, "A citizen reports only about his own data");
    }
    String region = region(subject)
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "The base libraries know no such subject"));
    Department source = departments.byKind(definition.source(), RegionCode.of(region).county())
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "No source department for this region"));
    Integer version = libraries.read(subject, List.of(report.element()))
        .map(values -> values.get(report.element()))
        .map(held -> held.value().provenance().version())
        .orElse(null);
    LocalDate due = workingDays.addWorkingDays(workingDays.today(), deadline);
    String reporter;
    String reporterDepartment = null;
    byte[] reporterIndex = null;
    String reporterKind;
    switch (report.reporter()) {
      case Reporter.Staff staff -> {
        reporterKind = "STAFF";
        reporter = "staff:" + staff.staff().username();
        reporterDepartment = staff.staff().departmentCode();
      }
      case Reporter.Client client -> {
        reporterKind = "CLIENT";
        reporter = client.consumer().actor();
        reporterDepartment = client.consumer().departmentCode();
      }
      case Reporter.Citizen citizen -> {
        reporterKind = "CITIZEN";
        reporter = citizen.person().masked();
        reporterIndex = cipher.index("P:" + citizen.person().value());
      }
    }
    long id = jdbc.sql("""
            insert into sharing_quality_issue (element_code, subject_kind, subject_cipher, subject_index, record_version,
              evidence, reporter_kind, reporter, reporter_department, reporter_index, source_department, source_region,
              status, reported_at, due_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
        .params(report.element().code(), kind(subject), cipher.encrypt(subject.key()), subjectIndex(subject), version,
            evidence, reporterKind, reporter, reporterDepartment, reporterIndex, source.code(), source.region().value(),
            now(), due)
        .query(Long.class).single();
    events.publishEvent(new QualityIssueRaised(id, report.element(), source.code(), due));
    log.info("Quality issue {} on {} reported by {} to {}, due {}", id, report.element(), reporter, source.code(), due);
    return find(id).orElseThrow();
  }

  private Optional<String> region(Subject subject) {
    return switch (subject) {
      case Subject.Person p -> jdbc.sql("select region_code from sharing_person where id_number = ?")
          .param(p.idNumber().value()).query(String.class).optional();
      case Subject.Enterprise e -> jdbc.sql("select region_code from sharing_enterprise where credit_code = ?")
          .param(e.creditCode().value()).query(String.class).optional();
    };
  }

  private Issue lockOpen(long id, StaffMember staff) {
    jdbc.sql("select id from sharing_quality_issue where id = ? for update").param(id).query(Long.class).optional()
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "No quality issue " + id));
    Issue issue = find(id).orElseThrow();
    if (!staff.departmentCode().equals(issue.sourceDepartment())
        || !(staff.has(Role.DATA_ADMIN) || staff.has(Role.APPROVER))) {
      throw new SharingException(SharingError.NOT_ALLOWED, "Only the source department answers a quality issue");
    }
    if (issue.status() != Status.OPEN) {
      throw new SharingException(SharingError.ILLEGAL_TRANSITION, "Quality issue " + id + " is " + issue.status());
    }
    return issue;
  }

  @Override
  @Transactional
  public Issue correct(long id, String correctValue, StaffMember staff) {
    Issue issue = lockOpen(id, staff);
    Spec spec = spec(issue.element(), issue.subject())
        .orElseThrow(() -> new SharingException(SharingError.INVALID_REQUEST,
            "This element is corrected through the source department's system, not on the desk"));
    var field = spec.byElement(issue.element().code()).orElseThrow();
    var rows = jdbc.sql("select * from " + spec.table() + " where " + spec.key().column() + " = ?")
        .param(issue.subject().key()).query().listOfRows();
    if (rows.isEmpty()) {
      throw new SharingException(SharingError.NOT_FOUND, "The record no longer exists");
    }
    Map<String, @Nullable String> fields = new LinkedHashMap<>(RecordSpecs.fields(spec, rows.getFirst(), cipher));
    fields.put(field.name(), correctValue);
    var result = ingestion.ingest(new Ingestion.Source("staff:" + staff.username(), staff.departmentCode(),
        "数据质量纠错", "PAGE"), spec.type(), List.of(new Ingestion.Row(1, fields)), false);
    if (!result.rejected().isEmpty()) {
      throw new SharingException(SharingError.INVALID_REQUEST, "The value is not valid: " + result.rejected().getFirst().code());
    }
    if (result.updated() == 0) {
      throw new SharingException(SharingError.INVALID_REQUEST, "The value is the stored one");
    }
    return find(id).orElseThrow();
  }

  /** The ingestible record type holding an element for this subject, if the desk can correct it. */
  private static Optional<Spec> spec(DataElement element, Subject subject) {
    List<Spec> candidates = subject instanceof Subject.Person ? List.of(RecordSpecs.PERSON)
        : List.of(RecordSpecs.ENTERPRISE, RecordSpecs.CREDIT);
    return candidates.stream().filter(s -> s.byElement(element.code()).isPresent()).findFirst();
  }

  @Override
  @Transactional
  public Issue reject(long id, String reason, StaffMember staff) {
    String note = reason.strip();
    if (note.isEmpty() || note.length() > 500) {
      throw new SharingException(SharingError.INVALID_REQUEST, "A reason of 1 to 500 characters is needed");
    }
    Issue issue = lockOpen(id, staff);
    jdbc.sql("""
            update sharing_quality_issue set status = 'REJECTED', resolved_by = ?, resolved_at = ?, resolution_note = ?
            where id = ?""")
        .params("staff:" + staff.username(), now(), note, id).update();
    notifyReporter(id);
    log.info("Quality issue {} on {} rejected by {}", id, issue.element(), staff.username());
    return find(id).orElseThrow();
  }

  /** Closes the open reports a new version answers and notifies reporters and earlier readers. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(RecordChanged change) {
    List<Long> ids = jdbc.sql("""
            select id from sharing_quality_issue
            where subject_index = ? and status = 'OPEN' and element_code in (:elements) for update""".replace(
                ":elements", String.join(", ", java.util.Collections.nCopies(change.elements().size(), "?"))))
        .params(concat(subjectIndex(change.subject()), change.elements()))
        .query(Long.class).list();
    for (long id : ids) {
      jdbc.sql("""
              update sharing_quality_issue set status = 'CORRECTED', resolved_by = ?, resolved_at = ?,
                corrected_version = ?, resolution_note = ? where id = ?""")
          .params(change.actor(), now(), change.version(),
              change.batch() == null ? null : "batch " + change.batch(), id)
          .update();
      notifyReporter(id);
      notifyReaders(id, change);
      log.info("Quality issue {} corrected by {} (version {})", id, change.actor(), change.version());
    }
  }

  private static List<Object> concat(Object first, java.util.Collection<String> rest) {
    var all = new java.util.ArrayList<Object>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private void notifyReporter(long id) {
    jdbc.sql("""
            insert into sharing_notification (issue_id, recipient_department, recipient_index, reason, created_at)
            select id, reporter_department, reporter_index, 'REPORTER', ? from sharing_quality_issue where id = ?""")
        .params(now(), id).update();
  }

  /** Every department that read the element of this subject since the replaced version was stored. */
  private void notifyReaders(long id, RecordChanged change) {
    Issue issue = find(id).orElseThrow();
    List<String> readers = jdbc.sql("""
            select distinct consumer_department from sharing_access_log
            where subject = ? and at >= ? and served ~ ?""")
        .params(change.subject().key(), OffsetDateTime.ofInstant(change.previousStoredAt(), ChinaTime.ZONE),
            "(^|,)" + issue.element().code().replace(".", "[.]") + "@")
        .query(String.class).list();
    for (String department : readers) {
      if (department.equals(issue.reporterDepartment())) {
        continue;
      }
      jdbc.sql("""
              insert into sharing_notification (issue_id, recipient_department, reason, created_at)
              values (?, ?, 'READER', ?)""")
          .params(id, department, now()).update();
    }
  }

  private static final String ISSUE_COLUMNS = """
      id, element_code, subject_kind, subject_cipher, record_version, evidence, reporter, reporter_department,
      source_department, status, reported_at, due_on, resolved_by, resolved_at, resolution_note, corrected_version""";
  private static final String ISSUE_SELECT = "select " + ISSUE_COLUMNS + " from sharing_quality_issue ";

  @Override
  public Optional<Issue> find(long id) {
    return jdbc.sql(ISSUE_SELECT + " where id = ?").param(id)
        .query((rs, i) -> issue(rs)).optional();
  }

  @Override
  public List<Issue> open(String sourceDepartment) {
    return jdbc.sql(ISSUE_SELECT + """
            where source_department = ? and status = 'OPEN' order by due_on, id limit 500""")
        .param(sourceDepartment).query((rs, i) -> issue(rs)).list();
  }

  @Override
  public List<Issue> overdue(RegionCode region) {
    return jdbc.sql(ISSUE_SELECT + """
            where status = 'OPEN' and due_on < ? and source_region like ?
            order by due_on, id limit 500""")
        .params(workingDays.today(), region.prefix() + "%").query((rs, i) -> issue(rs)).list();
  }

  @Override
  public List<Issue> reportedBy(IdNumber citizen) {
    return jdbc.sql(ISSUE_SELECT + """
            where reporter_index = ? order by id desc limit 200""")
        .param(cipher.index("P:" + citizen.value())).query((rs, i) -> issue(rs)).list();
  }

  @Override
  public List<Issue> reportedByDepartment(String departmentCode) {
    return jdbc.sql(ISSUE_SELECT + """
            where reporter_department = ? order by id desc limit 200""")
        .param(departmentCode).query((rs, i) -> issue(rs)).list();
  }

  private Issue issue(ResultSet rs) throws SQLException {
    String key = Objects.requireNonNull(cipher.decrypt(rs.getBytes("subject_cipher")));
    Subject subject = "P".equals(rs.getString("subject_kind")) ? Subject.person(new IdNumber(key))
        : new Subject.Enterprise(new CreditCode(key));
    OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
    return new Issue(rs.getLong("id"), DataElement.of(rs.getString("element_code")), subject,
        (Integer) rs.getObject("record_version"), rs.getString("evidence"), rs.getString("reporter"),
        rs.getString("reporter_department"), rs.getString("source_department"), Status.valueOf(rs.getString("status")),
        rs.getObject("reported_at", OffsetDateTime.class).toInstant(), rs.getObject("due_on", LocalDate.class),
        rs.getString("resolved_by"), resolved == null ? null : resolved.toInstant(), rs.getString("resolution_note"),
        (Integer) rs.getObject("corrected_version"));
  }

  private static final String NOTICE_QUERY = """
      select n.id, n.issue_id, i.element_code, i.subject_kind, i.subject_cipher, i.status, i.resolution_note, n.reason,
             n.created_at
      from sharing_notification n join sharing_quality_issue i on i.id = n.issue_id
      where %s order by n.id desc limit ?""";

  @Override
  public List<Notice> notices(String departmentCode, int limit) {
    return jdbc.sql(NOTICE_QUERY.formatted("n.recipient_department = ?")).params(departmentCode, limit)
        .query((rs, i) -> notice(rs)).list();
  }

  @Override
  public List<Notice> notices(IdNumber citizen, int limit) {
    return jdbc.sql(NOTICE_QUERY.formatted("n.recipient_index = ?")).params(cipher.index("P:" + citizen.value()), limit)
        .query((rs, i) -> notice(rs)).list();
  }

  private Notice notice(ResultSet rs) throws SQLException {
    String key = Objects.requireNonNull(cipher.decrypt(rs.getBytes("subject_cipher")));
    String masked = "P".equals(rs.getString("subject_kind")) ? PersonalData.maskIdNumber(key) : key;
    return new Notice(rs.getLong("id"), rs.getLong("issue_id"), DataElement.of(rs.getString("element_code")), masked,
        Status.valueOf(rs.getString("status")), rs.getString("resolution_note"), rs.getString("reason"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(clock), ChinaTime.ZONE);
  }
}
