package org.onevisit.licence;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The W3C VC-API endpoints over HTTP (MockMvc with the real security chain). */
@SpringBootTest
@ActiveProfiles("test")
class LicenceApiIntegrationTests {

  static final StaffMember CIVIL_AFFAIRS_APPROVER = new StaffMember(9001, "t.cab.approver", "王芳", "331126-CAB",
      "331126", Set.of(Role.APPROVER));
  static final StaffMember POLICE_APPROVER = new StaffMember(9002, "t.psb.approver", "李强", "331126-PSB", "331126",
      Set.of(Role.APPROVER));
  static final StaffMember CLERK = new StaffMember(9003, "t.clerk", "赵敏", "331126-CAB", "331126",
      Set.of(Role.WINDOW_CLERK));

  @Autowired WebApplicationContext context;
  @Autowired Licences licences;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  static UsernamePasswordAuthenticationToken as(StaffMember staff) {
    return new UsernamePasswordAuthenticationToken(staff, null,
        staff.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static JsonObject read(MockHttpServletResponse response) throws Exception {
    return Json.createReader(new StringReader(response.getContentAsString(StandardCharsets.UTF_8))).readObject();
  }

  static String issueBody(IdNumber husband) {
    return """
        {"credential": {
          "@context": ["https://www.w3.org/ns/credentials/v2", "https://onevisit.org/ns/licence/v1"],
          "type": ["VerifiableCredential", "LicenceCredential"],
          "credentialSubject": {
            "licenceType": "marriage-certificate", "holderIdentifier": "%s", "holderName": "吴建华",
            "fields": {"certificateNo": "J331126-2021-000777", "husbandName": "吴建华", "husbandIdNumber": "%s",
                       "wifeName": "叶晓燕", "wifeIdNumber": "%s", "registeredOn": "2021-05-20"}}},
         "options": {}}""".formatted(husband.value(), husband.value(), IdentityFixtures.anyIdNumber().value());
  }

  @Test
  void anApproverOfTheIssuingDepartmentIssuesAndAnyoneVerifies() throws Exception {
    IdNumber husband = IdentityFixtures.anyIdNumber();
    var issued = call(json(post("/credentials/issue"), issueBody(husband)).with(authentication(as(CIVIL_AFFAIRS_APPROVER))).with(csrf()));
    assertThat(issued.getStatus()).isEqualTo(201);
    JsonObject vc = read(issued).getJsonObject("verifiableCredential");
    assertThat(vc.getJsonArray("proof")).hasSize(3);
    assertThat(issued.getHeader("Location")).contains("/credentials/");

    var verified = call(json(post("/credentials/verify"), "{\"verifiableCredential\":" + vc + "}"));
    assertThat(verified.getStatus()).isEqualTo(200);
    assertThat(read(verified).getBoolean("verified")).isTrue();

    var presented = call(json(post("/presentations/verify"), """
        {"verifiablePresentation": {"@context": ["https://www.w3.org/ns/credentials/v2"],
          "type": ["VerifiablePresentation"], "verifiableCredential": [%s]}}""".formatted(vc)));
    assertThat(presented.getStatus()).isEqualTo(200);
    assertThat(read(presented).getJsonArray("credentialResults")).hasSize(1);
  }

  @Test
  void revocationThroughTheApiShowsInTheStatusListAndInVerification() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    JsonObject vc = Json.createReader(new StringReader(licence.credential())).readObject();
    JsonObject revocationEntry = vc.getJsonArray("credentialStatus").getJsonObject(0);
    String listUrl = revocationEntry.getString("statusListCredential");
    int index = Integer.parseInt(revocationEntry.getString("statusListIndex"));

    var changed = call(json(post("/credentials/status"), """
        {"credentialId": "urn:onevisit:licence:%s", "reason": "婚姻登记撤销",
         "credentialStatus": [{"type": "BitstringStatusListEntry", "statusPurpose": "revocation", "status": true}]}"""
        .formatted(licence.number())).with(authentication(as(CIVIL_AFFAIRS_APPROVER))).with(csrf()));
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(read(changed).getString("status")).isEqualTo("REVOKED");

    var list = call(get(listUrl.substring(listUrl.indexOf("/status-lists/"))));
    assertThat(list.getStatus()).isEqualTo(200);
    JsonObject listCredential = read(list);
    assertThat(listCredential.getJsonArray("type").getString(1)).isEqualTo("BitstringStatusListCredential");
    String encoded = listCredential.getJsonObject("credentialSubject").getString("encodedList");
    assertThat(StatusListBits.isSet(encoded, index % 131_072)).isTrue();
    var listVerified = call(json(post("/credentials/verify"), "{\"verifiableCredential\":" + listCredential + "}"));
    assertThat(read(listVerified).getBoolean("verified")).isTrue();

    var verified = call(json(post("/credentials/verify"), "{\"verifiableCredential\":" + vc + "}"));
    assertThat(verified.getStatus()).isEqualTo(400);
    assertThat(read(verified).getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("REVOKED");
  }

  @Test
  void issuingNeedsAnApproverOfTheRightDepartment() throws Exception {
    String body = issueBody(IdentityFixtures.anyIdNumber());
    var anonymous = call(json(post("/credentials/issue"), body));
    assertThat(anonymous.getStatus()).isEqualTo(401);
    assertThat(anonymous.getContentType()).startsWith("application/problem+json");

    var clerk = call(json(post("/credentials/issue"), body).with(authentication(as(CLERK))).with(csrf()));
    assertThat(clerk.getStatus()).isEqualTo(403);

    var police = call(json(post("/credentials/issue"), body).with(authentication(as(POLICE_APPROVER))).with(csrf()));
    assertThat(police.getStatus()).isEqualTo(403);
    assertThat(read(police).getString("code")).isEqualTo("NOT_ISSUERS_DEPARTMENT");

    var noToken = call(json(post("/credentials/issue"), body).with(authentication(as(CIVIL_AFFAIRS_APPROVER)))
        .cookie(new jakarta.servlet.http.Cookie("SESSION", "x")));
    assertThat(noToken.getStatus()).isEqualTo(403);
  }

  @Test
  void malformedRequestsAre400AndUnacceptableOnes422() throws Exception {
    var approver = authentication(as(CIVIL_AFFAIRS_APPROVER));
    var notJson = call(json(post("/credentials/issue"), "{not json").with(approver).with(csrf()));
    assertThat(notJson.getStatus()).isEqualTo(400);
    assertThat(notJson.getContentType()).startsWith("application/problem+json");
    assertThat(call(json(post("/credentials/issue"), "[]").with(approver).with(csrf())).getStatus()).isEqualTo(400);
    assertThat(call(json(post("/credentials/issue"), "{\"options\":{}}").with(approver).with(csrf())).getStatus())
        .isEqualTo(400);

    String unknownType = issueBody(IdentityFixtures.anyIdNumber()).replace("marriage-certificate", "fishing-licence");
    var unknown = call(json(post("/credentials/issue"), unknownType).with(approver).with(csrf()));
    assertThat(unknown.getStatus()).isEqualTo(422);
    assertThat(read(unknown).getString("code")).isEqualTo("UNKNOWN_TYPE");

    String badId = issueBody(IdentityFixtures.anyIdNumber()).replaceFirst("\"holderIdentifier\": \"[0-9X]+\"",
        "\"holderIdentifier\": \"331126199001011234\"");
    assertThat(read(call(json(post("/credentials/issue"), badId).with(approver).with(csrf()))).getString("code"))
        .isEqualTo("HOLDER_INVALID");

    String missingField = issueBody(IdentityFixtures.anyIdNumber()).replace("\"wifeName\": \"叶晓燕\", ", "");
    var missing = call(json(post("/credentials/issue"), missingField).with(approver).with(csrf()));
    assertThat(missing.getStatus()).isEqualTo(422);
    assertThat(read(missing).getString("code")).isEqualTo("FIELD_MISSING");

    String oldContext = issueBody(IdentityFixtures.anyIdNumber()).replace("https://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/2018/credentials/v1");
    assertThat(call(json(post("/credentials/issue"), oldContext).with(approver).with(csrf())).getStatus()).isEqualTo(422);

    var verifyGarbage = call(json(post("/credentials/verify"), "{\"verifiableCredential\": 42}"));
    assertThat(verifyGarbage.getStatus()).isEqualTo(400);
    assertThat(verifyGarbage.getContentType()).startsWith("application/problem+json");
  }

  @Test
  void anUnknownCredentialIsNotFoundAndOnlyItsIssuerChangesItsStatus() throws Exception {
    var unknown = call(json(post("/credentials/status"), """
        {"credentialId": "urn:onevisit:licence:nope", "reason": "x",
         "credentialStatus": [{"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}]}""")
        .with(authentication(as(CIVIL_AFFAIRS_APPROVER))).with(csrf()));
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getContentType()).startsWith("application/problem+json");

    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    var other = call(json(post("/credentials/status"), """
        {"credentialId": "urn:onevisit:licence:%s", "reason": "x",
         "credentialStatus": [{"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}]}"""
        .formatted(licence.number())).with(authentication(as(POLICE_APPROVER))).with(csrf()));
    assertThat(other.getStatus()).isEqualTo(403);

    var noReason = call(json(post("/credentials/status"), """
        {"credentialId": "urn:onevisit:licence:%s",
         "credentialStatus": [{"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}]}"""
        .formatted(licence.number())).with(authentication(as(CIVIL_AFFAIRS_APPROVER))).with(csrf()));
    assertThat(noReason.getStatus()).isEqualTo(422);
    assertThat(read(noReason).getString("code")).isEqualTo("REASON_MISSING");

    assertThat(call(get("/status-lists/revocation/999")).getStatus()).isEqualTo(404);
    assertThat(call(get("/status-lists/other/0")).getStatus()).isEqualTo(404);
  }

  @Test
  void theDidDocumentPublishesBothKeysAndTheApiIsDocumented() throws Exception {
    JsonObject did = read(call(get("/.well-known/did.json")));
    assertThat(did.getString("id")).startsWith("did:web:");
    assertThat(did.getJsonArray("verificationMethod")).hasSize(2);
    assertThat(did.getJsonArray("assertionMethod").getString(0)).endsWith("#ed25519-1");

    String docs = call(get("/v3/api-docs")).getContentAsString(StandardCharsets.UTF_8);
    assertThat(docs).contains("/credentials/issue", "/credentials/verify", "/presentations/verify", "/credentials/status");
  }
}
