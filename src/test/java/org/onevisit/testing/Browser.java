package org.onevisit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium against the application on {@code port}, for browser
 * tests: opening pages, typing, and an axe-core check (serious and critical WCAG 2.1 AA violations fail)
 * with a screenshot of every checked page in {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  public final WebDriver driver;
  public final WebDriverWait wait;
  private final int port;

  public Browser(int port) throws IOException {
    this.port = port;
    var options = new ChromeOptions();
    executable("chromium", "chromium-browser", "google-chrome").ifPresent(options::setBinary);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1000", "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory("onevisit-chromium"));
    var service = new ChromeDriverService.Builder()
        .usingDriverExecutable(executable("chromedriver").map(File::new).orElseThrow(() ->
            new IllegalStateException("chromedriver is not on the PATH: install Debian's chromium-driver")))
        .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    Files.createDirectories(SCREENSHOTS);
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public void open(String path) {
    driver.get(url(path));
  }

  public void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  /** Logs a staff member in on the staff login page and waits for the workbench. */
  public void loginStaff(String username, String password) {
    open("/staff/login");
    type("username", username);
    type("password", password);
    find(By.cssSelector("main button[type=submit]")).click();
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches(".*/staff$"));
  }

  /**
   * Logs a citizen in with ID number and mobile, reading the one-time code from the developer outbox (demo
   * and test profiles), and waits for his space.
   */
  public void loginCitizen(String idNumber, String mobile) {
    open("/login");
    type("idNumber", idNumber);
    type("mobile", mobile);
    find(By.cssSelector("main button[type=submit]")).click();
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login/code"));
    String codePage = driver.getCurrentUrl();
    open("/dev/outbox");
    String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
    var row = driver.findElements(By.cssSelector("tr.ov-outbox-message")).stream()
        .filter(r -> r.findElement(By.cssSelector(".ov-outbox-to")).getText().equals(masked))
        .findFirst().orElseThrow(() -> new AssertionError("no code sent to " + masked));
    var code = java.util.regex.Pattern.compile("(\\d{6})")
        .matcher(row.findElement(By.cssSelector(".ov-outbox-text")).getText());
    assertThat(code.find()).isTrue();
    driver.get(codePage);
    type("code", code.group(1));
    find(By.cssSelector("main button[type=submit]")).click();
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/me"));
  }

  /** Logs out with the header's button. */
  public void logOut() {
    find(By.cssSelector(".ov-header form button")).click();
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.linkText("登录")));
  }

  public void screenshot(String page) throws IOException {
    Files.write(SCREENSHOTS.resolve(page + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** Takes a screenshot and fails on serious or critical accessibility violations of the page. */
  public void checkAccessibility(String page) throws IOException {
    screenshot(page);
    Results results = analyze();
    List<String> serious = results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(Browser::describe)
        .toList();
    assertThat(serious).as("serious or critical accessibility violations on %s", page).isEmpty();
  }

  /**
   * Runs axe once the document has loaded. A run the page disturbs (axe's finishRun failing while a script or a
   * late navigation changes the document, seen under load) is run again once; violations are results, not errors,
   * so a retry never hides one.
   */
  private Results analyze() {
    wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
        .executeScript("return document.readyState")));
    var axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"));
    try {
      return axe.analyze(driver);
    } catch (RuntimeException disturbed) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw disturbed;
      }
      return axe.analyze(driver);
    }
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
  }

  static Optional<String> executable(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(names)
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
