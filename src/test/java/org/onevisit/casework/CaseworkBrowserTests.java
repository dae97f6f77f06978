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
 * The applicant's and the clerk's journey in a real browser: a citizen logs in with the code from the
 * developer outbox, goes from the 出生一件事 guide to the form, uploads the photo, submits once; a clerk sends
 * a one-time notice; the citizen supplies; the clerk accepts; the departments decide (through the service,
 * their pages are covered elsewhere); the citizen reads that the case is completed.
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

  @BeforeAll
  void start() throws Exception {
    CatalogTestData.publishBirthBundle(admin, catalog);
    citizen = IdentityFixtures.registeredCitizen(accounts);
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
    browser.checkAccessibility("case-completed");
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
