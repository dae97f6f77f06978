package org.onevisit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onevisit.organisation.RegionCode;

class StaffScopeTests {

  static StaffMember countyApprover() {
    return new StaffMember(1, "qy.approver", "李四", "331126-PSB", "331126", Set.of(Role.APPROVER));
  }

  @Test
  void countyApproverActsInHisCountyAndItsTownshipsAndVillages() {
    var staff = countyApprover();
    assertThat(StaffScope.check(staff, Role.APPROVER, RegionCode.of("331126")).allowed()).isTrue();
    assertThat(StaffScope.check(staff, Role.APPROVER, RegionCode.of("331126100")).allowed()).isTrue();
    assertThat(StaffScope.check(staff, Role.APPROVER, RegionCode.of("331126100201")).allowed()).isTrue();
  }

  @Test
  void countyApproverCannotActInAnotherCounty() {
    var decision = StaffScope.check(countyApprover(), Role.APPROVER, RegionCode.of("331181"));
    assertThat(decision).isEqualTo(new ScopeDecision.Rejected("OUTSIDE_REGION"));
    assertThat(StaffScope.check(countyApprover(), Role.APPROVER, RegionCode.of("331181104201")).allowed()).isFalse();
  }

  @Test
  void countyApproverCannotActForHisCityOrProvince() {
    assertThat(StaffScope.check(countyApprover(), Role.APPROVER, RegionCode.of("331100")).allowed()).isFalse();
    assertThat(StaffScope.check(countyApprover(), Role.APPROVER, RegionCode.of("330000")).allowed()).isFalse();
  }

  @Test
  void cityScopeCoversEveryCountyOfTheCity() {
    var city = new StaffMember(2, "ls.supervisor", "周五", "331100-GOV", "331100", Set.of(Role.SUPERVISOR));
    assertThat(StaffScope.check(city, Role.SUPERVISOR, RegionCode.of("331126")).allowed()).isTrue();
    assertThat(StaffScope.check(city, Role.SUPERVISOR, RegionCode.of("331181104201")).allowed()).isTrue();
    assertThat(StaffScope.check(city, Role.SUPERVISOR, RegionCode.of("330802")).allowed()).isFalse();
  }

  @Test
  void roleNotHeldIsRejectedEvenInsideTheRegion() {
    assertThat(StaffScope.check(countyApprover(), Role.WINDOW_CLERK, RegionCode.of("331126")))
        .isEqualTo(new ScopeDecision.Rejected("ROLE_MISSING"));
  }

  @Test
  void approverActsOnlyForHisOwnDepartment() {
    assertThat(StaffScope.check(countyApprover(), Role.APPROVER, RegionCode.of("331126"), "331126-PSB").allowed())
        .isTrue();
    assertThat(StaffScope.check(countyApprover(), Role.APPROVER, RegionCode.of("331126"), "331126-MCA"))
        .isEqualTo(new ScopeDecision.Rejected("OTHER_DEPARTMENT"));
  }
}
