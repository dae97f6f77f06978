package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The data-quality loop and the values-as-served pages, for citizens and for the sharing desk. */
@SpringBootTest
@ActiveProfiles("test")
class SharingQualityPagesIntegrationTests {

  static final String CONSUMER = "331126-EDU";
  static final String PURPOSE = "EDU-01";

  @Autowired WebApplicationContext context;
  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired DataQuality quality;
  @Autowired Ingestion ingestion;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(CONSUMER) && g.purposeType().equals(PURPOSE)
        && g.status() == Grant.Status.APPROVED)) {
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, PURPOSE, LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name",
          "person.mobile");
    }
  }

  Answer read(IdNumber person) {
    var subject = Subject.person(person);
    return shared.read(new Consumer(CONSUMER, "staff:edu"), subject, SharingFixtures.elements("person.name",
        "person.mobile"), new Purpose(PURPOSE, OpenCases.open(CONSUMER, subject)));
  }

  @Test
  void aCitizenReportsAWrongValueAndSeesWhatAReadServedButNotOthersReads() throws Exception {
    IdNumber me = SharingFixtures.marriedPerson(population);
    IdNumber other = SharingFixtures.marriedPerson(population);
    long mine = read(me).entry();
    long theirs = read(other).entry();

    mvc.perform(get("/me/data-access/" + mine).with(SharingPagesIntegrationTests.citizen(me)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("吴*华")))
        .andExpect(content().string(containsString("现行")))
        .andExpect(content().string(not(containsString(me.value()))));
    mvc.perform(get("/me/data-access/" + theirs).with(SharingPagesIntegrationTests.citizen(me)))
        .andExpect(status().isNotFound());

    mvc.perform(post("/me/data-access/reports").with(SharingPagesIntegrationTests.citizen(me)).with(csrf())
            .param("element", "person.name").param("evidence", " "))
        .andExpect(redirectedUrl("/me/data-access#report"))
        .andExpect(flash().attribute("reportError", "INVALID_REQUEST"));
    mvc.perform(post("/me/data-access/reports").with(SharingPagesIntegrationTests.citizen(me)).with(csrf())
            .param("element", "person.name").param("evidence", "我的名字是吴建樺，不是吴建华"))
        .andExpect(redirectedUrl("/me/data-access#report"));
    assertThat(quality.reportedBy(me)).hasSize(1);
    mvc.perform(get("/me/data-access").with(SharingPagesIntegrationTests.citizen(me)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("我提交的报告")))
        .andExpect(content().string(containsString("待处理")));
  }

  @Test
  void theSourceSeesTheReportCorrectsItOnTheDeskAndTheAdministratorSeesTheSupersededValue() throws Exception {
    IdNumber person = SharingFixtures.marriedPerson(population);
    long before = read(person).entry();
    StaffMember reporter = SharingFixtures.staff(accounts, CONSUMER, Role.APPROVER);
    mvc.perform(post("/staff/sharing/quality").with(SharingPagesIntegrationTests.as(reporter)).with(csrf())
            .param("element", "person.mobile").param("subject", person.value())
            .param("evidence", "申请人提供的手机号不同"))
        .andExpect(redirectedUrl("/staff/sharing#quality"))
        .andExpect(flash().attribute("done", "reported"));
    mvc.perform(post("/staff/sharing/quality").with(SharingPagesIntegrationTests.as(reporter)).with(csrf())
            .param("element", "person.mobile").param("subject", "not-a-number").param("evidence", "x"))
        .andExpect(flash().attribute("error", "QUALITY_INVALID_REQUEST"));
    var issue = quality.reportedByDepartment(CONSUMER).getFirst();

    StaffMember source = SharingFixtures.staff(accounts, "331126-PSB", Role.APPROVER);
    mvc.perform(get("/staff/sharing").with(SharingPagesIntegrationTests.as(source)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("issue-" + issue.id())))
        .andExpect(content().string(not(containsString(person.value()))));
    mvc.perform(post("/staff/sharing/quality/" + issue.id() + "/correct").with(SharingPagesIntegrationTests.as(reporter))
            .with(csrf()).param("value", "13900001111"))
        .andExpect(flash().attribute("error", "QUALITY_NOT_ALLOWED"));
    mvc.perform(post("/staff/sharing/quality/" + issue.id() + "/correct").with(SharingPagesIntegrationTests.as(source))
            .with(csrf()).param("value", "139"))
        .andExpect(flash().attribute("error", "QUALITY_INVALID_REQUEST"));
    mvc.perform(post("/staff/sharing/quality/" + issue.id() + "/correct").with(SharingPagesIntegrationTests.as(source))
            .with(csrf()).param("value", "13900001111"))
        .andExpect(flash().attribute("done", "corrected"));
    assertThat(quality.find(issue.id()).orElseThrow().status()).isEqualTo(DataQuality.Status.CORRECTED);

    mvc.perform(get("/staff/sharing").with(SharingPagesIntegrationTests.as(reporter)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已更正")));

    StaffMember admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
    mvc.perform(get("/staff/sharing/access-log/" + before).with(SharingPagesIntegrationTests.as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已被取代")))
        .andExpect(content().string(not(containsString(person.value()))));
    mvc.perform(get("/staff/sharing/access-log/" + before).with(SharingPagesIntegrationTests.as(
            SharingFixtures.staff(accounts, "330802-PSB", Role.DATA_ADMIN))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/sharing/access-log/" + before).with(SharingPagesIntegrationTests.as(source)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/staff/sharing/access-log").param("seq", "abc").with(SharingPagesIntegrationTests.as(admin)))
        .andExpect(redirectedUrl("/staff/sharing#access-log"));
  }

  @Test
  void anAdministratorSeesOverdueReportsOfHisRegion() throws Exception {
    StaffMember admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
    mvc.perform(get("/staff/sharing").with(SharingPagesIntegrationTests.as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("逾期未处理的报告")))
        .andExpect(content().string(containsString("数据来源与归集")));
    List<DataQuality.Issue> none = quality.overdue(org.onevisit.organisation.RegionCode.of("330000"));
    assertThat(none).allMatch(i -> i.status() == DataQuality.Status.OPEN);
  }
}
