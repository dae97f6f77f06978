package org.onevisit.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.sharing.ApiClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Department systems on the VC-API: a sharing API client's bearer token issues and changes status only after an
 * approver of the client's department authorised it, only for what that department issues, without CSRF.
 */
@SpringBootTest
@ActiveProfiles("test")
class LicenceMachineIssuerIntegrationTests {

  static final StaffMember DATA_ADMIN = new StaffMember(9201, "t.m.dataadmin", "杨丹", "331126-AMR", "331126",
      Set.of(Role.DATA_ADMIN));
  static final StaffMember CAB_APPROVER = new StaffMember(9202, "t.m.cab", "王芳", "331126-CAB", "331126",
      Set.of(Role.APPROVER));
  static final StaffMember PSB_APPROVER = new StaffMember(9203, "t.m.psb", "李强", "331126-PSB", "331126",
      Set.of(Role.APPROVER));

  @Autowired WebApplicationContext context;
  @Autowired ApiClients clients;
  @Autowired IssuerClients issuers;
  @Autowired Licences licences;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  static JsonObject read(MockHttpServletResponse response) throws Exception {
    return Json.createReader(new StringReader(response.getContentAsString(StandardCharsets.UTF_8))).readObject();
  }

  /** A token from the sharing module's token endpoint, as a department system gets it. */
  String token(ApiClients.Credentials credentials) throws Exception {
    var response = call(post("/api/v1/sharing/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("grant_type", "client_credentials").param("client_id", credentials.clientId())
        .param("client_secret", credentials.secret()));
    assertThat(response.getStatus()).isEqualTo(200);
    return read(response).getString("access_token");
  }

  MockHttpServletResponse issue(String token, IdNumber husband) throws Exception {
    return call(post("/credentials/issue").header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON).content(LicenceApiIntegrationTests.issueBody(husband)));
  }

