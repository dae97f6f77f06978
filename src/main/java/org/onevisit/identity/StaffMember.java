package org.onevisit.identity;

import java.io.Serializable;
import java.util.Set;
import org.onevisit.organisation.RegionCode;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * 工作人员: a logged-in member of staff with the roles he holds in one department and region.
 *
 * @param id account id
 * @param username login name
 * @param name full name (staff names are shown unmasked to colleagues)
 * @param departmentCode the department's code in {@code organisation}
 * @param regionCode the region his scope covers, sub-regions included
 * @param roles what he may do there
 */
public record StaffMember(
    long id, String username, String name, String departmentCode, String regionCode, Set<Role> roles)
    implements Serializable, AuthenticatedPrincipal {

  public StaffMember {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The name sessions are indexed by: {@code staff:<username>}. */
  @Override
  public String getName() {
    return "staff:" + username;
  }

  public RegionCode region() {
    return RegionCode.of(regionCode);
  }
}
