package org.onevisit.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The staff licence desk {@code /staff/licences} through the real security chain: approvers of the issuing
 * department find, suspend, reinstate and revoke with a recorded reason; the region's data administrator only
 * looks; everyone else is refused.
 */
@SpringBootTest
@ActiveProfiles("test")
class LicenceStaffPagesIntegrationTests {

  static final StaffMember CAB_APPROVER = staff(9101, "t.desk.cab", "331126-CAB", "331126", Role.APPROVER);
  static final StaffMember PSB_APPROVER = staff(9102, "t.desk.psb", "331126-PSB", "331126", Role.APPROVER);
  static final StaffMember OTHER_COUNTY_CAB_APPROVER = staff(9103, "t.desk.kecheng.cab", "330802-CAB", "330802",
      Role.APPROVER);
  static final StaffMember DATA_ADMIN = staff(9104, "t.desk.dataadmin", "331126-AMR", "331126", Role.DATA_ADMIN);
  static final StaffMember OTHER_COUNTY_DATA_ADMIN = staff(9105, "t.desk.kecheng.dataadmin", "330802-AMR", "330802",
      Role.DATA_ADMIN);
  static final StaffMember CAB_CLERK = staff(9106, "t.desk.clerk", "331126-CAB", "331126", Role.WINDOW_CLERK);

  @Autowired WebApplicationContext context;
  @Autowired Licences licences;
  @Autowired CredentialVerifier verifier;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  static StaffMember staff(long id, String username, String department, String region, Role role) {
    return new StaffMember(id, username, "王芳", department, region, Set.of(role));
  }

  static UsernamePasswordAuthenticationToken as(StaffMember staff) {
    return new UsernamePasswordAuthenticationToken(staff, null,
        staff.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  MockHttpServletResponse change(StaffMember staff, Licence licence, String action, String reason) throws Exception {
    return call(post("/staff/licences/" + licence.number() + "/" + action).param("reason", reason)
        .with(authentication(as(staff))).with(csrf()));
  }

  static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void anApproverOfTheIssuingDepartmentFindsAndRevokesWithTheReasonRecorded() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    var found = call(get("/staff/licences").param("number", " " + licence.number().grouped().toLowerCase() + " ")
        .with(authentication(as(CAB_APPROVER))));
    assertThat(found.getRedirectedUrl()).isEqualTo("/staff/licences/" + licence.number());
    String page = text(call(get("/staff/licences/" + licence.number()).with(authentication(as(CAB_APPROVER)))));
    assertThat(page).contains("结婚证", "有效", "id=\"reason-suspend\"", "id=\"reason-revoke\"")
        .doesNotContain("id=\"reason-reinstate\"").doesNotContain(licence.holder().identifier());

    var revoked = change(CAB_APPROVER, licence, "revoke", "  婚姻登记被依法撤销  ");

    assertThat(revoked.getRedirectedUrl()).isEqualTo("/staff/licences/" + licence.number());
    assertThat(licences.find(licence.number()).orElseThrow().status()).isEqualTo(LicenceStatus.REVOKED);
    StatusChange last = licences.history(licence.number()).getLast();
    assertThat(last.status()).isEqualTo(LicenceStatus.REVOKED);
    assertThat(last.reason()).isEqualTo("婚姻登记被依法撤销");
    assertThat(last.actor()).isEqualTo("t.desk.cab");
    assertThat(verifier.verify(licence.credential()).status()).isEqualTo(LicenceStatus.REVOKED);
    String after = text(call(get("/staff/licences/" + licence.number()).with(authentication(as(CAB_APPROVER)))));
    assertThat(after).contains("已注销", "婚姻登记被依法撤销", "t.desk.cab").doesNotContain("id=\"reason-revoke\"");
  }

  @Test
  void suspensionCanBeLiftedAndEachStepIsInTheHistory() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    change(CAB_APPROVER, licence, "suspend", "核查婚姻登记材料");
    assertThat(verifier.verify(licence.credential()).status()).isEqualTo(LicenceStatus.SUSPENDED);
    assertThat(text(call(get("/staff/licences/" + licence.number()).with(authentication(as(CAB_APPROVER))))))
        .contains("id=\"reason-reinstate\"").doesNotContain("id=\"reason-suspend\"");
    change(CAB_APPROVER, licence, "reinstate", "核查无误");

    assertThat(licences.history(licence.number())).extracting(StatusChange::status)
        .containsExactly(LicenceStatus.VALID, LicenceStatus.SUSPENDED, LicenceStatus.VALID);
    assertThat(verifier.verify(licence.credential()).verified()).isTrue();
    String refused = text(change(CAB_APPROVER, licence, "reinstate", "again"));
    assertThat(refused).contains("ov-error-summary", "证照未被暂停");
  }

