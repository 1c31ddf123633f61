package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor as the language server's client: Debian's Neovim, headless, opens a broken rules
 * file with editors/neovim/svmi.lua, which starts {@code svmi lsp}; the diagnostics Neovim receives
 * must be those of {@code svmi check}: the same codes at the same lines and columns. Skipped (with
 * the reason) only when nvim is not installed; .ci/run installs it.
 */
class NeovimClientTest {
  /** Errors and a warning of several checks: a duplicate id (with related information), a misspelt level, an empty dimension. */
  static final String BROKEN = """
      model "Broken on purpose" version "1.0"

      levels {
        basic   "Basic"
        managed "Managed"
        leading "Leading"
        basic   "Basic again"
      }

      dimension T "Testing" {
        question T1 "How do you test your services for accessibility?" {
          option none   "We do not test" -> basic
          option audit  "An expert audits each service before launch" -> manged
          option always "Automated checks run on every change" -> leading
          to managed "Commission an accessibility audit before each launch."
        }
      }

      dimension U "Usability" {
      }

      example "Audited" {
        answer T2 = audit
        expect T = managed
      }
      """;

  private static final Pattern HEADER = Pattern.compile("^(error|warning)\\[(\\w+)\\]: .*$");
  private static final Pattern WHERE = Pattern.compile("^\\s*--> .*:(\\d+):(\\d+)$");

  @TempDir Path dir;

  record Found(String code, int line, int column) {}

  @Test
  void neovimShowsTheDiagnosticsOfSvmiCheck() throws Exception {
    Assumptions.assumeTrue(nvim().isPresent(),
        "nvim is not installed here (.ci/run installs Debian's neovim; install it to run this test)");
    Path file = dir.resolve("broken.svmi");
    Files.writeString(file, BROKEN, UTF_8);

    CliRun check = CliRun.of("check", file.toString());
    List<Found> expected = fromCheck(check.out());
    assertTrue(expected.size() >= 3, check::toString);

    Path out = dir.resolve("diagnostics.json");
    Path driver = dir.resolve("diagnostics.lua");
    try (var in = NeovimClientTest.class.getResourceAsStream("neovim/diagnostics.lua")) {
      Files.write(driver, in.readAllBytes());
    }
    Path plugin = Path.of("editors/neovim/svmi.lua").toAbsolutePath();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String server = new ObjectMapper().writeValueAsString(
        List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp"));
    ProcessBuilder pb = new ProcessBuilder(nvim().get(), "--headless", "--clean",
        "--cmd", "lua vim.g.svmi_lsp_cmd = vim.fn.json_decode(os.getenv('SVMI_LSP_CMD'))",
        "--cmd", "luafile " + plugin,
        "-c", "luafile " + driver,
        file.toString())
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("nvim.log").toFile());
    pb.environment().put("SVMI_LSP_CMD", server);
    pb.environment().put("SVMI_NVIM_OUT", out.toString());
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
    pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
    Process nvim = pb.start();
    if (!nvim.waitFor(120, TimeUnit.SECONDS)) {
      nvim.destroyForcibly();
      throw new AssertionError("nvim did not finish in 120 s; its log:\n" + log());
    }
    assertTrue(Files.exists(out), () -> "nvim wrote no diagnostics; its log:\n" + log());
    JsonNode result = new ObjectMapper().readTree(Files.readString(out, UTF_8));
    assertTrue(result.get("waited").asBoolean(), () -> "nvim received no diagnostics:\n" + result + "\n" + log());
    List<Found> received = new ArrayList<>();
    for (JsonNode d : result.get("diagnostics")) {
      received.add(new Found(d.get("code").asText(), d.get("line").asInt(), d.get("column").asInt()));
    }
    received.sort(Comparator.comparingInt(Found::line).thenComparingInt(Found::column));
    assertEquals(expected, received, () -> "svmi check:\n" + check.out());
  }

  /** Each diagnostic of {@code svmi check}'s output: its code and where its caret stands. */
  static List<Found> fromCheck(String output) {
    List<Found> found = new ArrayList<>();
    String code = null;
    for (String line : output.split("\n")) {
      Matcher header = HEADER.matcher(line);
      Matcher where = WHERE.matcher(line);
      if (header.matches()) {
        code = header.group(2);
      } else if (where.matches() && code != null) {
        found.add(new Found(code, Integer.parseInt(where.group(1)), Integer.parseInt(where.group(2))));
        code = null;
      }
    }
    return found;
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("nvim.log"), UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static java.util.Optional<String> nvim() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d, "nvim");
      if (Files.isExecutable(p)) {
        return java.util.Optional.of(p.toString());
      }
    }
    return java.util.Optional.empty();
  }
}
