package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/web.md matches the code: its option table is the command line's, its images are the
 * screenshots BrowserTest takes (copied from examples/web/target/screenshots/), its test names exist.
 */
class WebDocTest {
  static final Path DOC = Path.of("docs/web.md");

  @Test
  void theOptionTable_isTheUsageOfServe() throws Exception {
    String doc = Files.readString(DOC, UTF_8);
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("^\\| `(--[a-z-]+)", Pattern.MULTILINE).matcher(doc);
    while (m.find()) {
      documented.add(m.group(1));
    }
    List<String> used = new ArrayList<>();
    Matcher u = Pattern.compile("^  (--[a-z-]+)", Pattern.MULTILINE).matcher(Serve.USAGE);
    while (u.find()) {
      used.add(u.group(1));
    }
    used.add("--bcrypt-cost");   // documented for operators, left out of the short usage
    assertEquals(used.stream().sorted().toList(), documented.stream().sorted().toList());
  }

  @Test
  void theImages_areBrowserTestScreenshots_andTheTestsNamedExist() throws Exception {
    String doc = Files.readString(DOC, UTF_8);
    String browserTest = Files.readString(Path.of("examples/web/src/test/java/io/svmi/web/BrowserTest.java"), UTF_8);
    Matcher m = Pattern.compile("!\\[[^]]*]\\(images/web-([a-z-]+)\\.png\\)").matcher(doc);
    int images = 0;
    while (m.find()) {
      assertTrue(Files.isRegularFile(Path.of("docs/images/web-" + m.group(1) + ".png")), m.group());
      assertTrue(browserTest.contains("Chromium.screenshot(driver, \"" + m.group(1) + "\")"), m.group());
      images++;
    }
    assertEquals(3, images);
    Matcher tests = Pattern.compile("`([A-Z][A-Za-z0-9]+Test)`").matcher(doc);
    while (tests.find()) {
      assertTrue(Files.isRegularFile(Path.of("examples/web/src/test/java/io/svmi/web/" + tests.group(1) + ".java")),
          tests.group(1));
    }
  }
}
