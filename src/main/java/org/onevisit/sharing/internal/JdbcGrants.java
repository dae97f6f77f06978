package org.onevisit.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.ElementDefinition;
import org.onevisit.sharing.Grant;
import org.onevisit.sharing.Grants;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcGrants implements Grants {

  static final int MAX_ELEMENTS = 50;
  static final int MAX_YEARS = 3;

  private static final Logger log = LoggerFactory.getLogger(JdbcGrants.class);

  private final JdbcClient jdbc;
  private final DataElements elements;
  private final Departments departments;
  private final ReadPolicy readPolicy;
  private final Clock clock;

  JdbcGrants(JdbcClient jdbc, DataElements elements, Departments departments, ReadPolicy readPolicy, Clock clock) {
    this.jdbc = jdbc;
    this.readPolicy = readPolicy;
    this.elements = elements;
    this.departments = departments;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Grant request(Request request, StaffMember requester) {
    var policy = GrantPolicy.mayRequest(requester);
    if (!policy.allowed()) {
      throw new SharingException(SharingError.NOT_ALLOWED, "May not request grants: " + policy.reason());
    }
    Department consumer = departments.findByCode(requester.departmentCode())
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "Unknown department " + requester.departmentCode()));
    if (!Purpose.isType(request.purposeType())) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Not a purpose type");
    }
    if (request.elements().isEmpty() || request.elements().size() > MAX_ELEMENTS) {
      throw new SharingException(SharingError.INVALID_REQUEST, "A grant covers 1 to " + MAX_ELEMENTS + " elements");
    }
    for (DataElement element : request.elements()) {
      if (elements.find(element).isEmpty()) {
        throw new SharingException(SharingError.UNKNOWN_ELEMENT, "Not in the sharing catalog: " + element);
      }
    }
    String justification = request.justification().strip();
    if (justification.isEmpty() || justification.length() > 500) {
      throw new SharingException(SharingError.INVALID_REQUEST, "A justification of 1 to 500 characters is needed");
    }
    LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
    if (request.expiresOn().isBefore(today) || request.expiresOn().isAfter(today.plusYears(MAX_YEARS))) {
      throw new SharingException(SharingError.INVALID_REQUEST, "Expiry must lie between today and " + MAX_YEARS + " years ahead");
    }
    long id = jdbc.sql("""
            insert into sharing_grant (consumer_department, consumer_region, purpose_type, status, justification,
              expires_on, requested_by, requested_at)
            values (?, ?, ?, 'REQUESTED', ?, ?, ?, ?) returning id""")
        .params(consumer.code(), consumer.region().value(), request.purposeType(), justification, request.expiresOn(),
            "staff:" + requester.username(), now())
        .query(Long.class).single();
    for (DataElement element : request.elements()) {
      jdbc.sql("insert into sharing_grant_element (grant_id, element_code) values (?, ?)")
          .params(id, element.code()).update();
    }
    log.info("Grant {} requested by {} for {} ({} elements)", id, requester.username(), consumer.code(),
        request.elements().size());
    return find(id).orElseThrow();
  }

  @Override
  @Transactional
  public Grant approve(long id, StaffMember approver) {
    return decide(id, approver, Grant.Status.REQUESTED, Grant.Status.APPROVED, null);
  }

  @Override
  @Transactional
  public Grant reject(long id, StaffMember approver, String reason) {
    return decide(id, approver, Grant.Status.REQUESTED, Grant.Status.REJECTED, note(reason));
  }

  @Override
  @Transactional
  public Grant revoke(long id, StaffMember approver, String reason) {
    return decide(id, approver, Grant.Status.APPROVED, Grant.Status.REVOKED, note(reason));
  }

  private static String note(String reason) {
    String note = reason.strip();
    if (note.isEmpty() || note.length() > 500) {
      throw new SharingException(SharingError.INVALID_REQUEST, "A reason of 1 to 500 characters is needed");
    }
    return note;
  }

  private Grant decide(long id, StaffMember staff, Grant.Status from, Grant.Status to, @Nullable String note) {
    Grant grant = lock(id);
    Set<DepartmentKind> sources = grant.elements().stream()
        .map(e -> elements.find(e).map(ElementDefinition::source).orElseThrow())
        .collect(Collectors.toSet());
    DepartmentKind staffKind = departments.findByCode(staff.departmentCode()).map(Department::kind).orElse(null);
    var policy = GrantPolicy.mayDecide(staff, staffKind, grant, sources);
    if (!policy.allowed()) {
      throw new SharingException(SharingError.NOT_ALLOWED, "May not decide grant " + id + ": " + policy.reason());
    }
    if (grant.status() != from) {
      throw new SharingException(SharingError.ILLEGAL_TRANSITION, "Grant " + id + " is " + grant.status());
    }
    jdbc.sql("""
            update sharing_grant set status = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?""")
        .params(to.name(), "staff:" + staff.username(), now(), note, id)
        .update();
    readPolicy.changed();
    log.info("Grant {} {} by {}", id, to, staff.username());
    return find(id).orElseThrow();
  }

  private Grant lock(long id) {
    jdbc.sql("select id from sharing_grant where id = ? for update").param(id).query(Long.class).optional()
        .orElseThrow(() -> new SharingException(SharingError.NOT_FOUND, "No grant " + id));
    return find(id).orElseThrow();
  }

  @Override
  public Optional<Grant> find(long id) {
    return query("where g.id = ?", List.of(id), 1).stream().findFirst();
  }

  @Override
  public List<Grant> latest(int limit) {
    return query("", List.of(), limit);
  }

  /** Per element, the latest expiry of the approved grants to this department for this purpose type. */
  Map<DataElement, LocalDate> approvedExpiries(String consumerDepartment, String purposeType) {
    Map<DataElement, LocalDate> expiries = new HashMap<>();
    jdbc.sql("""
            select ge.element_code, max(g.expires_on) as expires_on
            from sharing_grant g join sharing_grant_element ge on ge.grant_id = g.id
            where g.consumer_department = ? and g.purpose_type = ? and g.status = 'APPROVED'
            group by ge.element_code""")
        .params(consumerDepartment, purposeType)
        .query(rs -> {
          expiries.put(DataElement.of(rs.getString(1)), rs.getObject(2, LocalDate.class));
        });
    return expiries;
  }

  private List<Grant> query(String where, List<Object> params, int limit) {
    List<Grant> grants = jdbc.sql("""
            select g.*, (select string_agg(element_code, ',' order by element_code)
                         from sharing_grant_element ge where ge.grant_id = g.id) as element_codes
            from sharing_grant g %s order by g.id desc limit %d""".formatted(where, limit))
        .params(params)
        .query((rs, i) -> grant(rs))
        .list();
    return grants;
  }

  private static Grant grant(ResultSet rs) throws SQLException {
    Set<DataElement> codes = new HashSet<>();
    String list = rs.getString("element_codes");
    if (list != null) {
      for (String code : list.split(",")) {
        codes.add(DataElement.of(code));
      }
    }
    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
    return new Grant(rs.getLong("id"), rs.getString("consumer_department"), RegionCode.of(rs.getString("consumer_region")),
        rs.getString("purpose_type"), codes, rs.getString("justification"), rs.getObject("expires_on", LocalDate.class),
        Grant.Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
        rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("decided_by"),
        decided == null ? null : decided.toInstant(), rs.getString("decision_note"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(clock), ChinaTime.ZONE);
  }
}
