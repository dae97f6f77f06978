package org.onevisit.demo;

import java.util.List;
import org.onevisit.sharing.HouseholdRecord;
import org.onevisit.sharing.MarriageRecord;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.BirthRecord;
import org.onevisit.sharing.PrenatalRecord;

/**
 * One generated household with everything that hangs on it: its members (head first), the marriage of the
 * couple if there is one, a prenatal record if the couple expects a child, and enterprises its members run.
 */
public record DemoHousehold(
    HouseholdRecord household,
    List<PersonRecord> members,
    List<MarriageRecord> marriages,
    List<PrenatalRecord> prenatalRecords,
    List<BirthRecord> births,
    List<DemoEnterprise> enterprises) {

  public DemoHousehold {
    members = List.copyOf(members);
    marriages = List.copyOf(marriages);
    prenatalRecords = List.copyOf(prenatalRecords);
    births = List.copyOf(births);
    enterprises = List.copyOf(enterprises);
  }
}
