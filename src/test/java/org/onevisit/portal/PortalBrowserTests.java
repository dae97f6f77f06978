package org.onevisit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The foundation's journeys in a real browser (Debian Chromium, headless): the home page in Chinese and
 * English, a citizen logging in with the code from the developer outbox, a clerk and an approver reaching
 * their workbench. axe-core checks every page for serious and critical accessibility violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  Browser session;
  WebDriver browser;
  WebDriverWait wait;
  Accounts.NewCitizen citizen;
  String clerk;
  String approver;

  @BeforeAll
  void startBrowser() throws Exception {
    citizen = IdentityFixtures.registeredCitizen(accounts);
    clerk = IdentityFixtures.staff(accounts, IdentityFixtures.QINGYUAN, Role.WINDOW_CLERK);
    approver = IdentityFixtures.staff(accounts, IdentityFixtures.QINGYUAN, Role.APPROVER);

    session = new Browser(port);
    browser = session.driver;
    wait = session.wait;
  }

  @AfterAll
  void stopBrowser() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  @Order(1)
  void homePageSpeaksChineseAndSwitchesToEnglish() throws Exception {
    open("/");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("最多跑一次");
    assertThat(browser.findElements(By.cssSelector(".ov-card"))).hasSizeGreaterThanOrEqualTo(10);
    checkAccessibility("home-zh");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("one visit");
    checkAccessibility("home-en");

    browser.findElement(By.linkText("中文")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
  }

  @Test
  @Order(2)
  void citizenLogsInWithTheCodeFromTheDeveloperOutbox() throws Exception {
    open("/login");
    checkAccessibility("login");
    type("idNumber", "1234");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("错误"));
    assertThat(browser.switchTo().activeElement().getDomAttribute("class")).contains("ov-error-summary");
    checkAccessibility("login-error");

    type("idNumber", citizen.idNumber().value());
    type("mobile", citizen.mobile());
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/login/code"));
    checkAccessibility("login-code");
    String codePage = browser.getCurrentUrl();

    open("/dev/outbox");
    String masked = citizen.mobile().substring(0, 3) + "****" + citizen.mobile().substring(7);
    WebElement row = browser.findElements(By.cssSelector("tr.ov-outbox-message")).stream()
        .filter(r -> r.findElement(By.cssSelector(".ov-outbox-to")).getText().equals(masked))
        .findFirst().orElseThrow();
    Matcher code = Pattern.compile("(\\d{6})").matcher(row.findElement(By.cssSelector(".ov-outbox-text")).getText());
    assertThat(code.find()).isTrue();

    browser.get(codePage);
    type("code", code.group(1));
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/me"));
    assertThat(browser.findElement(By.id("masked-id")).getText()).isEqualTo(citizen.idNumber().masked());
    assertThat(browser.getPageSource()).doesNotContain(citizen.idNumber().value());
    checkAccessibility("my-space");
    logOut();
  }

  @Test
  @Order(3)
  void clerkAndApproverReachTheirWorkbench() throws Exception {
    open("/staff/login");
    checkAccessibility("staff-login");
    staffLogin(clerk);
    assertThat(browser.findElement(By.id("panel-window_clerk")).getText()).contains("综合窗口");
    assertThat(browser.findElements(By.id("panel-approver"))).isEmpty();
    checkAccessibility("workbench-clerk");
    logOut();

    open("/staff/login");
    staffLogin(approver);
    assertThat(browser.findElement(By.id("panel-approver")).getText()).contains("审批待办");
    checkAccessibility("workbench-approver");

    open("/staff/regions/331181");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("无权");
    checkAccessibility("forbidden");
    logOut();
  }

  @Test
  @Order(4)
  void unknownPagesSayWhatHappened() throws Exception {
    open("/no/such/page");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("找不到此页面");
    checkAccessibility("not-found");
  }

  void staffLogin(String username) {
    session.loginStaff(username, IdentityFixtures.STAFF_PASSWORD);
  }

  void logOut() {
    session.logOut();
  }

  void open(String path) {
    session.open(path);
  }

  void type(String id, String text) {
    session.type(id, text);
  }

  void checkAccessibility(String page) throws Exception {
    session.checkAccessibility(page);
  }
}
