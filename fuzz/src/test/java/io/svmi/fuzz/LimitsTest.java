package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.DecimalLiteral;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.dsl.CompileOptions;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological rules files end with a clear diagnostic, not an exception and not minutes of work.
 * The timeouts are guards against hangs (each case takes well under a second to a few seconds),
 * not performance claims.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
// The slowest class here, and one thread's work: it runs beside the module's other classes, its
// own tests one after another (a lock held by the class keeps them in its thread).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("io.svmi.fuzz.LimitsTest")
class LimitsTest {
  @TempDir Path dir;

  @Test
  void emptyFile_saysThereIsNoModelLine() throws IOException {
    ModelResult result = Svmi.compile(write("empty.svmi", new byte[0]));
    assertCodes(result, DiagnosticCode.E0211, DiagnosticCode.E0205);
    assertTrue(result.render().contains("the file has no 'model' line"), result.render());
  }

  @Test
  void randomBytes_areInvalidUtf8() throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(42).nextBytes(bytes);
    ModelResult result = Svmi.compile(write("random.svmi", bytes));
    assertCodes(result, DiagnosticCode.E0108);
  }

  @Test
  void randomAsciiBytes_giveAtMostTheErrorLimit() throws IOException {
    Random random = new Random(42);
    byte[] bytes = new byte[256 * 1024];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (32 + random.nextInt(95));
    }
    ModelResult result = Svmi.compile(write("ascii.svmi", bytes));
    assertTrue(result.hasErrors());
    assertTrue(result.errors().size() <= CompileOptions.DEFAULT_MAX_ERRORS + 1, () -> result.errors().size() + " errors");
  }

  @Test
  void invalidUtf8_pointsAtTheBadByte() throws IOException {
    byte[] bytes = "model \"caf\u00e9 \u0000\"\n".getBytes(UTF_8);
    bytes[12] = (byte) 0xC3; // a lead byte followed by a space: malformed
    ModelResult result = Svmi.compile(write("latin.svmi", bytes));
    assertCodes(result, DiagnosticCode.E0108);
    assertTrue(result.render().contains("byte 12 (0xC3)"), result.render());
  }

  /** 50 MB (a sparse file: no disk, no memory) is refused by its size before a byte is read. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void fiftyMegabyteFile_isRefusedByItsSize() throws IOException {
    Path big = dir.resolve("big.svmi");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }
    ModelResult result = Svmi.compile(big);
    assertCodes(result, DiagnosticCode.E0105);
    assertTrue(result.render().contains("is 52428800 bytes; the limit is 8388608 bytes"), result.render());
  }

  /**
   * A device or a pipe reports size 0 and never ends: reading stops after the limit. (Before the
   * fix, Svmi.compile(Path.of("/dev/zero")) read until OutOfMemoryError.)
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void endlessStream_isRefusedWithoutReadingIt() {
    ModelResult result = Svmi.compile(Path.of("/dev/zero"));
    assertCodes(result, DiagnosticCode.E0109);
    assertTrue(result.render().contains("cannot read '/dev/zero': it is a character device, not a file"), result.render());
  }

  /** A named pipe nobody writes to blocked {@code Svmi.compile(Path)} forever on open. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void namedPipeWithoutWriter_isRefusedAtOnce(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("m.svmi");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    ModelResult result = Svmi.compile(fifo);
    assertCodes(result, DiagnosticCode.E0109);
    assertTrue(result.render().contains("it is a named pipe, not a file"), result.render());
  }

  /** A small score-based model with one number replaced by {@code number} at the place named. */
  private static String withNumber(String place, String number) {
    return "model \"M\"\nlevels {\n  l0 \"L0\" from " + (place.equals("threshold") ? number : "0")
        + "\n  l1 \"L1\" from 1\n}\n"
        + "dimension D \"D\" weight " + (place.equals("weight") ? number : "1") + " {\n"
        + "  question Q \"Q\" {\n    option no \"No\" -> 0\n    option yes \"Yes\" -> "
        + (place.equals("value") ? number : "1") + "\n    to l1 \"Do.\"\n  }\n}\n"
        + "example \"E\" {\n  answer Q = yes\n  expect D = l1 score " + (place.equals("score") ? number : "1")
        + "\n}\n";
  }

  /**
   * A weight of a million digits took 25 s to convert (four million did not finish in 120 s):
   * every number in a rules file (weight, threshold, option value, example score) is bounded by
   * its length before it is converted, and the message shows it shortened.
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void millionDigitNumbers_areRefusedBeforeTheyAreConverted() {
    assertTrue(Svmi.compile("ok.svmi", withNumber("none", "1")).model().isPresent(),
        () -> Svmi.compile("ok.svmi", withNumber("none", "1")).render());
    String huge = "9".repeat(1_000_000);
    for (String place : List.of("weight", "threshold", "value", "score")) {
      ModelResult result = Svmi.compile(place + ".svmi", withNumber(place, huge));
      assertTrue(result.hasErrors(), place);
      // The E0105 (a refused threshold may also leave "level has no threshold", E0213).
      Diagnostic d = result.errors().stream().filter(e -> e.code() == DiagnosticCode.E0105).findFirst()
          .orElseThrow(() -> new AssertionError(place + ": " + result.render()));
      assertEquals("the number '999999999999999999999999…' is 1000000 characters long; a number has at most 64",
          d.message(), place);
      assertTrue(result.render().length() < 4000, place + ": the rendering is short");
    }
    // 64 characters still read.
    ModelResult longest = Svmi.compile("w.svmi", withNumber("weight", "0".repeat(63) + "2"));
    assertTrue(longest.model().isPresent(), longest::render);
  }

  /** Numbers with an exponent (SAMM's YAML, answers files): bounded by exponent as well. */
  @Test
  void decimalLiterals_areBoundedByLengthAndExponent() {
    assertEquals(Optional.of(new BigDecimal("100")), DecimalLiteral.parse("1e2"));
    assertEquals(Optional.of(new BigDecimal("0.25")), DecimalLiteral.parse("0.25"));
    for (String bad : List.of("1e2147483647", "1e100000000", "1e-2147483648", "1e65", "1e-64", "9".repeat(65), "0x10", "")) {
      assertTrue(DecimalLiteral.problem(bad).isPresent(), bad);
      assertEquals(Optional.empty(), DecimalLiteral.parse(bad), bad);
    }
  }

  @Test
  void textOverTheLimit_isRefusedBeforeItIsTokenised() {
    CompileOptions small = CompileOptions.builder().maxInputBytes(1024).build();
    ModelResult result = Svmi.compile("long.svmi", "model \"x\"\n" + "#".repeat(2048), small);
    assertCodes(result, DiagnosticCode.E0105);
  }

  @Test
  void hundredThousandNestedBraces_areTooDeep() {
    ModelResult result = Svmi.compile("deep.svmi", "{".repeat(100_000));
    assertCodes(result, DiagnosticCode.E0106);
    Diagnostic d = result.errors().get(0);
    assertEquals(1, d.span().orElseThrow().line());
    assertEquals(CompileOptions.DEFAULT_MAX_NESTING_DEPTH + 1, d.span().orElseThrow().column());
  }

  @Test
  void hundredThousandNestedBlocks_areTooDeep() {
    String text = "model \"x\"\nlevels { a \"A\" }\n" + "dimension D \"d\" {\n".repeat(100_000);
    assertCodes(Svmi.compile("deep.svmi", text), DiagnosticCode.E0106);
  }

  @Test
  void oneMegabyteText_isKeptWhole() {
    String big = "x".repeat(1024 * 1024);
    String text = "model \"m\"\nlevels { a \"A\" }\ndimension D \"d\" {\n  question Q \"" + big
        + "\" {\n    option o \"o\" -> a\n  }\n}\n";
    MaturityModel model = Svmi.compileOrThrow("big-text.svmi", text);
    assertEquals(big, model.question("Q").orElseThrow().text());
  }

  @Test
  void unterminatedMegabyteText_isOneError() {
    ModelResult result = Svmi.compile("open.svmi", "model \"m\"\nlevels { a \"" + "x\n".repeat(512 * 1024));
    assertTrue(result.errors().stream().anyMatch(d -> d.code() == DiagnosticCode.E0102), result::render);
    assertTrue(result.errors().size() <= 3, result::render);
  }

  /**
   * Two ids of a million characters: the unknown one gets E0203 without a "did you mean" (the edit
   * distance between them took hours before the fix: 6 s at 30 000 characters, growing with the
   * square).
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void millionCharacterIds_areComparedQuickly() {
    String text = "model \"m\"\nlevels { " + "a".repeat(1_000_000) + " \"A\" }\n"
        + "dimension D \"d\" { question Q \"q\" { option o \"o\" -> " + "b".repeat(1_000_000) + " } }\n";
    ModelResult result = Svmi.compile("long-ids.svmi", text);
    assertCodes(result, DiagnosticCode.E0203);
    assertTrue(result.errors().get(0).hint().isEmpty(), result::render);
  }

  /** 10^5 dimensions (about 6 MB, within the size limit) compile. */
  @Test
  void hundredThousandDimensions_compile() {
    StringBuilder text = new StringBuilder("model \"wide\"\nlevels {\n  a \"A\"\n  b \"B\"\n}\n");
    for (int i = 0; i < 100_000; i++) {
      text.append("dimension d").append(i).append(" \"D\" { question q").append(i)
          .append(" \"Q\" { option o \"O\" -> a } }\n");
    }
    assertTrue(text.length() < CompileOptions.DEFAULT_MAX_INPUT_BYTES, "within the size limit");
    ModelResult result = Svmi.compile("wide.svmi", text.toString());
    assertFalse(result.hasErrors(), () -> result.render().substring(0, 2000));
    assertEquals(100_000, result.model().orElseThrow().dimensions().size());
  }

  /**
   * A million lines of syntax errors: the parser reports the first and skips the rest as one
   * unparseable stretch (no cascade of errors).
   */
  @Test
  void millionSyntaxErrorLines_giveOneError() {
    ModelResult result = Svmi.compile("errors.svmi", "model \"m\"\nlevels { a \"A\" }\n" + "= = =\n".repeat(1_000_000));
    assertCodes(result, DiagnosticCode.E0101);
  }

  /** A million lines, each an unexpected character: the error limit stops the compiler at 50. */
  @Test
  void millionStrayCharacterLines_stopAtTheErrorLimit() {
    assertErrorLimit(Svmi.compile("stray.svmi", "@\n".repeat(1_000_000)));
  }

  @Test
  void millionBadEscapes_stopAtTheErrorLimit() {
    assertErrorLimit(Svmi.compile("escapes.svmi", "model \"" + "\\q".repeat(1_000_000) + "\""));
  }

  @Test
  void millionUnknownLevels_stopAtTheErrorLimit() {
    StringBuilder text = new StringBuilder("model \"m\"\nlevels { a \"A\" }\ndimension D \"d\" {\n  question Q \"q\" {\n");
    for (int i = 0; i < 200_000; i++) {
      text.append("    option o").append(i).append(" \"o\" -> zz\n");
    }
    text.append("  }\n}\n");
    ModelResult result = Svmi.compile("levels.svmi", text.toString());
    assertErrorLimit(result);
  }

  @Test
  void limitsCanBeRaised() {
    CompileOptions raised = CompileOptions.builder().maxNestingDepth(200).maxErrors(500).build();
    ModelResult deep = Svmi.compile("deep.svmi", "{".repeat(150), raised);
    assertFalse(deep.errors().stream().anyMatch(d -> d.code() == DiagnosticCode.E0106), deep::render);
    ModelResult many = Svmi.compile("stray.svmi", "@\n".repeat(400), raised);
    assertEquals(400, many.errors().stream().filter(d -> d.code() == DiagnosticCode.E0104).count());
  }

  private static void assertErrorLimit(ModelResult result) {
    List<Diagnostic> errors = result.errors();
    assertEquals(CompileOptions.DEFAULT_MAX_ERRORS + 1, errors.size(), () -> codes(result));
    assertEquals(DiagnosticCode.E0107, errors.get(errors.size() - 1).code());
    assertTrue(result.render().contains("too many errors; stopping after 50"));
  }

  private static void assertCodes(ModelResult result, DiagnosticCode... expected) {
    assertEquals(List.of(expected), result.errors().stream().map(Diagnostic::code).distinct().collect(Collectors.toList()),
        () -> result.render());
    Checks.total(result);
  }

  private static String codes(ModelResult result) {
    return result.errors().stream().map(d -> d.code().name()).collect(Collectors.joining(" "));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
