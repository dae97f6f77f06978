package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.casework.Casework.Subject;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.catalog.CatalogTestData;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The applicant's, the clerk's and the approver's pages, with the security chain. */
@SpringBootTest
@ActiveProfiles("test")
class CaseworkWebIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired Casework casework;
  @Autowired ApprovalProcesses approval;
  @Autowired CatalogAdministration admin;
  @Autowired Catalog catalog;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    CatalogTestData.publishBirthBundle(admin, catalog);
    Families.use(population, licences, jdbc, catalog);
  }

  @Autowired org.onevisit.sharing.PopulationLibrary population;
  @Autowired org.onevisit.licence.Licences licences;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  static RequestPostProcessor as(Applicant applicant) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
        java.util.List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"))));
  }

  static RequestPostProcessor as(StaffMember staff) {
    var roles = new java.util.ArrayList<SimpleGrantedAuthority>();
    roles.add(new SimpleGrantedAuthority("ROLE_STAFF"));
    staff.roles().forEach(r -> roles.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
    return authentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, roles));
  }

  CaseNumber submitted(Applicant applicant) {
    var id = casework.startDraft(applicant, Subject.bundle("YJS-CS"), CatalogFixtures.MARRIED_WITH_CARD,
        CaseworkIntegrationTests.QINGYUAN, "self");
    casework.fill(id, applicant, CaseworkIntegrationTests.TYPED, Set.of("photo"));
    return casework.submit(id, applicant);
  }

  @Test
  void theClerkSendsAOneTimeNoticeTheApplicantSuppliesAndTheClerkAccepts() throws Exception {
    var applicant = CaseworkIntegrationTests.citizen();
    var number = submitted(applicant);
    var clerk = CaseworkIntegrationTests.CLERK;

    mvc.perform(get("/staff/acceptance").with(as(clerk)))
        .andExpect(status().isOk()).andExpect(content().string(containsString(number.value())));
    mvc.perform(get("/staff/cases/" + number).with(as(clerk)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("吴*国")))
        .andExpect(content().string(not(containsString("吴建国"))));
    mvc.perform(post("/staff/cases/" + number + "/supplement").with(as(clerk)).with(csrf())
            .param("missing", "新生儿照片不清晰\n父亲签名缺失"))
        .andExpect(redirectedUrl("/staff/cases/" + number))
        .andExpect(flash().attribute("done", "casework.supplementSent"));
    mvc.perform(post("/staff/cases/" + number + "/accept").with(as(clerk)).with(csrf()))
        .andExpect(flash().attribute("caseError", "casework.error.SUPPLEMENT_PENDING"));

    mvc.perform(get("/me/cases").with(as(applicant)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("需要您补正")));
    mvc.perform(get("/me/cases/" + number).with(as(applicant)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("父亲签名缺失")));
    mvc.perform(post("/me/cases/" + number + "/supply").with(as(applicant)).with(csrf()).param("note", "已重新上传"))
        .andExpect(flash().attribute("supplied", true));

    mvc.perform(post("/staff/cases/" + number + "/accept").with(as(clerk)).with(csrf()))
        .andExpect(flash().attribute("done", "casework.accepted"));
    mvc.perform(get("/me/cases/" + number).with(as(applicant)))
        .andExpect(content().string(containsString("已受理，办理中")));
  }

  @Test
  void othersCannotReachTheCase() throws Exception {
    var applicant = CaseworkIntegrationTests.citizen();
    var number = submitted(applicant);

    mvc.perform(get("/me/cases/" + number).with(as(CaseworkIntegrationTests.citizen())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/me/cases/not-a-number").with(as(applicant))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/cases/" + number).with(as(CaseworkIntegrationTests.LONGQUAN_CLERK)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/staff/cases/" + number + "/accept").with(as(applicant)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/me/cases")).andExpect(status().is3xxRedirection());
  }

  @Test
  void anApproverDecidesFromTheInbox() throws Exception {
    var applicant = CaseworkIntegrationTests.citizen();
    var number = submitted(applicant);
    casework.accept(number, CaseworkIntegrationTests.CLERK);
    var approver = new StaffMember(77_001, "hc.approver", "李医生", "331126-HC", "331126", Set.of(Role.APPROVER));
    var task = await(() -> approval.inbox(approver).stream().filter(t -> t.caseRef().equals(number.value()))
        .findFirst().orElse(null));

    mvc.perform(get("/staff/tasks").with(as(approver)))
        .andExpect(status().isOk()).andExpect(content().string(containsString(number.value())));
    mvc.perform(get("/staff/tasks/" + task.id()).with(as(approver)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("审查")));
    mvc.perform(post("/staff/tasks/" + task.id() + "/decision").with(as(approver)).with(csrf())
            .param("outcome", "refuse"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("不予通过时请填写理由")));
    mvc.perform(post("/staff/tasks/" + task.id() + "/claim").with(as(approver)).with(csrf()))
        .andExpect(redirectedUrl("/staff/tasks/" + task.id()));
    mvc.perform(post("/staff/tasks/" + task.id() + "/decision").with(as(approver)).with(csrf())
            .param("outcome", "approve").param("comment", "材料齐全"))
        .andExpect(redirectedUrl("/staff/tasks"));
    mvc.perform(post("/staff/tasks/" + task.id() + "/decision").with(as(approver)).with(csrf())
            .param("outcome", "approve"))
        .andExpect(flash().attribute("taskError", "approval.error.NOT_OPEN"));

    var otherDepartment = new StaffMember(77_002, "psb.x", "王警官", "331181-PSB", "331181", Set.of(Role.APPROVER));
    mvc.perform(get("/staff/tasks/" + task.id()).with(as(otherDepartment))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/tasks/no-such-task").with(as(approver))).andExpect(status().isNotFound());
  }

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  @Test
  void aCitizenAppliesFromTheGuideUploadsAndSubmitsOnce() throws Exception {
    var applicant = CaseworkIntegrationTests.citizen();
    var me = as(applicant);
    mvc.perform(get("/me/apply/bundles/YJS-CS").with(me).param("a.parentsMarried", "yes")
            .param("a.socialSecurityCard", "yes"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("庆元县")));
    mvc.perform(post("/me/applications").with(me).with(csrf()).param("kind", "bundles").param("code", "YJS-CS")
            .param("region", "999999").param("a.parentsMarried", "yes").param("a.socialSecurityCard", "yes"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("请选择办理地")));
    var created = mvc.perform(post("/me/applications").with(me).with(csrf()).param("kind", "bundles")
            .param("code", "YJS-CS").param("region", "331126").param("a.parentsMarried", "yes")
            .param("a.socialSecurityCard", "yes"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String form = created;

    mvc.perform(get(form).with(me)).andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"f.newbornName\"")))
        .andExpect(content().string(containsString("新生儿白底证件照片")));
    mvc.perform(get(form).with(as(CaseworkIntegrationTests.citizen()))).andExpect(status().isNotFound());

    mvc.perform(post(form + "/submit").with(me).with(csrf()))
        .andExpect(redirectedUrl(form)).andExpect(flash().attributeExists("missing"));

    mvc.perform(multipart(form + "/uploads").file(new MockMultipartFile("file", "photo.png", "image/png",
            "not really an image".getBytes())).param("material", "photo").with(me).with(csrf()))
        .andExpect(flash().attribute("uploadError", "casework.upload.TYPE_NOT_ALLOWED"));
    mvc.perform(multipart(form + "/uploads").file(new MockMultipartFile("file", "eicar.png", "image/png",
            concat(PNG, "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*".getBytes())))
            .param("material", "photo").with(me).with(csrf()))
        .andExpect(flash().attribute("uploadError", "casework.upload.INFECTED"));
    mvc.perform(multipart(form + "/uploads").file(new MockMultipartFile("file", "big.png", "image/png",
            new byte[Uploads.MAX_BYTES + 1])).param("material", "photo").with(me).with(csrf()))
        .andExpect(flash().attribute("uploadError", "casework.upload.TOO_LARGE"));
    mvc.perform(multipart(form + "/uploads").file(new MockMultipartFile("file", "x.png", "image/png", PNG))
            .param("material", "passport").with(me).with(csrf()))
        .andExpect(flash().attribute("uploadError", "casework.upload.UNKNOWN_MATERIAL"));
    mvc.perform(multipart(form + "/uploads").file(new MockMultipartFile("file", "baby.png", "image/png", PNG))
            .param("material", "photo").with(me).with(csrf()))
        .andExpect(flash().attribute("uploaded", true));

    var values = post(form).with(me).with(csrf()).param("action", "check");
    CaseworkIntegrationTests.TYPED.forEach((k, v) -> values.param("f." + k, v));
    mvc.perform(values).andExpect(redirectedUrl(form + "/check"));
    mvc.perform(get(form + "/check").with(me)).andExpect(status().isOk())
        .andExpect(content().string(containsString("叶小米"))).andExpect(content().string(containsString("已上传")));

    String caseUrl = mvc.perform(post(form + "/submit").with(me).with(csrf()))
        .andExpect(flash().attribute("submitted", true)).andReturn().getResponse().getRedirectedUrl();
    mvc.perform(post(form + "/submit").with(me).with(csrf())).andExpect(redirectedUrl(caseUrl));
    mvc.perform(get(caseUrl).with(me).flashAttr("submitted", true))
        .andExpect(status().isOk()).andExpect(content().string(containsString("申请已提交")));
    mvc.perform(get(form).with(me)).andExpect(redirectedUrl(caseUrl));
  }

  static byte[] concat(byte[] a, byte[] b) {
    var out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static <T> T await(java.util.function.Supplier<T> probe) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out");
  }

  @Test
  void aClerkAppliesForACitizenThroughTheStaffPagesAndOthersCannot() throws Exception {
    var clerk = CaseworkIntegrationTests.CLERK;
    var citizen = CaseworkIntegrationTests.citizen();
    String start = "/staff/apply/bundles/YJS-CS?a.parentsMarried=yes&a.socialSecurityCard=yes";
    mvc.perform(get(start).with(as(clerk))).andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"idNumber\"")));
    mvc.perform(get(start).with(as(CaseworkIntegrationTests.staff("331126-HC", "331126",
        org.onevisit.identity.Role.APPROVER)))).andExpect(status().isForbidden());

    mvc.perform(post("/staff/applications").with(as(clerk)).with(csrf()).param("kind", "bundles")
            .param("code", "YJS-CS").param("region", "331126").param("idNumber", "12345").param("name", "")
            .param("a.parentsMarried", "yes").param("a.socialSecurityCard", "yes"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写有效的 18 位公民身份号码")))
        .andExpect(content().string(containsString("请填写申请人姓名")));
    var created = mvc.perform(post("/staff/applications").with(as(clerk)).with(csrf()).param("kind", "bundles")
            .param("code", "YJS-CS").param("region", "331126").param("idNumber", citizen.idNumber())
            .param("name", "吴建国").param("a.parentsMarried", "yes").param("a.socialSecurityCard", "yes"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(created).startsWith("/staff/applications/");
    mvc.perform(get(created).with(as(clerk))).andExpect(status().isOk())
        .andExpect(content().string(containsString("331126-PSB / 户籍管理系统")));
    mvc.perform(get(created).with(as(CaseworkIntegrationTests.staff("331126-PSB", "331126",
        org.onevisit.identity.Role.WINDOW_CLERK)))).andExpect(status().isNotFound());
    mvc.perform(get(created.replace("/staff/", "/me/")).with(as(citizen)))
        .andExpect(status().isOk());

    mvc.perform(post("/staff/applications").with(as(CaseworkIntegrationTests.LONGQUAN_CLERK)).with(csrf())
            .param("kind", "bundles").param("code", "YJS-CS").param("region", "331126")
            .param("idNumber", citizen.idNumber()).param("name", "吴建国").param("a.parentsMarried", "yes")
            .param("a.socialSecurityCard", "yes"))
        .andExpect(status().isForbidden()); // outside his region
  }

  @Test
  void aCitizenAuthorisesAnAgentAndRevokes() throws Exception {
    var citizen = CaseworkIntegrationTests.citizen();
    mvc.perform(get("/me/authorisations").with(as(citizen))).andExpect(status().isOk());
    mvc.perform(post("/me/authorisations").with(as(citizen)).with(csrf()).param("agent", "nobody")
            .param("until", java.time.LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(10).toString()))
        .andExpect(flash().attribute("authoriseError", true));
    mvc.perform(post("/me/authorisations/999999999/revoke").with(as(citizen)).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/me/authorisations").with(as(CaseworkIntegrationTests.CLERK))).andExpect(status().isForbidden());
  }
}
