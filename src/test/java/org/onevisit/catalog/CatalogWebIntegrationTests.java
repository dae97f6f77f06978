package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The catalog's public pages and API with the security chain in place, on the birth bundle fixture. */
@SpringBootTest
@ActiveProfiles("test")
class CatalogWebIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired CatalogAdministration admin;
  @Autowired Catalog catalog;
  @Autowired Accounts accounts;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    CatalogTestData.publishBirthBundle(admin, catalog);
  }

  @Test
  void theGuideApiGivesTheMergedGuideWithItsFigures() throws Exception {
    mvc.perform(get("/api/v1/catalog/bundles/YJS-CS/guide").param("parentsMarried", "yes")
            .param("socialSecurityCard", "yes"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.figures.before.windows").value(5))
        .andExpect(jsonPath("$.figures.before.materials").value(20))
        .andExpect(jsonPath("$.figures.before.fields").value(60))
        .andExpect(jsonPath("$.figures.after.materials").value(1))
        .andExpect(jsonPath("$.figures.after.fields").value(9))
        .andExpect(jsonPath("$.figures.after.visits").value(0));
  }

  @Test
  void badAnswersAndCodesGetProblemDetails() throws Exception {
    mvc.perform(get("/api/v1/catalog/bundles/YJS-CS/guide").param("parentsMarried", "perhaps"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[?(@.question == 'parentsMarried')].reason").value("UNKNOWN_OPTION"))
        .andExpect(jsonPath("$.errors[?(@.question == 'socialSecurityCard')].reason").value("UNANSWERED"));
    mvc.perform(get("/api/v1/catalog/items/NOPE-999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/catalog/items/not a code"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/catalog/items").param("department", "POLICE"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theReadApiIsDescribedInOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/catalog/bundles/{code}/guide'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/catalog/items.csv'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/catalog/import'].post").exists());
  }

  @Test
  void theQuestionsApiListsWhatIsStillToAnswer() throws Exception {
    mvc.perform(get("/api/v1/catalog/bundles/YJS-CS/questions").param("parentsMarried", "yes"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].key").value("socialSecurityCard"))
        .andExpect(jsonPath("$", hasSize(1)));
  }

  @Test
  void publicListsAsJsonAndCsv() throws Exception {
    mvc.perform(get("/api/v1/catalog/items").param("region", "331126").param("department", "PUBLIC_SECURITY"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'CS-02')].departmentName").value("公安"));
    var csv = mvc.perform(get("/api/v1/catalog/items.csv"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("items.csv")))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFcode,name,").contains("CS-02,");
    mvc.perform(get("/lists").param("region", "331126"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("庆元县")))
        .andExpect(content().string(containsString("CS-02")));
    mvc.perform(get("/lists").param("region", "999999"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("找不到这个行政区划")));
  }

  @Test
  void aCitizenWalksTheQuestionnaireOneQuestionAtATime() throws Exception {
    mvc.perform(get("/bundles/YJS-CS/questions"))
        .andExpect(redirectedUrl("/bundles/YJS-CS/questions/parentsMarried"));
    mvc.perform(get("/bundles/YJS-CS/questions/parentsMarried"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"choice\"")));
    mvc.perform(get("/bundles/YJS-CS/questions/parentsMarried").param("sent", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请选择一项")));
    mvc.perform(get("/bundles/YJS-CS/questions/parentsMarried").param("sent", "1").param("choice", "yes"))
        .andExpect(redirectedUrl("/bundles/YJS-CS/questions?a.parentsMarried=yes"));
    mvc.perform(get("/bundles/YJS-CS/questions").param("a.parentsMarried", "yes"))
        .andExpect(redirectedUrl("/bundles/YJS-CS/questions/socialSecurityCard?a.parentsMarried=yes"));
    mvc.perform(get("/bundles/YJS-CS/questions").param("a.parentsMarried", "yes").param("a.socialSecurityCard", "yes"))
        .andExpect(redirectedUrl("/bundles/YJS-CS/check?a.parentsMarried=yes&a.socialSecurityCard=yes"));
    mvc.perform(get("/bundles/YJS-CS/check").param("a.parentsMarried", "yes").param("a.socialSecurityCard", "yes"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("检查您的回答")));
    mvc.perform(get("/bundles/YJS-CS/guide").param("a.parentsMarried", "yes").param("a.socialSecurityCard", "yes"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-figure=\"before-materials\">20<")))
        .andExpect(content().string(containsString("data-figure=\"after-fields\">9<")))
        .andExpect(content().string(not(containsString("??catalog."))));
  }

  @Test
  void anAnswerThatIsNoOptionIsShownOnItsQuestionAndTheOthersAreKept() throws Exception {
    mvc.perform(get("/bundles/YJS-CS/guide").param("a.parentsMarried", "perhaps").param("a.socialSecurityCard", "yes"))
        .andExpect(redirectedUrl("/bundles/YJS-CS/questions?a.parentsMarried=perhaps&a.socialSecurityCard=yes"));
    mvc.perform(get("/bundles/YJS-CS/questions/parentsMarried").param("a.parentsMarried", "perhaps")
            .param("a.socialSecurityCard", "yes"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("您的答案不是这个问题的选项")))
        .andExpect(content().string(containsString("name=\"a.socialSecurityCard\" value=\"yes\"")));
  }

  @Test
  void unknownAndMalformedCodesArePagesNotFound() throws Exception {
    mvc.perform(get("/items/NOPE-1")).andExpect(status().isNotFound());
    mvc.perform(get("/bundles/x y")).andExpect(status().isNotFound());
  }

  @Test
  void searchAndThemePagesShowTheCatalog() throws Exception {
    mvc.perform(get("/search").param("q", "出生一件事"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/bundles/YJS-CS\"")));
    mvc.perform(get("/themes/birth_adoption"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/bundles/YJS-CS\"")));
  }

  @Test
  void onlyCatalogAdministratorsImport() throws Exception {
    var document = "{\"format\":\"onevisit-catalog/1\",\"items\":[]}";
    mvc.perform(post("/api/v1/catalog/import").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(document))
        .andExpect(status().is(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(401))
            .or(org.hamcrest.Matchers.is(403))));
    var approver = login(IdentityFixtures.staff(accounts, IdentityFixtures.QINGYUAN, Role.APPROVER));
    mvc.perform(post("/api/v1/catalog/import").session(approver).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(document))
        .andExpect(status().isForbidden());
    var catalogAdmin = login(IdentityFixtures.staff(accounts, IdentityFixtures.QINGYUAN, Role.CATALOG_ADMIN));
    mvc.perform(post("/api/v1/catalog/import").session(catalogAdmin).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"items\":[{\"code\":\"bad\"}]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("items[0].code"));
  }

  @Test
  void anAdministratorsPublicationOfAnItemWithOtherMaterialsIsRefusedWithTheReason() throws Exception {
    var catalogAdmin = login(IdentityFixtures.staff(accounts, CatalogFixtures.ZHEJIANG, Role.CATALOG_ADMIN));
    var item = CatalogFixtures.item().material(CatalogFixtures.applicantMaterial("other", "其他材料")).build();
    String document = new tools.jackson.databind.json.JsonMapper().writeValueAsString(CatalogDocuments.write(item));

    mvc.perform(post("/staff/catalog/items").session(catalogAdmin).with(csrf()).param("document", document))
        .andExpect(redirectedUrl("/staff/catalog/items/" + item.code() + "/330000"));
    mvc.perform(get("/staff/catalog/items/" + item.code() + "/330000").session(catalogAdmin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("兜底材料")));
    mvc.perform(post("/staff/catalog/items/" + item.code() + "/330000/publish").session(catalogAdmin).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未发布：标准化检查发现以下问题")))
        .andExpect(content().string(containsString("materials[other]")))
        .andExpect(content().string(containsString("发布被拒绝")));
    assertThat(catalog.item(item.code())).isEmpty();

    var fixed = CatalogDocuments.write(CatalogFixtures.item(item.code(), item.name(), item.department()).build());
    mvc.perform(post("/staff/catalog/items").session(catalogAdmin).with(csrf())
        .param("document", new tools.jackson.databind.json.JsonMapper().writeValueAsString(fixed)));
    mvc.perform(post("/staff/catalog/items/" + item.code() + "/330000/publish").session(catalogAdmin).with(csrf()))
        .andExpect(redirectedUrl("/staff/catalog/items/" + item.code() + "/330000"));
    assertThat(catalog.item(item.code())).get().extracting(Item::version).isEqualTo(1);
  }

  @Test
  void theEditorListsEveryErrorOfABrokenDocumentAndSavesNothing() throws Exception {
    var catalogAdmin = login(IdentityFixtures.staff(accounts, CatalogFixtures.ZHEJIANG, Role.CATALOG_ADMIN));
    mvc.perform(post("/staff/catalog/items").session(catalogAdmin).with(csrf()).param("document", "{\"code\": "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未保存")));
    mvc.perform(post("/staff/catalog/items").session(catalogAdmin).with(csrf())
            .param("document", "{\"code\":\"X-1\",\"region\":\"330000\",\"department\":\"POLICE\"}"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("department")))
        .andExpect(content().string(containsString("deliveryMethods")));
  }

  @Test
  void aCountyAdministratorCannotChangeAProvinceItemAndOthersCannotOpenThePages() throws Exception {
    var countyAdmin = login(IdentityFixtures.staff(accounts, IdentityFixtures.QINGYUAN, Role.CATALOG_ADMIN));
    mvc.perform(post("/staff/catalog/items/CS-02/330000/withdraw").session(countyAdmin).with(csrf()))
        .andExpect(status().isForbidden());
    var approver = login(IdentityFixtures.staff(accounts, IdentityFixtures.QINGYUAN, Role.APPROVER));
    mvc.perform(get("/staff/catalog").session(approver)).andExpect(status().isForbidden());
    mvc.perform(get("/staff/catalog/items/NOPE-1/330000").session(countyAdmin)).andExpect(status().isNotFound());
  }

  private MockHttpSession login(String username) throws Exception {
    var session = new MockHttpSession();
    mvc.perform(post("/staff/login").session(session).with(csrf()).param("username", username)
        .param("password", IdentityFixtures.STAFF_PASSWORD));
    return session;
  }
}
