package org.onevisit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
class PortalIntegrationTests {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  MockHttpServletResponse fetch(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }

  @Test
  void homePageOffersSearchAndEveryLifeEventTheme() throws Exception {
    String page = fetch("/").getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("role=\"search\"").contains("生育收养").contains("企业开办").contains("lang=\"zh-CN\"");
  }

  @Test
  void anUnknownPageIsNotFoundEvenForAnonymousVisitors() throws Exception {
    assertThat(fetch("/no/such/page").getStatus()).isEqualTo(404);
    assertThat(fetch("/themes/no-such-theme").getStatus()).isEqualTo(404);
  }

  @Test
  void anUnknownApiPathIsAProblem() throws Exception {
    var response = fetch("/api/v1/no-such-thing");
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"status\":404");
  }

  @Test
  void aSearchQueryIsShownEscapedAndCutAtAHundredCharacters() throws Exception {
    String page = mvc.perform(get("/search").param("q", "<script>alert(1)</script>")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");

    String longPage = mvc.perform(get("/search").param("q", "出".repeat(150))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(longPage).contains("只使用了前 100 个字").doesNotContain("出".repeat(101));
  }

  @Test
  void staticAssetsAreServedOnlyUnderAssets() throws Exception {
    assertThat(fetch("/assets/css/onevisit.css").getStatus()).isEqualTo(200);
    assertThat(fetch("/css/onevisit.css").getStatus()).isEqualTo(404);
  }

  @Test
  void theLanguageSwitchKeepsThePageAndItsQuery() throws Exception {
    String page = mvc.perform(get("/search?q={q}", "出生")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(page).containsPattern("href=\"/search\\?q=[^\"]+&amp;lang=en\"");
  }
}
