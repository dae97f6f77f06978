package org.onevisit.sharing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** "Who read my data" for citizens; the sharing desk for data administrators and approvers. */
@SpringBootTest
@ActiveProfiles("test")
class SharingPagesIntegrationTests {

  static final String CONSUMER = "331126-HUD";

  @Autowired WebApplicationContext context;
  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired SharingRatio.Measure ratio;
  @Autowired org.onevisit.catalog.CatalogAdministration catalogAdmin;
  @Autowired org.onevisit.catalog.Catalog catalog;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  static RequestPostProcessor citizen(IdNumber id) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(Applicant.citizen(1, id, "吴建华"), null,
        List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"))));
  }

  static RequestPostProcessor as(StaffMember staff) {
    var authorities = new java.util.ArrayList<>(staff.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
    return authentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, authorities));
  }

  @Test
  void aCitizenSeesEveryReadOfHisDataAndNoOneElses() throws Exception {
    IdNumber me = SharingFixtures.marriedPerson(population);
    IdNumber other = SharingFixtures.marriedPerson(population);
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(CONSUMER)
        && g.purposeType().equals("HUD-01") && g.status() == Grant.Status.APPROVED)) {
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, "HUD-01", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name",
          "household.address");
    }
    var consumer = new Consumer(CONSUMER, "client:hud");
    String myCase = OpenCases.open(CONSUMER, Subject.person(me));
    shared.read(consumer, Subject.person(me), SharingFixtures.elements("person.name", "household.address", "person.mobile"),
        new Purpose("HUD-01", myCase));
    shared.read(consumer, Subject.person(other), SharingFixtures.elements("person.name"),
        new Purpose("HUD-01", OpenCases.open(CONSUMER, Subject.person(other))));

    mvc.perform(get("/me/data-access").with(citizen(me)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("谁查了我的数据")))
        .andExpect(content().string(containsString("庆元县住房和城乡建设局")))
        .andExpect(content().string(containsString("户籍地址")))
        .andExpect(content().string(containsString("被拒绝：实名手机号码")))
        .andExpect(content().string(containsString(myCase)))
        .andExpect(content().string(not(containsString("??sharing"))));
    mvc.perform(get("/me/data-access").with(citizen(other)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(myCase))));
    mvc.perform(get("/me/data-access").with(citizen(me)).param("lang", "en"))
        .andExpect(content().string(containsString("Who read my data")))
        .andExpect(content().string(containsString("Household address")));
  }

  @Test
  void anAnonymousVisitorOrStaffMemberCannotOpenTheCitizensPage() throws Exception {
    mvc.perform(get("/me/data-access")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/me/data-access").with(as(SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aConsumerRequestsAndTheDataAdministratorApprovesOnTheDesk() throws Exception {
    var requester = SharingFixtures.staff(accounts, "331126-EDU", Role.APPROVER);
    var admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);

    mvc.perform(post("/staff/sharing/grants").with(as(requester)).with(csrf())
            .param("purposeType", "EDU-07").param("element", "person.name", "household.address")
            .param("justification", "入学登记核验户籍").param("expiresOn", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusMonths(6).toString()))
        .andExpect(redirectedUrl("/staff/sharing"))
        .andExpect(flash().attribute("done", "requested"));
    Grant requested = grants.latest(1).getFirst();

    mvc.perform(post("/staff/sharing/grants/{id}/approve", requested.id()).with(as(requester)).with(csrf()))
        .andExpect(flash().attribute("error", "NOT_ALLOWED"));
    mvc.perform(get("/staff/sharing").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("EDU-07")))
        .andExpect(content().string(containsString("待审批")))
        .andExpect(content().string(not(containsString("??sharing"))));
    mvc.perform(post("/staff/sharing/grants/{id}/approve", requested.id()).with(as(admin)).with(csrf()))
        .andExpect(flash().attribute("done", "approve"));
    org.assertj.core.api.Assertions.assertThat(grants.find(requested.id()).orElseThrow().status())
        .isEqualTo(Grant.Status.APPROVED);
    mvc.perform(post("/staff/sharing/grants/{id}/approve", requested.id()).with(as(admin)).with(csrf()))
        .andExpect(flash().attribute("error", "ILLEGAL_TRANSITION"));
  }

  @Test
  void badGrantRequestsComeBackWithTheirErrorAndWriteNothing() throws Exception {
    var requester = SharingFixtures.staff(accounts, "331126-EDU", Role.APPROVER);
    int before = grants.latest(1000).size();
    for (var bad : List.of(
        new String[] {"EDU-08", "", "理由", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(1).toString()},
        new String[] {"EDU-08", "person.name", "", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(1).toString()},
        new String[] {"EDU-08", "person.name", "理由", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).minusDays(1).toString()},
        new String[] {"EDU-08", "person.name", "理由", "not a date"},
        new String[] {"bad type!", "person.name", "理由", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(1).toString()})) {
      var request = post("/staff/sharing/grants").with(as(requester)).with(csrf())
          .param("purposeType", bad[0]).param("justification", bad[2]).param("expiresOn", bad[3]);
      if (!bad[1].isEmpty()) {
        request.param("element", bad[1]);
      }
      mvc.perform(request).andExpect(flash().attribute("error", "INVALID_REQUEST"));
    }
    mvc.perform(post("/staff/sharing/grants").with(as(requester)).with(csrf()).param("purposeType", "EDU-08")
            .param("element", "no.suchThing").param("justification", "理由")
            .param("expiresOn", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(1).toString()))
        .andExpect(flash().attribute("error", "UNKNOWN_ELEMENT"));
    org.assertj.core.api.Assertions.assertThat(grants.latest(1000)).hasSize(before);
  }

  @Test
  void theDataAdministratorSeesTheSharingRatioOfThePublishedItems() throws Exception {
    org.onevisit.catalog.CatalogTestData.publishBirthBundle(catalogAdmin, catalog);
    var ratio = this.ratio.current();
    org.assertj.core.api.Assertions.assertThat(ratio.required()).isPositive();
    org.assertj.core.api.Assertions.assertThat(ratio.held()).isPositive().isLessThan(ratio.required());
    org.assertj.core.api.Assertions.assertThat(ratio.notHeld()).extracting(DataElement::code)
        .contains("birth.medicalCertNo").doesNotContain("person.name", "household.address");
    mvc.perform(get("/staff/sharing").with(as(SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN))))
        .andExpect(content().string(containsString("可由基础库共享提供（" + ratio.percent() + "%）")));
  }

  @Test
  void theDataAdministratorVerifiesTheAccessLogFromTheDesk() throws Exception {
    var admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
    var flashMap = mvc.perform(post("/staff/sharing/access-log/verify").with(as(admin)).with(csrf()))
        .andExpect(redirectedUrl("/staff/sharing#access-log"))
        .andReturn().getFlashMap();
    org.assertj.core.api.Assertions.assertThat(((AccessLog.Verification) flashMap.get("verification")).intact()).isTrue();
    mvc.perform(get("/staff/sharing").with(as(admin)).flashAttrs(flashMap))
        .andExpect(content().string(containsString("访问日志完整")));
  }

  @Test
  void aClerkOrAnApproverCannotVerifyOrRegisterClients() throws Exception {
    var clerk = SharingFixtures.staff(accounts, "331126-PSB", Role.WINDOW_CLERK);
    mvc.perform(get("/staff/sharing").with(as(clerk))).andExpect(status().isForbidden());
    var approver = SharingFixtures.staff(accounts, "331126-PSB", Role.APPROVER);
    mvc.perform(post("/staff/sharing/access-log/verify").with(as(approver)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/staff/sharing/clients").with(as(approver)).with(csrf()).param("departmentCode", "331126-HC")
            .param("name", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void theDataAdministratorRegistersAClientAndSeesTheSecretOnce() throws Exception {
    var admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
    var flashMap = mvc.perform(post("/staff/sharing/clients").with(as(admin)).with(csrf())
            .param("departmentCode", "331126-HC").param("name", "出生医学证明系统"))
        .andReturn().getFlashMap();
    var credentials = (ApiClients.Credentials) flashMap.get("credentials");
    mvc.perform(get("/staff/sharing").with(as(admin)).flashAttrs(flashMap))
        .andExpect(content().string(containsString(credentials.secret())));
    mvc.perform(get("/staff/sharing").with(as(admin)))
        .andExpect(content().string(containsString(credentials.clientId())))
        .andExpect(content().string(not(containsString(credentials.secret()))));
    mvc.perform(post("/staff/sharing/clients").with(as(SharingFixtures.staff(accounts, "331102-PSB", Role.DATA_ADMIN)))
            .with(csrf()).param("departmentCode", "331126-HC").param("name", "x"))
        .andExpect(flash().attribute("error", "NOT_ALLOWED"));
  }


  @Test
  void aConsumerDepartmentSeesWhatItMayReadWithTheSourceAndItsOwnRequestsAndGrants() throws Exception {
    var approver = SharingFixtures.staff(accounts, "331126-MIB", Role.APPROVER);
    var admin = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
    String granted = "MIB-VIEW-" + System.nanoTime();
    String asked = "MIB-ASK-" + System.nanoTime();
    Grant grant = grants.approve(grants.request(new Grants.Request(granted, Set.of(DataElement.of("person.name"),
        DataElement.of("death.date")), "参保登记核验", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusMonths(3)),
        approver).id(), admin);
    Grant pending = grants.request(new Grants.Request(asked, Set.of(DataElement.of("marriage.status")), "待遇核定",
        LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusMonths(3)), approver);
    // another department's grant is not ours
    var other = SharingFixtures.staff(accounts, "331126-HUD", Role.APPROVER);
    Grant foreign = grants.request(new Grants.Request("HUD-VIEW-" + System.nanoTime(), Set.of(DataElement.of("person.name")),
        "住房核验", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusMonths(3)), other);

    String page = mvc.perform(get("/staff/sharing").with(as(approver)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("庆元县医疗保障局可读取的数据")))
        .andExpect(content().string(not(containsString("??sharing"))))
        .andReturn().getResponse().getContentAsString();
    String readable = section(page, "id=\"readable-table\"");
    org.assertj.core.api.Assertions.assertThat(readable)
        .contains("person.name", "姓名", "death.date", "死亡日期", "庆元县公安局", "庆元县卫生健康", granted,
            "授权 " + grant.id())
        .doesNotContain("marriage.status", asked);
    String ours = section(page, "id=\"our-grants-table\"");
    org.assertj.core.api.Assertions.assertThat(ours)
        .contains("our-grant-" + grant.id(), "our-grant-" + pending.id(), granted, asked, "婚姻状况")
        .doesNotContain("our-grant-" + foreign.id());

    String english = mvc.perform(get("/staff/sharing").with(as(approver)).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("??sharing"))))
        .andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(english).contains("Our requests and grants", "grant " + grant.id());
    org.assertj.core.api.Assertions.assertThat(section(english, "id=\"readable-table\"")).contains("Date of death");

    // once revoked, the element is no longer readable, and the grant shows as revoked among ours
    grants.revoke(grant.id(), admin, "参保登记已办结");
    String after = mvc.perform(get("/staff/sharing").with(as(approver))).andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(after).doesNotContain("授权 " + grant.id());
    org.assertj.core.api.Assertions.assertThat(section(after, "id=\"our-grant-" + grant.id() + "\"")).contains("参保登记已办结");
  }

  /** The HTML from a marker to the end of its table. */
  private static String section(String page, String marker) {
    int start = page.indexOf(marker);
    org.assertj.core.api.Assertions.assertThat(start).as(marker).isNotNegative();
    return page.substring(start, page.indexOf("</table>", start));
  }
}
