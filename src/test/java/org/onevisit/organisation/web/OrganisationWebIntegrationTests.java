package org.onevisit.organisation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.organisation.HallKind;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.ServiceHall;
import org.onevisit.organisation.ServiceHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The hall pages and the region API, through MVC without the security filter chain (the paths are public
 * through their {@code PublicPaths} bean).
 */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationWebIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired ServiceHalls halls;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void listsTheCentresOfEveryCityAndCounty() throws Exception {
    mvc.perform(get("/halls"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>办事大厅</title>")))
        .andExpect(content().string(containsString("庆元县行政服务中心")))
        .andExpect(content().string(containsString("杭州市行政服务中心")))
        .andExpect(content().string(containsString("<option value=\"331126\">庆元县</option>")))
        .andExpect(content().string(not(containsString("松源街道便民服务中心"))))
        .andExpect(content().string(not(containsString("??organisation."))));
  }

  @Test
  void filtersByCountyDownToTheVillages() throws Exception {
    mvc.perform(get("/halls").param("region", "331126"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("位于 浙江省 丽水市 庆元县 的办事大厅")))
        .andExpect(content().string(containsString("<option value=\"331126\" selected=\"selected\">庆元县</option>")))
        .andExpect(content().string(containsString("松源街道便民服务中心")))
        .andExpect(content().string(containsString("东门村代办点")))
        .andExpect(content().string(not(containsString("杭州市行政服务中心"))));
  }

  @Test
  void rejectsAMalformedOrUnknownRegionFilter() throws Exception {
    mvc.perform(get("/halls").param("region", "lishui")).andExpect(status().isBadRequest());
    mvc.perform(get("/halls").param("region", "110101")).andExpect(status().isNotFound());
  }

  @Test
  void showsAHallsWindowsByTheme() throws Exception {
    ServiceHall centre = halls.inRegion(RegionCode.of("331126")).getFirst();
    mvc.perform(get("/halls/{id}", centre.id()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1 class=\"ov-heading-xl\">庆元县行政服务中心</h1>")))
        .andExpect(content().string(containsString("浙江省 丽水市 庆元县")))
        .andExpect(content().string(containsString("投资项目")))
        .andExpect(content().string(containsString("不动产登记")))
        .andExpect(content().string(containsString("商事登记")))
        .andExpect(content().string(containsString("社会事务")))
        .andExpect(content().string(containsString(">A01<")))
        .andExpect(content().string(containsString("href=\"/halls?region=331126\"")));
  }

  @Test
  void speaksEnglishOnRequest() throws Exception {
    ServiceHall centre = halls.ofKind(HallKind.ADMINISTRATIVE_SERVICE_CENTRE).getFirst();
    mvc.perform(get("/halls/{id}", centre.id()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Real-estate registration")))
        .andExpect(content().string(containsString("<a href=\"/halls\">Back to all service halls</a>")));
  }

  @Test
  void answersNotFoundForAnUnknownHallAndBadRequestForAMalformedId() throws Exception {
    mvc.perform(get("/halls/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
    mvc.perform(get("/halls/abc")).andExpect(status().isBadRequest());
  }

  @Test
  void servesRegionsAsJson() throws Exception {
    mvc.perform(get("/api/v1/regions/331126"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.region.name").value("庆元县"))
        .andExpect(jsonPath("$.region.level").value("COUNTY"))
        .andExpect(jsonPath("$.region.parentCode").value("331100"))
        .andExpect(jsonPath("$.pathName").value("浙江省 丽水市 庆元县"))
        .andExpect(jsonPath("$.ancestors[0].code").value("330000"));
    mvc.perform(get("/api/v1/regions/331126/children"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(19))
        .andExpect(jsonPath("$[0].name").value("松源街道"));
  }

  @Test
  void answersProblemDetailsForABadRegionCode() throws Exception {
    mvc.perform(get("/api/v1/regions/33ab"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value(containsString("GB/T 2260")));
    mvc.perform(get("/api/v1/regions/110101")).andExpect(status().isNotFound());
  }
}
