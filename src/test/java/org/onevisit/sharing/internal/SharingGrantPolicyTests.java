package org.onevisit.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.Grant;

class SharingGrantPolicyTests {

  static final Grant REQUESTED = new Grant(1, "331126-CAB", RegionCode.of("331126"), "CS-02",
      Set.of(DataElement.of("person.name")), "为了办件", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(10), Grant.Status.REQUESTED,
      "staff:requester", Instant.now(), null, null, null);
  static final Set<DepartmentKind> FROM_PSB = Set.of(DepartmentKind.PUBLIC_SECURITY);

  static StaffMember staff(String username, String department, String region, Role... roles) {
    return new StaffMember(1, username, "王芳", department, region, Set.of(roles));
  }

  @Test
  void aCountyDataAdministratorApprovesForHisCounty() {
    assertThat(GrantPolicy.mayDecide(staff("admin", "331126-PSB", "331126", Role.DATA_ADMIN), DepartmentKind.PUBLIC_SECURITY,
        REQUESTED, FROM_PSB).allowed()).isTrue();
  }

  @Test
  void aCityDataAdministratorApprovesForItsCounties() {
    assertThat(GrantPolicy.mayDecide(staff("city", "331100-PSB", "331100", Role.DATA_ADMIN), DepartmentKind.PUBLIC_SECURITY,
        REQUESTED, FROM_PSB).allowed()).isTrue();
  }

  @Test
  void rejectsADecisionFromAnotherCounty() {
    assertThat(GrantPolicy.mayDecide(staff("other", "331102-PSB", "331102", Role.DATA_ADMIN), DepartmentKind.PUBLIC_SECURITY,
        REQUESTED, FROM_PSB).reason()).isEqualTo("OUTSIDE_REGION");
  }

  @Test
  void theSourceDepartmentsApproverDecidesOnlyWhenItIsTheSourceOfEveryElement() {
    var approver = staff("psb", "331126-PSB", "331126", Role.APPROVER);
    assertThat(GrantPolicy.mayDecide(approver, DepartmentKind.PUBLIC_SECURITY, REQUESTED, FROM_PSB).allowed()).isTrue();
    assertThat(GrantPolicy.mayDecide(approver, DepartmentKind.PUBLIC_SECURITY, REQUESTED,
        Set.of(DepartmentKind.PUBLIC_SECURITY, DepartmentKind.CIVIL_AFFAIRS)).reason()).isEqualTo("NOT_THE_SOURCE");
  }

  @Test
  void nobodyDecidesHisOwnRequest() {
    assertThat(GrantPolicy.mayDecide(staff("requester", "331126-PSB", "331126", Role.DATA_ADMIN),
        DepartmentKind.PUBLIC_SECURITY, REQUESTED, FROM_PSB).reason()).isEqualTo("OWN_REQUEST");
  }

  @Test
  void aClerkNeitherRequestsNorDecides() {
    var clerk = staff("clerk", "331126-PSB", "331126", Role.WINDOW_CLERK);
    assertThat(GrantPolicy.mayRequest(clerk).allowed()).isFalse();
    assertThat(GrantPolicy.mayDecide(clerk, DepartmentKind.PUBLIC_SECURITY, REQUESTED, FROM_PSB).reason())
        .isEqualTo("ROLE_MISSING");
  }
}
