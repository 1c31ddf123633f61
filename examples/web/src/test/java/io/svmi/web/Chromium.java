package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named by path so that Selenium
 * Manager never looks for (or downloads) a browser or a driver. A fresh profile each time. When
 * they are not installed the browser tests are skipped, unless {@code SVMI_REQUIRE_CHROMIUM=1} (as
 * in CI, whose .ci/run installs them), where that is a failure.
 */
final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
  static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  static final Path SCREENSHOTS = Path.of("examples/web/target/screenshots");

  private Chromium() {}

  static ChromeDriver start() {
    if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
      if ("1".equals(System.getenv("SVMI_REQUIRE_CHROMIUM"))) {
        throw new IllegalStateException("Chromium is required (SVMI_REQUIRE_CHROMIUM=1) but " + BINARY + " or "
            + DRIVER + " is missing: .ci/run installs them (apt-get install chromium chromium-driver)");
      }
      Assumptions.abort("no " + BINARY + " or " + DRIVER + " (apt-get install chromium chromium-driver)");
    }
    try {
      Path profile = Files.createTempDirectory("svmi-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BINARY.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
          "--user-data-dir=" + profile, "--window-size=1280,1400");
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().window().setSize(new Dimension(1280, 1400));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs axe-core on the page shown and fails with every WCAG A/AA violation it finds. */
  static void assertAccessible(ChromeDriver driver, String page) {
    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
    String violations = results.getViolations().stream()
        .map(Chromium::describe)
        .collect(Collectors.joining("\n"));
    assertEquals("", violations, "axe-core on " + page + " (" + driver.getCurrentUrl() + ")");
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", "));
  }

  /** Saves a screenshot of the page shown as {@code target/screenshots/NAME.png}. */
  static Path screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isScreenshotCapable(Object driver) {
    return driver instanceof TakesScreenshot;
  }
}
