package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import io.svmi.samm.SammImportException;
import io.svmi.samm.SammImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SAMM importer is total, like the compiler: any folder gives a model that prints and
 * compiles back to itself, or a {@link SammImportException} whose message a person can read (no
 * control characters, no line past the bound); never another exception, a hang or an
 * OutOfMemoryError. It once ended in IllegalArgumentException (a short name with a quote and a
 * brace), NegativeArraySizeException ({@code 1e2147483647}) and OutOfMemoryError
 * ({@code 1e100000000}).
 *
 * <p>The input edits a small, valid SAMM folder (one function, practice and stream, three
 * activities): byte 0 picks a file, byte 1 how to edit it; with an even byte 1 the rest of the
 * input replaces the whole file, with an odd one it replaces one field's value (byte 2 picks
 * which). Seeds: each file unchanged, and the three findings above.
 */
class SammImportFuzzTest {
  private static final Path ROOT = tempFolder();

  /** The folder's files and their text; {@code {{name}}} marks a field the fuzzer may replace. */
  static final Map<String, String> FILES = new LinkedHashMap<>();

  /** The fields' values in the valid folder. */
  static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("functionName", "Governance");
    FIELDS.put("shortName", "SM");
    FIELDS.put("letter", "A");
    FIELDS.put("number", "1");
    FIELDS.put("value", "0.25");
    FIELDS.put("answerText", "Yes, for some");
    FIELDS.put("order", "1");
    FIELDS.put("questionText", "Is there a goal?");
    FIELDS.put("title", "Agree a goal");
    FIELDS.put("answerSet", "as1");

    FILES.put("business_functions/f.yml", "id: f1\nname: {{functionName}}\norder: 1\n");
    FILES.put("security_practices/p.yml", "id: p1\nfunction: f1\nname: Strategy\nshortName: {{shortName}}\norder: 1\n");
    FILES.put("streams/s.yml", "id: s1\npractice: p1\nname: Create\nletter: {{letter}}\norder: 1\n");
    for (int level = 1; level <= 3; level++) {
      String number = level == 1 ? "{{number}}" : Integer.toString(level);
      FILES.put("maturity_levels/m" + level + ".yml", "id: m" + level + "\nnumber: " + number + "\n");
      FILES.put("practice_levels/pl" + level + ".yml", "id: pl" + level + "\npractice: p1\nmaturityLevel: m" + level + "\n");
      String title = level == 1 ? "{{title}}" : "Step " + level;
      FILES.put("activities/a" + level + ".yml", "id: a" + level + "\nstream: s1\nlevel: pl" + level
          + "\ntitle: " + title + "\nshortDescription: Do it.\n");
      String text = level == 1 ? "{{questionText}}" : "Question " + level + "?";
      String set = level == 1 ? "{{answerSet}}" : "as1";
      FILES.put("questions/q" + level + ".yml", "id: q" + level + "\nactivity: a" + level + "\nanswerSet: " + set
          + "\ntext: " + text + "\norder: 1\n");
    }
    FILES.put("answer_sets/as.yml", "id: as1\nvalues:\n"
        + "- text: No\n  value: 0\n  order: 0\n"
        + "- text: {{answerText}}\n  value: {{value}}\n  order: {{order}}\n"
        + "- text: Yes\n  value: 1\n  order: 2\n");
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"id: ", "name: ", "order: ", "value: ", "values:", "- ", "text: ", "&a ", "*a", "!!", "\"",
      "'", "{", "}", "[", "]", "1e2147483647", "1e100000000", "0.25", "-", ": "})
  void importFolder(byte[] input) throws IOException {
    writeFolder(input);
    String text;
    try {
      text = SammImporter.svmi(ROOT);
    } catch (SammImportException e) {
      String message = e.getMessage();
      assertFalse(message == null || message.isBlank(), "the exception says what is wrong");
      Checks.shownSafely(message);
      return;
    }
    ModelResult compiled = Svmi.compile("samm.svmi", text);
    assertFalse(compiled.hasErrors(), compiled::render);
    MaturityModel model;
    try {
      model = SammImporter.read(ROOT);
    } catch (SammImportException e) {
      throw new AssertionError("read fails where svmi succeeded: " + e.getMessage(), e);
    }
    assertEquals(model, compiled.model().orElseThrow(), "the printed model compiles back to itself");
  }

  /** The valid folder imports, as the fuzz target's base. */
  @org.junit.jupiter.api.Test
  void theUneditedFolder_imports() throws Exception {
    writeFolder(new byte[] {(byte) FILES.size()});
    MaturityModel m = SammImporter.read(ROOT);
    assertEquals(List.of("G-SM-1-A", "G-SM-2-A", "G-SM-3-A"), List.copyOf(m.questions().keySet()));
  }

  /** The three findings, as SammImportExceptions in words. */
  @org.junit.jupiter.api.Test
  void theFindings_areReportedInWords() throws Exception {
    for (String[] finding : new String[][] {
        {"shortName", "S\"{M", "'shortName' 'S\"{M' cannot be part of an id"},
        {"value", "1e2147483647", "has an exponent too large"},
        {"value", "1e100000000", "has an exponent too large"},
        {"value", "9".repeat(100_000), "is 100000 characters long"},
        {"functionName", "", "the name '' must start with a letter"},
        {"functionName", "-Red", "must start with a letter"},
        {"functionName", "\u001b[31mRed", "special characters are not allowed"}}) {
      writeFolder(fieldInput(finding[0], finding[1]));
      try {
        SammImporter.svmi(ROOT);
        throw new AssertionError("imported: " + Arrays.toString(finding));
      } catch (SammImportException e) {
        assertTrue(e.getMessage().contains(finding[2]), e.getMessage());
        Checks.shownSafely(e.getMessage());
      }
    }
  }

  /** The input that replaces one field's value. */
  static byte[] fieldInput(String field, String value) {
    byte[] v = value.getBytes(UTF_8);
    byte[] input = new byte[3 + v.length];
    input[0] = 0;
    input[1] = 1;
    input[2] = (byte) List.copyOf(FIELDS.keySet()).indexOf(field);
    System.arraycopy(v, 0, input, 3, v.length);
    return input;
  }

  private static void writeFolder(byte[] input) throws IOException {
    List<String> names = List.copyOf(FILES.keySet());
    int file = input.length > 0 ? Byte.toUnsignedInt(input[0]) % (names.size() + 1) : names.size();
    boolean wholeFile = input.length > 1 && input[1] % 2 == 0;
    String field = input.length > 2 ? List.copyOf(FIELDS.keySet()).get(Byte.toUnsignedInt(input[2]) % FIELDS.size()) : "";
    String rest = input.length > 3 ? new String(input, 3, input.length - 3, UTF_8) : "";
    for (int i = 0; i < names.size(); i++) {
      String template = FILES.get(names.get(i));
      String text;
      if (wholeFile && i == file) {
        text = input.length > 2 ? new String(input, 2, input.length - 2, UTF_8) : "";
      } else {
        text = template;
        for (Map.Entry<String, String> f : FIELDS.entrySet()) {
          String value = !wholeFile && input.length > 1 && f.getKey().equals(field) ? rest : f.getValue();
          text = text.replace("{{" + f.getKey() + "}}", value);
        }
      }
      Path path = ROOT.resolve(names.get(i));
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, UTF_8);
    }
  }

  private static Path tempFolder() {
    try {
      Path dir = Files.createTempDirectory("svmi-samm-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
