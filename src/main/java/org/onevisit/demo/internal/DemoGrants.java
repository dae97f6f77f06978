package org.onevisit.demo.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.onevisit.casework.SharedElements;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.Grants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 有条件使用 for the demo: in every demo county, each department that decides published items requests, for
 * each of them, the shared data elements {@link SharedElements#readFor} names (those in the sharing catalog),
 * and the county's data administrator approves, through the same {@link Grants} API staff use. Items decided
 * at city or province level get no demo grant: their departments have no demo staff, and their forms fall back
 * to typed input, as they would in a deployment without the grant.
 */
@Component
class DemoGrants {

  private static final Logger log = LoggerFactory.getLogger(DemoGrants.class);
  static final List<String> COUNTIES = List.of("qingyuan:331126", "kecheng:330802", "xihu:330106");

  private final Catalog catalog;
  private final Grants grants;
  private final DataElements elements;
  private final Accounts accounts;

  DemoGrants(Catalog catalog, Grants grants, DataElements elements, Accounts accounts) {
    this.catalog = catalog;
    this.grants = grants;
    this.elements = elements;
    this.accounts = accounts;
  }

  /** Requests and approves the grants; returns how many. */
  int grant(LocalDate today) {
    int count = 0;
    for (String county : COUNTIES) {
      String place = county.substring(0, county.indexOf(':'));
      RegionCode region = RegionCode.of(county.substring(county.indexOf(':') + 1));
      StaffMember admin = accounts.findStaff(place + ".dataadmin").orElseThrow();
      for (var item : catalog.items()) {
        if (item.handlingLevel() == RegionCode.Level.CITY || item.handlingLevel() == RegionCode.Level.PROVINCE) {
          continue;
        }
        var wanted = new LinkedHashSet<DataElement>();
        SharedElements.readFor(item).stream().filter(e -> elements.find(e).isPresent()).forEach(wanted::add);
        var requester = accounts.findStaff(place + ".approver." + item.department().code().toLowerCase(
            java.util.Locale.ROOT));
        if (wanted.isEmpty() || requester.isEmpty()) {
          continue;
        }
        var grant = grants.request(new Grants.Request(item.code().value(), wanted,
            "办理“" + item.name() + "”时预填表单、核验材料（" + region.value() + "）", today.plusYears(3)),
            requester.get());
        grants.approve(grant.id(), admin);
        count++;
      }
    }
    log.info("Demo grants approved: {}", count);
    return count;
  }
}
