package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.TestClock;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Role;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Department systems: client credentials → short-lived bearer token → purpose-bound reads as problem JSON on refusal. */
@SpringBootTest
@ActiveProfiles("test")
class SharingApiIntegrationTests {

  static final String CONSUMER = "331126-HC";
  static final String PURPOSE = "API-TEST-01";

  @Autowired WebApplicationContext context;
  @Autowired ApiClients clients;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired AccessLog accessLog;
  @Autowired TestClock.MutableClock clock;

  MockMvc mvc;
  ApiClients.Credentials credentials;
  IdNumber person;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    var admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
    credentials = clients.register(CONSUMER, "出生医学证明系统", admin);
    person = SharingFixtures.marriedPerson(population);
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(CONSUMER)
        && g.purposeType().equals(PURPOSE))) {
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, PURPOSE, LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(90), "person.name",
          "household.address");
    }
  }

  String token() throws Exception {
    String body = mvc.perform(post("/api/v1/sharing/token")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (credentials.clientId() + ":" + credentials.secret()).getBytes(StandardCharsets.UTF_8)))
            .param("grant_type", "client_credentials"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.token_type").value("Bearer"))
        .andExpect(jsonPath("$.expires_in").value(600))
        .andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.access_token");
  }

  String read(String idNumber, String reference, String... elements) {
    return """
        {"idNumber": "%s", "elements": [%s], "purpose": {"type": "%s", "reference": "%s"}}"""
        .formatted(idNumber, String.join(",", java.util.Arrays.stream(elements).map(e -> "\"" + e + "\"").toList()),
            PURPOSE, reference);
  }

  @Test
  void aClientReadsGrantedElementsWithProvenanceAndRefusalsListed() throws Exception {
    String kase = OpenCases.open(CONSUMER, Subject.person(person));
    mvc.perform(post("/api/v1/sharing/reads").header("Authorization", "Bearer " + token())
            .contentType(MediaType.APPLICATION_JSON)
            .content(read(person.value(), kase, "person.name", "household.address", "person.mobile")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("PARTIAL"))
        .andExpect(jsonPath("$.values[0].element").value("person.name"))
        .andExpect(jsonPath("$.values[0].value").value("吴建华"))
        .andExpect(jsonPath("$.values[0].provenance.sourceDepartment").value("331126-PSB"))
        .andExpect(jsonPath("$.values[0].provenance.sourceSystem").value("户籍管理系统"))
        .andExpect(jsonPath("$.values[0].provenance.version").value(1))
        .andExpect(jsonPath("$.refused[0].element").value("person.mobile"))
        .andExpect(jsonPath("$.refused[0].reason").value("NOT_GRANTED"));
    var entry = accessLog.about(person, 1).getFirst();
    assertThat(entry.actor()).isEqualTo("client:" + credentials.clientId());
    assertThat(entry.consumerDepartment()).isEqualTo(CONSUMER);
  }

  @Test
  void aRefusedReadIsProblemJsonAndLogged() throws Exception {
    String token = token();
    mvc.perform(post("/api/v1/sharing/reads").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).content(read(person.value(), "LIVE-0", "person.name")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.refused[0].reason").value("PURPOSE_NOT_CONFIRMED"))
        .andExpect(jsonPath("$.entry").isNumber());
    IdNumber stranger = org.onevisit.identity.IdentityFixtures.anyIdNumber();
    String kase = OpenCases.open(CONSUMER, Subject.person(stranger));
    mvc.perform(post("/api/v1/sharing/reads").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).content(read(stranger.value(), kase, "person.name")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.refused[0].reason").value("UNKNOWN_SUBJECT"));
    assertThat(accessLog.about(stranger, 5)).hasSize(1);
  }

  @Test
  void malformedRequestsAre400ProblemsAndReadNothing() throws Exception {
    String token = token();
    for (String body : new String[] {
        read("331126199403189011", "LIVE-1", "person.name"),
        read(person.value(), "LIVE-1", "Person..name"),
        read(person.value(), "bad reference!", "person.name"),
        read(person.value(), "LIVE-1"),
        "{\"idNumber\": \"" + person.value() + "\", \"elements\": [\"person.name\"]}",
        "{not json"}) {
      mvc.perform(post("/api/v1/sharing/reads").header("Authorization", "Bearer " + token)
              .contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    assertThat(accessLog.about(person, 5)).isEmpty();
  }

  @Test
  void withoutAValidTokenTheApiAnswers401() throws Exception {
    mvc.perform(get("/api/v1/sharing/elements"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/sharing/elements").header("Authorization", "Bearer forged"))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/api/v1/sharing/token").param("client_id", credentials.clientId())
            .param("client_secret", "wrong"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
    mvc.perform(get("/api/v1/sharing/elements").header("Authorization", "Bearer " + token()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'person.idNumber')].sensitivity").value("SENSITIVE_PERSONAL"));
  }

  @Test
  void aTokenExpiresAfterTenMinutesAndADisabledClientLosesItsTokens() throws Exception {
    String token = token();
    try {
      clock.advance(java.time.Duration.ofMinutes(11));
      mvc.perform(get("/api/v1/sharing/elements").header("Authorization", "Bearer " + token))
          .andExpect(status().isUnauthorized());
    } finally {
      clock.reset();
    }
    String fresh = token();
    clients.disable(credentials.clientId(), SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN));
    mvc.perform(get("/api/v1/sharing/elements").header("Authorization", "Bearer " + fresh))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aStaffMemberIsNoApiClient() throws Exception {
    mvc.perform(get("/api/v1/sharing/elements").with(org.springframework.security.test.web.servlet.request
            .SecurityMockMvcRequestPostProcessors.user("admin").roles("STAFF", "DATA_ADMIN")))
        .andExpect(status().isForbidden());
  }
}
