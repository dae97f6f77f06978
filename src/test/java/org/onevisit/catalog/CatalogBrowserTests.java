package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onevisit.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A citizen's journey in a real browser: the home page, search, the 出生一件事 bundle, its questions one
 * per page, the check-answers page and the personalised guide, whose before/after figures must equal
 * those the catalog computes for the same answers. Every page passes the axe accessibility check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogBrowserTests {

  @LocalServerPort int port;
  @Autowired Catalog catalog;
  @Autowired CatalogAdministration admin;

  Browser browser;

  @BeforeAll
  void start() throws Exception {
    CatalogTestData.publishBirthBundle(admin, catalog);
    browser = new Browser(port);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void fromTheHomePageThroughSearchAndQuestionsToTheGuide() throws Exception {
    var bundle = catalog.bundle(CatalogTestData.BIRTH_BUNDLE).orElseThrow();
    browser.open("/");
    browser.type("q", "出生");
    browser.find(By.cssSelector("form[role=search] button")).click();
    browser.wait.until(ExpectedConditions.urlContains("/search"));
    browser.checkAccessibility("catalog-search");

    browser.find(By.linkText(bundle.name())).click();
    browser.wait.until(ExpectedConditions.urlContains("/bundles/" + bundle.code().value()));
    browser.checkAccessibility("catalog-bundle");
    browser.find(By.cssSelector("a.ov-button")).click();

    var answers = Answers.none();
    for (int page = 1; ; page++) {
      browser.wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("/questions/"),
          ExpectedConditions.urlContains("/check")));
      if (browser.driver.getCurrentUrl().contains("/check")) {
        break;
      }
      String key = browser.driver.getCurrentUrl().replaceAll(".*/questions/([^?]+).*", "$1");
      if (page == 1) {
        submitAndWaitForNextPage();
        browser.wait.until(ExpectedConditions.titleContains("错误"));
        browser.checkAccessibility("catalog-question-error");
      }
      var question = catalog.questions(bundle.code(), answers).stream()
          .filter(q -> q.key().equals(key)).findFirst().orElseThrow();
      var option = question.options().getFirst().key();
      browser.find(By.id(option)).click();
      if (page == 1) {
        browser.checkAccessibility("catalog-question");
      }
      answers = answers.with(key, option);
      submitAndWaitForNextPage();
      assertThat(page).as("questions asked").isLessThan(20);
    }
    browser.checkAccessibility("catalog-check");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("检查您的回答");
    browser.find(By.cssSelector("a.ov-button")).click();

    browser.wait.until(ExpectedConditions.urlContains("/guide"));
    browser.checkAccessibility("catalog-guide");
    var expected = catalog.guide(bundle.code(), answers).figures();
    assertThat(figure("before-windows")).isEqualTo(expected.before().windows());
    assertThat(figure("before-materials")).isEqualTo(expected.before().materials());
    assertThat(figure("before-fields")).isEqualTo(expected.before().fields());
    assertThat(figure("before-visits")).isEqualTo(expected.before().visits());
    assertThat(figure("after-windows")).isEqualTo(expected.after().windows());
    assertThat(figure("after-materials")).isEqualTo(expected.after().materials());
    assertThat(figure("after-fields")).isEqualTo(expected.after().fields());
    assertThat(figure("after-visits")).isEqualTo(expected.after().visits());
    assertThat(browser.find(By.cssSelector("[data-print]")).isDisplayed()).isTrue();
  }

  @Test
  void thePublicListsAndDepartmentsAreAccessible() throws Exception {
    browser.open("/lists?region=331126");
    assertThat(browser.find(By.tagName("h2")).getText()).contains("庆元县");
    browser.checkAccessibility("catalog-lists");
    browser.open("/departments");
    browser.checkAccessibility("catalog-departments");
    browser.open("/items/" + List.copyOf(catalog.items()).getFirst().code().value() + "?lang=en");
    browser.checkAccessibility("catalog-item-en");
  }

  @Autowired org.onevisit.identity.Accounts accounts;

  @Test
  void aCatalogAdministratorSeesTheRefusalOfACatchAllMaterial() throws Exception {
    String admin = org.onevisit.identity.IdentityFixtures.staff(accounts, CatalogFixtures.ZHEJIANG,
        org.onevisit.identity.Role.CATALOG_ADMIN);
    browser.loginStaff(admin, org.onevisit.identity.IdentityFixtures.STAFF_PASSWORD);
    browser.open("/staff/catalog");
    browser.checkAccessibility("catalog-admin-index");

    var item = CatalogFixtures.item().material(CatalogFixtures.applicantMaterial("other", "其他材料")).build();
    browser.open("/staff/catalog/items/new");
    var editor = browser.find(By.id("document"));
    editor.clear();
    ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
        editor, new tools.jackson.databind.json.JsonMapper().writeValueAsString(CatalogDocuments.write(item)));
    browser.find(By.xpath("//textarea[@id='document']/ancestor::form//button")).click();
    browser.wait.until(ExpectedConditions.urlContains("/staff/catalog/items/" + item.code().value()));
    browser.checkAccessibility("catalog-admin-item");
    browser.find(By.xpath("//form[contains(@action,'/publish')]//button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-refused]")));
    assertThat(browser.find(By.cssSelector("[data-refused]")).getText()).contains("兜底材料", "materials[other]");
    browser.checkAccessibility("catalog-admin-refused");
    browser.logOut();
  }

  private int figure(String name) {
    return Integer.parseInt(browser.find(By.cssSelector("[data-figure=" + name + "]")).getText().strip());
  }

  /**
   * Submits the page's form and waits for the next document: the next question has the same URL shape, and an
   * element of the old page may be gone in ways Selenium reports differently (stale, or "node does not belong to
   * the document"), so the old document is marked and the wait is for a document without the mark.
   */
  private void submitAndWaitForNextPage() {
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
    js.executeScript("window.__onevisitOldPage = true;");
    browser.find(By.cssSelector("form button[type=submit]")).click();
    browser.wait.until(d -> {
      try {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
            "return window.__onevisitOldPage === undefined && document.readyState === 'complete';"));
      } catch (org.openqa.selenium.WebDriverException navigating) {
        return false;
      }
    });
  }
}
