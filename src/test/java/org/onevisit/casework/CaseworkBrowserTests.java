package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.Decision;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogTestData;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The applicant's and the clerk's journey in a real browser: the father of a registered family logs in with the
 * code from the developer outbox, goes from the 出生一件事 guide to a form that arrives filled (the parents from
 * the household register, the newborn from the hospital's delivery record, the marriage certificate, ID cards
 * and household register from the licence library), types what only he knows, uploads the photo, submits
 * once; a clerk sends a one-time notice; the father answers it with a new photo; the clerk accepts; the five
 * departments decide in parallel (through the service, their pages are covered elsewhere); the father reads
 * that the case is completed and finds the new licences in his wallet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkBrowserTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Catalog catalog;
  @Autowired CatalogAdministration admin;
  @Autowired ApprovalProcesses approval;
  @Autowired org.onevisit.TestClock.MutableClock clock;

  Browser browser;
  Accounts.NewCitizen citizen;
  String clerk;

  @Autowired org.onevisit.sharing.PopulationLibrary population;
  @Autowired org.onevisit.licence.Licences licences;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeAll
  void start() throws Exception {
    CatalogTestData.publishBirthBundle(admin, catalog);
    Families.use(population, licences, jdbc, catalog);
    var family = Families.register(population, licences);
    citizen = new Accounts.NewCitizen(family.father().person(), "吴建国", IdentityFixtures.anyMobile(),
        Families.SONGYUAN);
    accounts.registerCitizens(List.of(citizen));
    clerk = IdentityFixtures.staff(accounts, IdentityFixtures.QINGYUAN, Role.WINDOW_CLERK);
    browser = new Browser(port);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void fromTheGuideToACompletedCaseWithOneSupplementRound() throws Exception {
    loginCitizen();
    browser.open("/bundles/YJS-CS/guide?a.parentsMarried=yes&a.socialSecurityCard=yes");
    browser.find(By.linkText("在线申请")).click();
    browser.wait.until(ExpectedConditions.urlContains("/me/apply/"));
    browser.checkAccessibility("apply-start");
    new org.openqa.selenium.support.ui.Select(browser.find(By.id("region"))).selectByVisibleText("庆元县");
    browser.find(By.cssSelector("main form button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlMatches(".*/me/applications/[0-9a-f-]+$"));
    browser.checkAccessibility("apply-form");
    // the form arrived filled: the mother from the household register, the newborn from the hospital
    var prefilled = browser.find(By.id("prefilled")).getText();
    assertThat(prefilled).contains("叶*红", "331126-PSB / 户籍管理系统", "庆元县人民医院", "331126-HC / 妇幼保健信息系统",
        "J331126-2020-T");
    var materials = browser.find(By.id("materials")).getText();
    assertThat(materials).contains("结婚证", "已调取电子证照", "住院分娩记录", "已通过数据共享取得", "需要您上传")
        .doesNotContain("吴建国");
    // what he types is what the guide promised, plus 出生身长 that no library holds in this fixture
    int promised = catalog.guide(CatalogTestData.BIRTH_BUNDLE, new org.onevisit.catalog.Answers(java.util.Map.of(
        "parentsMarried", "yes", "socialSecurityCard", "yes"))).figures().after().fields();
    assertThat(browser.driver.findElements(By.cssSelector("form input[name^='f.']"))).hasSize(promised + 1);

    var png = Files.createTempFile("baby", ".png");
    Files.write(png, CaseworkWebIntegrationTests.PNG);
    browser.find(By.id("file-photo")).sendKeys(png.toAbsolutePath().toString());
    browser.find(By.xpath("//input[@id='file-photo']/following-sibling::button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ov-notification")));
    CaseworkIntegrationTests.TYPED.forEach((key, value) -> browser.type("f-" + key, value));
    browser.find(By.cssSelector("button[value=check]")).click();
    browser.wait.until(ExpectedConditions.urlContains("/check"));
    browser.checkAccessibility("apply-check");
    browser.find(By.cssSelector("main form button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-confirmation]")));
    browser.checkAccessibility("apply-confirmation");
    var number = CaseNumber.of(find(Pattern.compile("\\d{6}-\\d{8}-\\d{6}"), browser.driver.getCurrentUrl()));
    logOut();

    loginStaff(clerk);
    browser.open("/staff/acceptance");
    browser.checkAccessibility("acceptance-queue");
    browser.find(By.linkText(number.value())).click();
    browser.type("missing", "新生儿照片不清晰，请重新上传");
    browser.find(By.xpath("//textarea[@id='missing']/ancestor::form//button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ov-notification")));
    browser.checkAccessibility("case-clerk");
    logOut();

    loginCitizen();
    browser.open("/me/cases/" + number);
    assertThat(browser.find(By.cssSelector("[data-missing]")).getText()).contains("新生儿照片不清晰");
    browser.checkAccessibility("case-supplement");
    browser.type("note", "已重新上传清晰照片");
    new org.openqa.selenium.support.ui.Select(browser.find(By.id("supply-material")))
        .selectByVisibleText("新生儿白底证件照片（电子版）");
    browser.find(By.id("supply-file")).sendKeys(png.toAbsolutePath().toString());
    browser.find(By.xpath("//textarea[@id='note']/ancestor::form//button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ov-notification")));
    logOut();

    loginStaff(clerk);
    browser.open("/staff/cases/" + number);
    browser.find(By.xpath("//form[contains(@action,'/accept')]//button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ov-notification")));
    logOut();

    decideEverything(number);

    loginCitizen();
    browser.open("/me/cases/" + number);
    assertThat(browser.find(By.cssSelector("[data-status]")).getText()).isEqualTo("全部事项已办结。");
    browser.wait.until(d -> {
      d.navigate().refresh();
      return !d.findElements(By.id("delivery")).isEmpty() && d.findElements(By.cssSelector("#issued-licences li")).size() == 3;
    });
    assertThat(browser.find(By.id("issued-licences")).getText()).contains("出生医学证明", "居民户口簿", "社会保障卡");
    assertThat(browser.find(By.id("notices")).getText()).contains("已办结");
    browser.checkAccessibility("case-completed");
    browser.find(By.linkText("查看“我的证照”")).click();
    browser.wait.until(ExpectedConditions.urlContains("/me/licences"));
    assertThat(browser.find(By.tagName("main")).getText()).contains("出生医学证明", "社会保障卡", "居民户口簿");
    browser.screenshot("wallet-after-birth");
  }

  private void decideEverything(CaseNumber number) throws InterruptedException {
    var approvers = List.of("331126-HC", "331126-PSB", "331126-MIB", "331126-HRSS", "331126-TAX").stream()
        .map(d -> new org.onevisit.identity.StaffMember(d.hashCode(), "a." + d, "审批员", d, "331126",
            java.util.Set.of(Role.APPROVER)))
        .toList();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      boolean any = false;
      for (var approver : approvers) {
        for (var task : approval.inbox(approver)) {
          if (task.caseRef().equals(number.value())) {
            approval.decide(task.id(), approver, new Decision.Approve(""));
            any = true;
          }
        }
      }
      if (approval.status(number.value()).filter(s -> s == ApprovalProcesses.CaseStatus.FINISHED).isPresent()) {
        break;
      }
      if (!any) {
        Thread.sleep(100);
      }
    }
    Thread.sleep(500);
  }

  /** Logs the citizen in; each time a little later, because a mobile gets one code a minute. */
  private void loginCitizen() {
    clock.advance(Duration.ofMinutes(2));
    browser.loginCitizen(citizen.idNumber().value(), citizen.mobile());
  }

  private void loginStaff(String username) {
    browser.loginStaff(username, IdentityFixtures.STAFF_PASSWORD);
  }

  private void logOut() {
    browser.logOut();
  }

  private static String find(Pattern pattern, String text) {
    var m = pattern.matcher(text);
    assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
    return m.group(m.groupCount() > 0 ? 1 : 0);
  }
}
