package org.onevisit.licence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A citizen opens his wallet, downloads the PDF of his marriage certificate, and the QR code printed on it
 * (decoded from the rendered PDF) leads to the public verification page, which says valid, and after the
 * issuer revokes the licence, revoked. axe-core checks every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceBrowserTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Licences licences;
  @Autowired IssuerIdentity issuer;

  Browser session;

  @BeforeAll
  void startBrowser() throws Exception {
    session = new Browser(port);
  }

  @AfterAll
  void stopBrowser() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void theQrCodeOfTheDownloadedPdfVerifiesAsValidThenAsRevoked() throws Exception {
    Accounts.NewCitizen citizen = IdentityFixtures.registeredCitizen(accounts);
    Licence licence = licences.issue(LicenceFixtures.marriageCertificate(citizen.idNumber()));
    logIn(citizen);

    session.open("/me");
    session.find(By.id("my-licences")).click();
    session.wait.until(ExpectedConditions.urlContains("/me/licences"));
    assertThat(session.find(By.id("licences")).getText()).contains("结婚证", licence.number().value(), "有效");
    session.checkAccessibility("licence-wallet");

    session.find(By.linkText("结婚证")).click();
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("licence-number")));
    assertThat(session.find(By.id("licence-status")).getText()).isEqualTo("有效");
    assertThat(session.driver.getPageSource()).doesNotContain(citizen.idNumber().value());
    session.checkAccessibility("licence-view");

    String pdfUrl = session.find(By.id("download-pdf")).getDomProperty("href");
    byte[] pdf = download(pdfUrl);
    String qr = qrOf(pdf);
    assertThat(qr).startsWith(issuer.baseUrl() + "/verify/");

    session.open(URI.create(qr).getPath());
    WebElement outcome = session.find(By.id("outcome"));
    assertThat(outcome.getDomAttribute("data-outcome")).isEqualTo("VALID");
    assertThat(outcome.getText()).contains("证照有效");
    assertThat(session.find(By.id("holder")).getText()).doesNotContain(citizen.idNumber().value())
        .contains(citizen.idNumber().value().substring(0, 6));
    session.checkAccessibility("licence-verification-valid");

    licences.revoke(licence.number(), "婚姻登记被撤销", "qingyuan.approver.cab");
    session.open(URI.create(qr).getPath());
    assertThat(session.find(By.id("outcome")).getDomAttribute("data-outcome")).isEqualTo("REVOKED");
    assertThat(session.find(By.id("reasons")).getText()).contains("证照已被注销");
    session.checkAccessibility("licence-verification-revoked");

    session.open("/verify");
    session.checkAccessibility("licence-verify-form");
    session.find(By.cssSelector("main form button[type=submit]")).click();
    session.wait.until(ExpectedConditions.titleContains("错误"));
    session.checkAccessibility("licence-verify-error");
  }

  /**
   * An approver of the issuing department finds the licence from his workbench, is told a reason is missing,
   * revokes it with one, and the public verification page of its QR code says revoked.
   */
  @Test
  void anApproverRevokesThroughTheStaffDeskAndTheVerificationPageSaysRevoked() throws Exception {
    Licence licence = licences.issue(LicenceFixtures.anyMarriageCertificate());
    String username = "t" + System.nanoTime() % 1_000_000 + ".cab.approver";
    accounts.createStaff(new Accounts.NewStaff(username, "王芳", IdentityFixtures.STAFF_PASSWORD, "331126-CAB",
        org.onevisit.organisation.RegionCode.of("331126"), java.util.Set.of(org.onevisit.identity.Role.APPROVER)));
    session.driver.manage().deleteAllCookies();
    try {
      session.loginStaff(username, IdentityFixtures.STAFF_PASSWORD);
      session.find(By.id("licences-approver")).click();
      session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("number")));
      session.checkAccessibility("licence-staff-search");
      session.type("number", licence.number().grouped());
      session.find(By.id("find")).click();
      session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("licence-number")));
      assertThat(session.find(By.id("licence-status")).getText()).isEqualTo("有效");
      session.checkAccessibility("licence-staff-licence");

      session.find(By.id("revoke")).click();
      session.wait.until(ExpectedConditions.titleContains("错误"));
      assertThat(session.find(By.cssSelector(".ov-error-summary")).getText()).contains("请填写原因");
      session.checkAccessibility("licence-staff-reason-missing");

      session.type("reason-revoke", "婚姻登记被依法撤销");
      session.find(By.id("revoke")).click();
      session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
      assertThat(session.find(By.id("licence-status")).getText()).isEqualTo("已注销");
      assertThat(session.find(By.id("history")).getText()).contains("婚姻登记被依法撤销", username);
      session.checkAccessibility("licence-staff-revoked");

      session.open("/verify/" + licence.verificationCode());
      assertThat(session.find(By.id("outcome")).getDomAttribute("data-outcome")).isEqualTo("REVOKED");
      assertThat(session.find(By.id("reasons")).getText()).contains("证照已被注销");
    } finally {
      session.driver.manage().deleteAllCookies();
    }
  }

  void logIn(Accounts.NewCitizen citizen) {
    session.loginCitizen(citizen.idNumber().value(), citizen.mobile());
  }

  /** Downloads with the browser's session cookie, as the browser's download would. */
  byte[] download(String url) throws Exception {
    String cookie = session.driver.manage().getCookieNamed("SESSION").getValue();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Cookie", "SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    return response.body();
  }

  /** Renders the PDF's page and decodes the QR code on it. */
  static String qrOf(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      return new QRCodeReader().decode(bitmap).getText();
    }
  }
}
