package org.onevisit.licence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onevisit.identity.StaffMember;

/**
 * 发证系统: the department systems that may issue licences and change their status through the VC-API
 * ({@code /credentials/issue}, {@code /credentials/status}) without a person at a browser. A system authenticates
 * with the sharing module's API-client credentials (client id and secret → a 10-minute bearer token from
 * {@code POST /api/v1/sharing/token}); those credentials say who it is, not what it may do, so an approver of the
 * client's own department must authorise it here before it can issue — and it then issues exactly what an approver of
 * that department may (see ADR 0010).
 */
public interface IssuerClients {

  /** An authorised system: its sharing client id, its department, who authorised it and when. */
  record IssuerClient(String clientId, String departmentCode, String authorisedBy, Instant authorisedAt) {}

  /**
   * Lets the sharing API client {@code clientId} issue for its department.
   *
   * @throws LicenceException CLIENT_UNKNOWN for no such (enabled) client, NOT_ISSUERS_DEPARTMENT when the client
   *     belongs to another department than the approver's
   */
  IssuerClient authorise(String clientId, StaffMember approver);

  /**
   * Withdraws the authorisation; the client's next call is refused.
   *
   * @throws LicenceException CLIENT_UNKNOWN when it is not authorised, NOT_ISSUERS_DEPARTMENT for another department's
   */
  void withdraw(String clientId, StaffMember approver);

  /** The authorised systems of a department, oldest first. */
  List<IssuerClient> of(String departmentCode);

  Optional<IssuerClient> find(String clientId);
}
