package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer's morning in headless Chromium: the admin adds Walsall and its assessor; the assessor
 * signs in, starts an assessment, answers part of Walsall's questionnaire, saves the draft, comes
 * back to it, submits too early, follows the error summary, finishes and submits. axe-core checks
 * every page on the way. A failing test leaves a screenshot in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static TestServer server;
  static ChromeDriver driver;

  @RegisterExtension
  final TestWatcher screenshotOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (driver != null) {
        Chromium.screenshot(driver, "failed-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  @BeforeAll
  static void start() {
    driver = Chromium.start();
    server = TestServer.h2();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static void open(String path) {
    driver.get(server.base() + path);
  }

  static void signIn(String username, String password) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    go(By.cssSelector("form[action='/login'] button"));
  }

  static void signOut() {
    go(By.cssSelector("form.sign-out button"));
  }

  /** Clicks what sends a form or follows a link, and waits for the next page. */
  static void go(By by) {
    for (int attempt = 1; ; attempt++) {
      loaded();
      WebElement page = driver.findElement(By.tagName("html"));
      try {
        driver.findElement(by).click();
      } catch (org.openqa.selenium.WebDriverException e) {
        // Chromium refuses a click on a node of a document it has just replaced; the click did not
        // happen, so find the element again in the current page and click that.
        if (attempt == 3 || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          throw e;
        }
        continue;
      }
      waitUntil().until(d -> replaced(page));
      loaded();
      return;
    }
  }

  /**
   * True once the page {@code old} belonged to has been replaced. Chromium says so in two ways
   * when asked about a node of the old page: a stale element, or, while the new document is being
   * attached, an inspector error that the node "does not belong to the document" (which Selenium's
   * own staleness check does not recognise, and which failed this test under load).
   */
  private static boolean replaced(WebElement old) {
    try {
      old.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * A wait of up to 20 s that asks again every 10 ms: Selenium's default of 500 ms between polls
   * made each click wait half a second for a page that had long arrived.
   */
  static WebDriverWait waitUntil() {
    return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(10));
  }

  /**
   * Waits until the current page has finished loading: the old page going stale only says that the
   * next one has started, and an element found before it has loaded may belong to neither.
   */
  static void loaded() {
    waitUntil()
        .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript("return document.readyState")));
  }

  static String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Chooses the radio button of each answer and the target of each dimension. */
  static void answer(List<Map.Entry<String, String>> answers) {
    for (Map.Entry<String, String> a : answers) {
      WebElement option = driver.findElement(By.id("answer-" + a.getKey() + "-" + a.getValue()));
      // Click the label, as a person does (the radio itself is small).
      driver.findElement(By.cssSelector("label[for='" + option.getAttribute("id") + "']")).click();
      assertTrue(option.isSelected(), a.toString());
    }
  }

  static List<Map.Entry<String, String>> walsallAnswers() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = Walsall.json().get("answers").fields();
    it.forEachRemaining(e -> out.add(Map.entry(e.getKey(), e.getValue().asText())));
    return out;
  }

  @Test
  @Order(1)
  void theAdmin_addsAnOrganisationAndItsAssessor() {
    signIn("admin", TestServer.ADMIN_PASSWORD);
    assertTrue(text().contains("Organisations and accounts"), text());
    Chromium.assertAccessible(driver, "the admin's page");
    driver.findElement(By.id("organisation-name")).sendKeys("Walsall Council");
    go(By.cssSelector("form[action='/admin/organisations'] button"));
    assertTrue(text().contains("Organisation Walsall Council added."), text());
    driver.findElement(By.id("account-username")).sendKeys("officer");
    driver.findElement(By.id("account-password")).sendKeys(TestServer.PASSWORD);
    new Select(driver.findElement(By.id("account-role"))).selectByValue("assessor");
    new Select(driver.findElement(By.id("account-organisation"))).selectByVisibleText("Walsall Council");
    go(By.cssSelector("form[action='/admin/accounts'] button"));
    assertTrue(text().contains("Account officer added."), text());
    Chromium.screenshot(driver, "admin");
    signOut();
  }

  @Test
  @Order(2)
  void theSignInPage_showsAnErrorSummary_forAWrongPassword() {
    open("/login");
    Chromium.assertAccessible(driver, "the sign-in page");
    signIn("officer", "not-the-password");
    assertTrue(text().contains("There is a problem"), text());
    Chromium.assertAccessible(driver, "the sign-in page with an error");
  }

  @Test
  @Order(3)
  void theAssessor_answersPartOfWalsallsQuestionnaire_savesIt_andResumesIt() {
    signIn("officer", TestServer.PASSWORD);
    assertTrue(text().contains("No assessment yet"), text());
    Chromium.assertAccessible(driver, "the organisation's page");
    driver.findElement(By.id("new-title")).sendKeys("2026 self-assessment");
    new Select(driver.findElement(By.id("new-model"))).selectByIndex(0);
    go(By.cssSelector("form[action$='/assessments'] button"));
    assertTrue(text().contains("0 of 29 answered"), text());
    Chromium.assertAccessible(driver, "an empty assessment");

    answer(walsallAnswers().subList(0, 12));
    driver.findElement(By.id("note.A1")).sendKeys("Procurement board minutes, May 2026");
    go(By.id("save"));
    assertTrue(text().contains("Draft saved"), text());
    assertTrue(text().contains("12 of 29 answered"), text());

    open("/");
    go(By.linkText("2026 self-assessment"));
    assertTrue(text().contains("12 of 29 answered"), "resumed");
    assertEquals("Procurement board minutes, May 2026", driver.findElement(By.id("note.A1")).getAttribute("value"));
    assertTrue(driver.findElement(By.id("answer-A1-works")).isSelected());
  }

  @Test
  @Order(4)
  void aTooEarlySubmit_keepsWhatWasTyped_andItsSummaryLinksToEachField() {
    List<Map.Entry<String, String>> answers = walsallAnswers();
    answer(answers.subList(12, answers.size() - 1));   // all but J2
    JsonNode targets = Walsall.json().get("targets");
    targets.fields().forEachRemaining(t ->
        new Select(driver.findElement(By.id("target." + t.getKey()))).selectByValue(t.getValue().asText()));
    go(By.id("submit"));
    assertTrue(text().contains("There is a problem"), text());
    assertTrue(text().contains("28 of 29 answered"), text());
    Chromium.assertAccessible(driver, "a refused submit");
    Chromium.screenshot(driver, "error-summary");
    driver.findElement(By.cssSelector(".error-summary a")).click();   // same page: a jump
    assertTrue(driver.getCurrentUrl().endsWith("#answer-J2-" + firstOptionOfJ2()), driver.getCurrentUrl());
    assertEquals("leader", new Select(driver.findElement(By.id("target.A"))).getFirstSelectedOption().getAttribute("value"),
        "the targets typed before the refused submit are kept");
    answer(answers.subList(answers.size() - 1, answers.size()));
    go(By.id("submit"));
    assertTrue(driver.getCurrentUrl().endsWith("/report"), driver.getCurrentUrl());
  }

  private static String firstOptionOfJ2() {
    return driver.findElements(By.cssSelector("input[name='answer.J2']")).get(0).getAttribute("value");
  }

  @Test
  @Order(5)
  void theResults_showTheSamePlanAsSvmiPlan_andDownloadIt() throws Exception {
    assertTrue(text().contains("Action Plan"), text());
    Chromium.assertAccessible(driver, "the results page");
    Chromium.screenshot(driver, "report");
    io.svmi.Assessment walsall = ReportTest.walsallFile();
    String page = text().replaceAll("\\s+", " ");
    for (io.svmi.Action action : walsall.model().evaluate(walsall).plan().actions()) {
      if (action.hasText()) {
        assertTrue(page.contains(action.text().replaceAll("\\s+", " ")), "the page shows the action " + action);
      }
    }
    String plan = signedInClient().get(driver.getCurrentUrl().replace("/report", "/plan.txt")).body();
    assertEquals(java.nio.file.Files.readString(ReportTest.GOLDEN_TEXT), plan, "the text plan is ./svmi plan's");
  }

  @Test
  @Order(6)
  void theResults_printWithoutNavigationOrButtons() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertTrue(!driver.findElement(By.cssSelector(".site-header nav")).isDisplayed(), "no navigation in print");
      assertTrue(!driver.findElement(By.cssSelector(".sign-out")).isDisplayed(), "no sign-out button in print");
      assertTrue(driver.findElement(By.cssSelector(".report table.actions")).isDisplayed(), "the plan prints");
      Chromium.screenshot(driver, "print");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  @Order(7)
  void anImportedEarlierYear_comparesWithThisOne() throws Exception {
    java.nio.file.Path earlier = java.nio.file.Files.createTempFile("walsall-2025", ".json");
    java.nio.file.Files.writeString(earlier, java.nio.file.Files.readString(Walsall.FILE)
        .replace("\"A1\": \"works\"", "\"A1\": \"services\"").replace("Walsall Council", "Walsall 2025"));
    open("/");
    driver.findElement(By.id("import-file")).sendKeys(earlier.toString());
    go(By.cssSelector("form[action$='/import'] button"));
    assertTrue(text().contains("29 of 29 answered"), text());
    go(By.id("submit"));
    open("/");
    Chromium.assertAccessible(driver, "the organisation's history");
    new Select(driver.findElement(By.id("compare-from"))).selectByIndex(0);   // the import, newest
    new Select(driver.findElement(By.id("compare-to"))).selectByIndex(1);     // 2026 self-assessment
    go(By.cssSelector("form[action$='/compare'] button"));
    assertTrue(text().contains("Actions completed"), text());
    assertTrue(text().contains("A1 (to reach"), "the earlier plan's A1 actions are done: " + text());
    Chromium.assertAccessible(driver, "the comparison");
    Chromium.screenshot(driver, "compare");
  }

  @Test
  @Order(8)
  void theAdminsPeersView_isAccessible() {
    signOut();
    signIn("admin", TestServer.ADMIN_PASSWORD);
    open("/admin/peers");
    assertTrue(text().contains("Peers"), text());
    Chromium.assertAccessible(driver, "the peers view");
    open("/no-such-page");
    Chromium.assertAccessible(driver, "the not-found page");
  }

  /** A plain HTTP client with the browser's session cookie. */
  static Browser signedInClient() {
    String cookie = driver.manage().getCookieNamed(WebApp.SESSION_COOKIE).getValue();
    return new Browser(server.base()) {
      @Override
      java.net.http.HttpResponse<String> get(String url) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Cookie", WebApp.SESSION_COOKIE + "=" + cookie).GET());
      }
    };
  }
}
