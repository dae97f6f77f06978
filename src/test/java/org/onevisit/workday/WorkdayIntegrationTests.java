package org.onevisit.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
class WorkdayIntegrationTests {

  static final LocalDate NEW_YEAR_2027 = LocalDate.of(2027, 1, 1);

  @Autowired WorkingDays workingDays;
  @Autowired WorkdayOverrides overrides;
  @Autowired WebApplicationContext context;

  @AfterEach
  void removeOverrides() {
    overrides.all().forEach(o -> overrides.remove(o.day(), "test"));
  }

  @Test
  void anOverrideTakesEffectAtOnceAndGoesAwayWhenRemoved() {
    assertThat(workingDays.isWorkingDay(NEW_YEAR_2027)).as("a Friday, no schedule for 2027 yet").isTrue();

    var defined = overrides.define(NEW_YEAR_2027, false, "元旦", "admin");

    assertThat(defined.createdBy()).isEqualTo("admin");
    assertThat(overrides.all()).extracting(WorkdayOverride::day).containsExactly(NEW_YEAR_2027);
    assertThat(workingDays.isWorkingDay(NEW_YEAR_2027)).isFalse();
    assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));

    assertThat(overrides.remove(NEW_YEAR_2027, "admin")).isTrue();

    assertThat(workingDays.isWorkingDay(NEW_YEAR_2027)).isTrue();
    assertThat(overrides.remove(NEW_YEAR_2027, "admin")).isFalse();
  }

  @Test
  void redefiningADayReplacesItsOverride() {
    overrides.define(NEW_YEAR_2027, false, "元旦", "admin");
    overrides.define(NEW_YEAR_2027, true, "试运行", "other-admin");

    assertThat(overrides.all()).singleElement().satisfies(o -> {
      assertThat(o.working()).isTrue();
      assertThat(o.name()).isEqualTo("试运行");
      assertThat(o.createdBy()).isEqualTo("other-admin");
    });
  }

  @Test
  void apiAnswersLookupsAndRejectsBadDates() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

    mvc.perform(get("/api/v1/workdays/2025-01-26"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.working").value(true));
    mvc.perform(get("/api/v1/workdays/add").param("from", "2025-01-24").param("days", "3"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").value("2025-02-05"));
    mvc.perform(get("/api/v1/workdays/2025-02-30"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("“2025-02-30”不是有效的日期，请按“年-月-日”填写，例如 2025-01-24。"));
    mvc.perform(get("/api/v1/workdays/add").param("from", "2025-01-24").param("days", "100000"))
        .andExpect(status().isBadRequest());
  }

  @Test
  @WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
  void administratorsDefineAndRemoveOverridesThroughTheApi() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

    mvc.perform(put("/api/v1/workdays/overrides/2027-01-01")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"working\": false, \"name\": \"元旦\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.createdBy").value("admin"));
    mvc.perform(get("/api/v1/workdays/2027-01-01")).andExpect(jsonPath("$.working").value(false));
    mvc.perform(get("/api/v1/workdays/overrides")).andExpect(jsonPath("$[0].name").value("元旦"));
    mvc.perform(put("/api/v1/workdays/overrides/2027-01-02")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"working\": true, \"name\": \" \"}"))
        .andExpect(status().isBadRequest());

    mvc.perform(delete("/api/v1/workdays/overrides/2027-01-01")).andExpect(status().isNoContent());
    mvc.perform(delete("/api/v1/workdays/overrides/2027-01-01")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/workdays/2027-01-01")).andExpect(jsonPath("$.working").value(true));
  }
}
