package org.onevisit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.identity.IdentityFixtures.QINGYUAN;
import static org.onevisit.identity.IdentityFixtures.STAFF_PASSWORD;
import static org.onevisit.identity.IdentityFixtures.registeredCitizen;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onevisit.platform.DeveloperOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LoginPagesIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired DeveloperOutbox outbox;
  @Autowired JdbcClient jdbc;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  String body(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void anIdNumberWithAWrongCheckDigitIsExplainedNextToTheFieldAndNeverStored() throws Exception {
    String valid = IdentityFixtures.anyIdNumber().value();
    char last = valid.charAt(17);
    String typo = valid.substring(0, 17) + (last == '1' ? '2' : '1');
    if (typo.equals(valid)) {
      typo = valid.substring(0, 17) + '3';
    }

    MvcResult result = mvc.perform(post("/login").with(csrf()).param("idNumber", typo).param("mobile", "13912345678"))
        .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String page = body(result);
    assertThat(page).contains("校验码不对").contains("id=\"idNumber-error\"").contains("<title>错误：");
    assertThat(jdbc.sql("select count(*) from identity_login_code where mobile = '13912345678'").query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("select count(*) from identity_citizen where id_number = ?").param(typo).query(Long.class).single())
        .isZero();
  }

  @Test
  void missingFieldsAreListedInTheErrorSummary() throws Exception {
    String page = body(mvc.perform(post("/login").with(csrf()).param("idNumber", "").param("mobile", "12")).andReturn());
    assertThat(page).contains("请输入身份证号").contains("手机号应为 11 位数字").contains("href=\"#idNumber\"");
  }

  @Test
  void englishPagesSpeakEnglish() throws Exception {
    String page = body(mvc.perform(get("/login").param("lang", "en")).andReturn());
    assertThat(page).contains("Log in with your ID card").contains("lang=\"en\"");
  }

  @Test
  void aCitizenLogsInWithTheCodeFromTheOutboxAndSeesOnlyMaskedData(CapturedOutput output) throws Exception {
    var citizen = registeredCitizen(accounts);
    MockHttpSession session = new MockHttpSession();

    mvc.perform(post("/login").session(session).with(csrf())
            .param("idNumber", citizen.idNumber().value()).param("mobile", citizen.mobile()))
        .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login/code"));
    String codePage = body(mvc.perform(get("/login/code").session(session)).andReturn());
    assertThat(codePage).contains(citizen.mobile().substring(0, 3) + "****" + citizen.mobile().substring(7));

    Matcher code = Pattern.compile("(\\d{6})").matcher(outbox.latest(50).stream()
        .filter(m -> m.mobile().equals(citizen.mobile())).findFirst().orElseThrow().text());
    assertThat(code.find()).isTrue();
    MvcResult loggedIn = mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code.group(1)))
        .andReturn();
    assertThat(loggedIn.getResponse().getRedirectedUrl()).isEqualTo("/me");

    assertThat(mvc.perform(get("/login/code").session(session)).andReturn().getResponse().getRedirectedUrl())
        .as("a second visit of the code page after login").isEqualTo("/me");
    assertThat(mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code.group(1)))
        .andReturn().getResponse().getRedirectedUrl()).as("a second click").isEqualTo("/me");

    String me = body(mvc.perform(get("/me").session(session)).andReturn());
    assertThat(me).contains(citizen.idNumber().masked()).doesNotContain(citizen.idNumber().value()).contains("张*明");
    assertThat(output.getAll()).doesNotContain(citizen.idNumber().value()).doesNotContain(citizen.mobile());
  }

  @Test
  void myspaceNeedsALogin() throws Exception {
    assertThat(mvc.perform(get("/me")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    assertThat(mvc.perform(get("/staff")).andReturn().getResponse().getRedirectedUrl()).endsWith("/staff/login");
  }

  @Test
  void staffLogInWithPasswordAndSeeTheirWorkbench() throws Exception {
    String username = IdentityFixtures.staff(accounts, QINGYUAN, Role.APPROVER);
    MockHttpSession session = new MockHttpSession();

    MvcResult login = mvc.perform(post("/staff/login").session(session).with(csrf())
        .param("username", username).param("password", STAFF_PASSWORD)).andReturn();
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/staff");

    String workbench = body(mvc.perform(get("/staff").session((MockHttpSession) login.getRequest().getSession()))
        .andReturn());
    assertThat(workbench).contains("审批待办").contains("部门审批人");
  }

  @Test
  void fiveWrongPasswordsLockTheStaffAccount() throws Exception {
    String username = IdentityFixtures.staff(accounts, QINGYUAN, Role.WINDOW_CLERK);
    for (int i = 0; i < 5; i++) {
      assertThat(mvc.perform(post("/staff/login").with(csrf()).param("username", username).param("password", "nope"))
          .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/staff/login?error=bad");
    }
    assertThat(mvc.perform(post("/staff/login").with(csrf()).param("username", username)
            .param("password", STAFF_PASSWORD))
        .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/staff/login?error=locked");
    String page = body(mvc.perform(get("/staff/login").param("error", "locked")).andReturn());
    assertThat(page).contains("临时锁定");
  }

  @Test
  void aCountyApproverCannotOpenAnotherCounty() throws Exception {
    String username = IdentityFixtures.staff(accounts, QINGYUAN, Role.APPROVER);
    StaffMember staff = accounts.findStaff(username).orElseThrow();
    var auth = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
        .authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
            staff, null, java.util.List.of(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_APPROVER"),
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STAFF"))));

    assertThat(mvc.perform(get("/staff/regions/331126001").with(auth)).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    MvcResult other = mvc.perform(get("/staff/regions/331181").with(auth)).andReturn();
    assertThat(other.getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/staff/regions/not-a-code").with(auth)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(mvc.perform(get("/staff/regions/331126999").with(auth)).andReturn().getResponse().getStatus())
        .as("a well-formed code of no known township").isEqualTo(404);
  }

  @Test
  void aCitizenGetsForbiddenOnStaffPagesAndProblemJsonOnTheApi() throws Exception {
    var citizen = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
        .user("citizen").roles("CITIZEN");
    assertThat(mvc.perform(get("/staff").with(citizen)).andReturn().getResponse().getStatus()).isEqualTo(403);

    MvcResult api = mvc.perform(get("/api/v1/workdays/overrides").with(citizen)).andReturn();
    assertThat(api.getResponse().getStatus()).isEqualTo(403);
    assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");

    MvcResult anonymous = mvc.perform(get("/api/v1/workdays/overrides")).andReturn();
    assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
    assertThat(body(anonymous)).contains("\"status\":401");
  }

  @Test
  void securityHeadersAreSet() throws Exception {
    var response = mvc.perform(get("/")).andReturn().getResponse();
    assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void formsWithoutCsrfTokenAreRefusedAndNothingHappens() throws Exception {
    var citizen = registeredCitizen(accounts);
    MvcResult refused = mvc.perform(post("/login").param("idNumber", citizen.idNumber().value())
        .param("mobile", citizen.mobile())).andReturn();
    assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
    assertThat(outbox.latest(200)).noneMatch(m -> m.mobile().equals(citizen.mobile()));
  }

  @Test
  void aFormWithAStaleTokenGoesBackWithANoticeNotToForbidden() throws Exception {
    MvcResult stale = mvc.perform(post("/login").with(csrf().useInvalidToken())
        .param("idNumber", "x").param("mobile", "y")).andReturn();
    assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
    assertThat(body(mvc.perform(get("/login").param("expired", "")).andReturn())).contains("页面已过期");
  }

  @Test
  void anApiWriteRidingOnABrowserSessionNeedsTheCsrfToken() throws Exception {
    var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
        .user("admin").roles("SYSTEM_ADMIN", "STAFF");
    java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> put = () ->
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .put("/api/v1/workdays/overrides/2031-01-02").contentType("application/json")
            .content("{\"working\": false, \"name\": \"test\"}");

    MvcResult forged = mvc.perform(put.get().with(admin).cookie(new jakarta.servlet.http.Cookie("SESSION", "abc"))).andReturn();
    assertThat(forged.getResponse().getStatus()).isEqualTo(403);
    assertThat(forged.getResponse().getContentType()).startsWith("application/problem+json");

    assertThat(mvc.perform(put.get().with(admin)).andReturn().getResponse().getStatus())
        .as("a client without a browser session").isBetween(200, 204);
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .delete("/api/v1/workdays/overrides/2031-01-02").with(admin));
  }
}
