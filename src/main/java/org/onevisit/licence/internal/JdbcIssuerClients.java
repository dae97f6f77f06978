package org.onevisit.licence.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.licence.IssuerClients;
import org.onevisit.licence.LicenceError;
import org.onevisit.licence.LicenceException;
import org.onevisit.sharing.ApiClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link IssuerClients} in {@code licence_issuer_client}; the clients themselves are the sharing module's. */
@Component
class JdbcIssuerClients implements IssuerClients {

  private static final Logger log = LoggerFactory.getLogger(JdbcIssuerClients.class);

  private final JdbcClient jdbc;
  private final ApiClients clients;
  private final Clock clock;

  JdbcIssuerClients(JdbcClient jdbc, ApiClients clients, Clock clock) {
    this.jdbc = jdbc;
    this.clients = clients;
    this.clock = clock;
  }

  @Override
  @Transactional
  public IssuerClient authorise(String clientId, StaffMember approver) {
    requireApprover(approver);
    ApiClients.Client client = clients.all().stream()
        .filter(c -> c.clientId().equals(clientId.strip()) && c.enabled())
        .findFirst()
        .orElseThrow(() -> new LicenceException(LicenceError.CLIENT_UNKNOWN, "No enabled API client " + clientId));
    if (!client.departmentCode().equals(approver.departmentCode())) {
      throw new LicenceException(LicenceError.NOT_ISSUERS_DEPARTMENT,
          "Client " + client.clientId() + " belongs to " + client.departmentCode());
    }
    var authorised = new IssuerClient(client.clientId(), client.departmentCode(), approver.username(), clock.instant());
    jdbc.sql("""
            insert into licence_issuer_client (client_id, department_code, authorised_by, authorised_at)
            values (?, ?, ?, ?) on conflict (client_id) do nothing""")
        .params(authorised.clientId(), authorised.departmentCode(), authorised.authorisedBy(),
            java.sql.Timestamp.from(authorised.authorisedAt()))
        .update();
    log.info("API client {} of {} authorised to issue licences by {}", client.clientId(), client.departmentCode(),
        approver.username());
    return find(client.clientId()).orElseThrow();
  }

  @Override
  @Transactional
  public void withdraw(String clientId, StaffMember approver) {
    requireApprover(approver);
    IssuerClient client = find(clientId).orElseThrow(() ->
        new LicenceException(LicenceError.CLIENT_UNKNOWN, "Client " + clientId + " is not authorised"));
    if (!client.departmentCode().equals(approver.departmentCode())) {
      throw new LicenceException(LicenceError.NOT_ISSUERS_DEPARTMENT, "Client " + clientId + " is another department's");
    }
    jdbc.sql("delete from licence_issuer_client where client_id = ?").param(clientId).update();
    log.info("API client {} may no longer issue licences (withdrawn by {})", clientId, approver.username());
  }

  @Override
  public List<IssuerClient> of(String departmentCode) {
    return jdbc.sql("select " + COLUMNS + " from licence_issuer_client where department_code = ? order by authorised_at, client_id")
        .param(departmentCode).query(JdbcIssuerClients::row).list();
  }

  @Override
  public Optional<IssuerClient> find(String clientId) {
    return jdbc.sql("select " + COLUMNS + " from licence_issuer_client where client_id = ?").param(clientId)
        .query(JdbcIssuerClients::row).optional();
  }

  private static final String COLUMNS = "client_id, department_code, authorised_by, authorised_at";

  private static IssuerClient row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new IssuerClient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
  }

  private static void requireApprover(StaffMember staff) {
    if (!staff.has(Role.APPROVER)) {
      throw new LicenceException(LicenceError.NOT_ISSUERS_DEPARTMENT, "Only approvers authorise issuing systems");
    }
  }
}
