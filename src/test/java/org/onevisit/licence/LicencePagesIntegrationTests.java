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
import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
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

/** The wallet and the public verification page, through the real security chain. */
@SpringBootTest
@ActiveProfiles("test")
class LicencePagesIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired Licences licences;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  static UsernamePasswordAuthenticationToken citizen(IdNumber id) {
    return new UsernamePasswordAuthenticationToken(Applicant.citizen(1, id, "吴建华"), null,
        List.of(new SimpleGrantedAuthority("ROLE_CITIZEN")));
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aCitizenSeesHisLicencesMaskedAndDownloadsThePdf() throws Exception {
    IdNumber husband = IdentityFixtures.anyIdNumber();
    Licence licence = licences.issue(LicenceFixtures.marriageCertificate(husband));

    String wallet = text(call(get("/me/licences").with(authentication(citizen(husband)))));
    assertThat(wallet).contains("结婚证", licence.number().value(), "有效");

    String page = text(call(get("/me/licences/" + licence.number()).with(authentication(citizen(husband)))));
    assertThat(page).contains("J331126-2021-").contains(org.onevisit.platform.PersonalData.maskIdNumber(husband.value()))
        .doesNotContain(husband.value()).contains("/verify/" + licence.verificationCode());

    var pdf = call(get("/me/licences/" + licence.number() + "/licence.pdf").with(authentication(citizen(husband))));
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getDocumentInformation().getTitle()).contains("结婚证");
      var attached = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("credential.json");
      String credential = new String(attached.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
      assertThat(credential).isEqualTo(licence.credential());
    }
    var qr = call(get("/me/licences/" + licence.number() + "/qr.png").with(authentication(citizen(husband))));
    assertThat(qr.getContentType()).isEqualTo("image/png");
  }

  @Test
  void anEnterpriseRepresentativeSeesTheEnterprisesLicencesNotHisOwn() throws Exception {
    var enterprise = LicenceFixtures.anyCreditCode();
    Licence permit = licences.issue(LicenceFixtures.foodPermit(enterprise, java.time.LocalDate.now(org.onevisit.platform.ChinaTime.ZONE)));
    IdNumber representative = IdentityFixtures.anyIdNumber();
    Licence own = licences.issue(LicenceFixtures.marriageCertificate(representative));
    var actingForEnterprise = new UsernamePasswordAuthenticationToken(
        new Applicant(2, representative.value(), "何志强", 7L, enterprise.value(), "庆元县香菇宴餐饮有限公司"), null,
        List.of(new SimpleGrantedAuthority("ROLE_ENTERPRISE")));

    String wallet = text(call(get("/me/licences").with(authentication(actingForEnterprise))));

    assertThat(wallet).contains(permit.number().value(), "食品经营许可证").doesNotContain(own.number().value());
    assertThat(call(get("/me/licences/" + own.number()).with(authentication(actingForEnterprise))).getStatus())
        .isEqualTo(404);
  }

  @Test
  void anotherCitizensLicenceIsNotFound() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    IdNumber stranger = IdentityFixtures.anyIdNumber();

    assertThat(call(get("/me/licences/" + licence.number()).with(authentication(citizen(stranger)))).getStatus())
        .isEqualTo(404);
    assertThat(call(get("/me/licences/" + licence.number() + "/licence.pdf").with(authentication(citizen(stranger))))
        .getStatus()).isEqualTo(404);
    assertThat(text(call(get("/me/licences").with(authentication(citizen(stranger))))))
        .doesNotContain(licence.number().value());
    assertThat(call(get("/me/licences/not-a-number").with(authentication(citizen(stranger)))).getStatus())
        .isEqualTo(404);
    assertThat(call(get("/me/licences")).getStatus()).isEqualTo(302);
  }

  @Test
  void theQrLinkSaysValidThenRevokedWithTheHolderMasked() throws Exception {
    IdNumber husband = IdentityFixtures.anyIdNumber();
    Licence licence = licences.issue(LicenceFixtures.marriageCertificate(husband));

    String valid = text(call(get("/verify/" + licence.verificationCode())));
    assertThat(valid).contains("data-outcome=\"VALID\"", "证照有效", "结婚证", "庆元县民政局", "吴*华")
        .doesNotContain(husband.value());

    licences.revoke(licence.number(), "撤销婚姻登记", "test");
    assertThat(text(call(get("/verify/" + licence.verificationCode())))).contains("data-outcome=\"REVOKED\"", "证照已注销");

    assertThat(call(get("/verify/AAAAAAAAAAAAAAAAAAAAAA")).getStatus()).isEqualTo(404);
  }

  @Test
  void aPastedTamperedCredentialIsInvalidWithTheReason() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    JsonObject vc = Json.createReader(new StringReader(licence.credential())).readObject();
    String tampered = Json.createObjectBuilder(vc).add("validFrom", "2000-01-01T00:00:00+08:00").build().toString();

    String page = text(call(post("/verify").param("credential", tampered).with(csrf())));
    assertThat(page).contains("data-outcome=\"INVALID\"", "data-code=\"FIELD_CHANGED\"", "validFrom");

    String pasted = text(call(post("/verify").param("credential", licence.credential()).with(csrf())));
    assertThat(pasted).contains("data-outcome=\"VALID\"");

    var link = call(post("/verify").param("credential", "https://x.example/verify/" + licence.verificationCode()).with(csrf()));
    assertThat(link.getRedirectedUrl()).isEqualTo("/verify/" + licence.verificationCode());

    String empty = text(call(post("/verify").param("credential", "  ").with(csrf())));
    assertThat(empty).contains("ov-error-summary", "请粘贴");
    String garbage = text(call(post("/verify").param("credential", "hello").with(csrf())));
    assertThat(garbage).contains("data-outcome=\"INVALID\"", "MALFORMED");
  }
}