  @Test
  void anAuthorisedSystemOfTheIssuingDepartmentIssuesWithItsTokenAndNoCsrf() throws Exception {
    var credentials = clients.register("331126-CAB", "婚姻登记系统", DATA_ADMIN);
    String token = token(credentials);
    IdNumber husband = IdentityFixtures.anyIdNumber();

    var refused = issue(token, husband);
    assertThat(refused.getStatus()).as("registered for sharing, not yet authorised to issue").isEqualTo(403);
    assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(read(refused).getString("code")).isEqualTo("CLIENT_NOT_AUTHORISED");

    issuers.authorise(credentials.clientId(), CAB_APPROVER);
    var issued = issue(token, husband);

    assertThat(issued.getStatus()).isEqualTo(201);
    String id = read(issued).getJsonObject("verifiableCredential").getString("id");
    Licence licence = licences.find(LicenceNumber.parse(id.substring("urn:onevisit:licence:".length())).orElseThrow())
        .orElseThrow();
    assertThat(licence.departmentCode()).isEqualTo("331126-CAB");
    assertThat(licences.history(licence.number()).getFirst().actor()).isEqualTo("client:" + credentials.clientId());

    var revoked = call(post("/credentials/status").header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"credentialId": "%s", "credentialStatus": [{"type": "BitstringStatusListEntry",
             "statusPurpose": "revocation", "status": true}], "reason": "登记机关撤销"}""".formatted(id)));
    assertThat(revoked.getStatus()).isEqualTo(200);
    assertThat(licences.history(licence.number()).getLast().actor()).isEqualTo("client:" + credentials.clientId());

    issuers.withdraw(credentials.clientId(), CAB_APPROVER);
    assertThat(issue(token, IdentityFixtures.anyIdNumber()).getStatus()).isEqualTo(403);
  }

  @Test
  void aSystemIssuesOnlyWhatItsDepartmentIssues() throws Exception {
    var police = clients.register("331126-PSB", "户籍系统", DATA_ADMIN);
    issuers.authorise(police.clientId(), PSB_APPROVER);

    var response = issue(token(police), IdentityFixtures.anyIdNumber());

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(read(response).getString("code")).isEqualTo(LicenceError.NOT_ISSUERS_DEPARTMENT.name());
    Licence other = licences.issue(LicenceFixtures.anyMarriageCertificate());
    var status = call(post("/credentials/status").header("Authorization", "Bearer " + token(police))
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"credentialId": "urn:onevisit:licence:%s", "credentialStatus": [{"type": "BitstringStatusListEntry",
             "statusPurpose": "suspension", "status": true}], "reason": "越权"}""".formatted(other.number())));
    assertThat(status.getStatus()).isEqualTo(403);
    assertThat(licences.find(other.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void onlyAnApproverOfTheClientsOwnDepartmentAuthorisesIt() {
    var credentials = clients.register("331126-CAB", "婚姻登记系统", DATA_ADMIN);

    assertThatThrownBy(() -> issuers.authorise(credentials.clientId(), PSB_APPROVER))
        .isInstanceOfSatisfying(LicenceException.class,
            e -> assertThat(e.error()).isEqualTo(LicenceError.NOT_ISSUERS_DEPARTMENT));
    assertThatThrownBy(() -> issuers.authorise(credentials.clientId(), DATA_ADMIN))
        .isInstanceOf(LicenceException.class);
    assertThatThrownBy(() -> issuers.authorise("331126-cab-nosuch", CAB_APPROVER))
        .isInstanceOfSatisfying(LicenceException.class, e -> assertThat(e.error()).isEqualTo(LicenceError.CLIENT_UNKNOWN));
    clients.disable(credentials.clientId(), DATA_ADMIN);
    assertThatThrownBy(() -> issuers.authorise(credentials.clientId(), CAB_APPROVER))
        .as("a disabled client").isInstanceOf(LicenceException.class);
    assertThat(issuers.find(credentials.clientId())).isEmpty();
  }

  @Test
  void badTokensAreProblemJsonAndVerificationStaysOpen() throws Exception {
    var unknown = issue("not-a-token", IdentityFixtures.anyIdNumber());
    assertThat(unknown.getStatus()).isEqualTo(401);
    assertThat(unknown.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(read(unknown).getString("code")).isEqualTo("CLIENT_UNAUTHENTICATED");

    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    var verified = call(post("/credentials/verify").header("Authorization", "Bearer not-a-token")
        .contentType(MediaType.APPLICATION_JSON).content("{\"verifiableCredential\": " + licence.credential() + "}"));
    assertThat(verified.getStatus()).as("verification ignores tokens").isEqualTo(200);
    var anonymous = call(post("/credentials/issue").contentType(MediaType.APPLICATION_JSON)
        .content(LicenceApiIntegrationTests.issueBody(IdentityFixtures.anyIdNumber())));
    assertThat(anonymous.getStatus()).isIn(401, 403);
  }

  @Test
  void anApproverAuthorisesAndWithdrawsOnTheStaffDesk() throws Exception {
    var credentials = clients.register("331126-CAB", "婚姻登记系统", DATA_ADMIN);
    var asApprover = authentication(LicenceStaffPagesIntegrationTests.as(CAB_APPROVER));

    var done = call(post("/staff/licences/issuer-clients").param("clientId", " " + credentials.clientId() + " ")
        .with(asApprover).with(csrf()));
    assertThat(done.getRedirectedUrl()).isEqualTo("/staff/licences");
    assertThat(issuers.find(credentials.clientId())).get()
        .satisfies(c -> assertThat(c.authorisedBy()).isEqualTo("t.m.cab"));
    assertThat(call(get("/staff/licences").with(asApprover)).getContentAsString(StandardCharsets.UTF_8))
        .contains(credentials.clientId(), "t.m.cab");

    var wrong = mvc.perform(post("/staff/licences/issuer-clients").param("clientId", credentials.clientId())
        .with(authentication(LicenceStaffPagesIntegrationTests.as(PSB_APPROVER))).with(csrf())).andReturn();
    assertThat(wrong.getFlashMap().get("clientError")).isEqualTo("licence.staff.clients.error.NOT_ISSUERS_DEPARTMENT");
    var byDataAdmin = call(post("/staff/licences/issuer-clients").param("clientId", credentials.clientId())
        .with(authentication(LicenceStaffPagesIntegrationTests.as(DATA_ADMIN))).with(csrf()));
    assertThat(byDataAdmin.getStatus()).isEqualTo(403);

    call(post("/staff/licences/issuer-clients/" + credentials.clientId() + "/withdraw").with(asApprover).with(csrf()));
    assertThat(issuers.find(credentials.clientId())).isEmpty();
  }
}
