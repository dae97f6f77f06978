package org.onevisit.sharing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Open data: aggregated, without login, small cells withheld, licence stated, no personal data. */
@SpringBootTest
@ActiveProfiles("test")
class SharingOpenDataIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired PopulationLibrary population;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void anyoneGetsAggregatesWithTheLicenceAndNoPersonalData() throws Exception {
    IdNumber person = SharingFixtures.marriedPerson(population);
    mvc.perform(get("/open-data"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("数据开放")))
        .andExpect(content().string(containsString("CC BY 4.0")))
        .andExpect(content().string(not(containsString(person.value()))))
        .andExpect(content().string(not(containsString("吴建华"))));
    mvc.perform(get("/open-data").header("Accept-Language", "en").param("lang", "en"))
        .andExpect(status().isOk());
    mvc.perform(get("/open-data/population-by-county-and-age.json"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.licence").value("CC-BY-4.0"))
        .andExpect(jsonPath("$.suppressedBelow").value(10))
        .andExpect(jsonPath("$.rows[0].county_code").exists())
        .andExpect(jsonPath("$.rows[?(@.persons != null)].persons").isArray());
    mvc.perform(get("/open-data/enterprises-by-county-and-form.csv"))
        .andExpect(status().isOk())
        .andExpect(header().string("Link", containsString("license")))
        .andExpect(content().string(containsString("county_code,county_name,legal_form,enterprises")));
    mvc.perform(get("/open-data/secret-list.csv"))
        .andExpect(status().isNotFound());
  }
}