  @Test
  void aMissingReasonIsAnErrorOnThePageAndChangesNothing() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    var response = change(CAB_APPROVER, licence, "suspend", "   ");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(text(response)).contains("<title>错误：", "ov-error-summary", "href=\"#reason-suspend\"", "请填写原因",
        "id=\"reason-suspend-error\"");
    assertThat(licences.find(licence.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
    assertThat(licences.history(licence.number())).hasSize(1);
    assertThat(text(change(CAB_APPROVER, licence, "revoke", "x".repeat(501)))).contains("原因最多 500 个字");
    assertThat(licences.find(licence.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void anApproverOfAnotherDepartmentIsRefused() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    assertThat(call(get("/staff/licences/" + licence.number()).with(authentication(as(PSB_APPROVER)))).getStatus())
        .isEqualTo(403);
    assertThat(change(PSB_APPROVER, licence, "revoke", "不是我的").getStatus()).isEqualTo(403);
    assertThat(text(call(get("/staff/licences").param("number", licence.number().value())
        .with(authentication(as(PSB_APPROVER)))))).contains("ov-error-summary", "该证照由其他部门签发");
    assertThat(licences.find(licence.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void theSameDepartmentKindInAnotherRegionIsRefused() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    assertThat(call(get("/staff/licences/" + licence.number()).with(authentication(as(OTHER_COUNTY_CAB_APPROVER))))
        .getStatus()).isEqualTo(403);
    assertThat(change(OTHER_COUNTY_CAB_APPROVER, licence, "suspend", "越权").getStatus()).isEqualTo(403);
    assertThat(call(get("/staff/licences/" + licence.number()).with(authentication(as(OTHER_COUNTY_DATA_ADMIN))))
        .getStatus()).isEqualTo(403);
    assertThat(licences.find(licence.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void theRegionsDataAdministratorLooksButDoesNotChange() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    String page = text(call(get("/staff/licences/" + licence.number()).with(authentication(as(DATA_ADMIN)))));
    assertThat(page).contains("结婚证", "id=\"read-only\"").doesNotContain("id=\"reason-revoke\"");
    assertThat(change(DATA_ADMIN, licence, "revoke", "清理").getStatus()).isEqualTo(403);
    assertThat(licences.find(licence.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void otherRolesAndVisitorsAreRefusedAndUnknownNumbersAreNotFound() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());

    assertThat(call(get("/staff/licences/" + licence.number()).with(authentication(as(CAB_CLERK)))).getStatus())
        .isEqualTo(403);
    assertThat(change(CAB_CLERK, licence, "revoke", "窗口").getStatus()).isEqualTo(403);
    assertThat(call(get("/staff/licences/" + licence.number())).getStatus()).isEqualTo(302);
    var withoutToken = call(post("/staff/licences/" + licence.number() + "/revoke").param("reason", "x")
        .with(authentication(as(CAB_APPROVER))));
    assertThat(withoutToken.getRedirectedUrl()).as("without CSRF token: the platform's expired-form answer")
        .isEqualTo("/staff/licences/" + licence.number() + "/revoke?expired");
    assertThat(call(get(withoutToken.getRedirectedUrl()).with(authentication(as(CAB_APPROVER)))).getRedirectedUrl())
        .isEqualTo("/staff/licences/" + licence.number() + "?expired");

    String unknown = "10433112602202699999999" + LicenceNumber.checkCharacter("10433112602202699999999");
    assertThat(LicenceNumber.parse(unknown)).isPresent();
    assertThat(call(get("/staff/licences/" + unknown).with(authentication(as(CAB_APPROVER)))).getStatus())
        .isEqualTo(404);
    assertThat(text(call(get("/staff/licences").param("number", unknown).with(authentication(as(CAB_APPROVER))))))
        .contains("没有这个编号的证照");
    assertThat(text(call(get("/staff/licences").param("number", "12345").with(authentication(as(CAB_APPROVER))))))
        .contains("<title>错误：", "证照编号不正确");
    String last = licence.number().value();
    String otherCheck = last.substring(0, 23) + (last.charAt(23) == '0' ? '1' : '0');
    assertThat(text(call(get("/staff/licences").param("number", otherCheck).with(authentication(as(CAB_APPROVER))))))
        .contains("证照编号不正确");
    assertThat(licences.find(licence.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }
}
