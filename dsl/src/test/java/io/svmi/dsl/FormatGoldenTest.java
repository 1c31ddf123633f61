package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the formatter: each file in {@code src/test/resources/format} formats exactly
 * as its {@code .formatted} file (the author's blank lines inside blocks kept, one for a run,
 * none at a block's edges; comments where they were). The formatted text is a fixed point, keeps
 * every comment and compiles to the same model. {@code SVMI_UPDATE_GOLDEN=1} rewrites the
 * {@code .formatted} files.
 */
class FormatGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/format");
  private static final boolean UPDATE = io.svmi.GoldenUpdate.requested();

  @TestFactory
  Stream<DynamicTest> everyFile_formatsAsItsGolden() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(DIR)) {
      files = list.filter(p -> p.toString().endsWith(".svmi")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  /**
   * Each file again with blank lines and comments added between its words (seeded, so the same
   * every run): formatting keeps every comment and the model, and the result is a fixed point.
   */
  @TestFactory
  Stream<DynamicTest> everyFile_withBlankLinesAndCommentsAdded_formatsToAFixedPoint() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(DIR)) {
      files = list.filter(p -> p.toString().endsWith(".svmi")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Random random = new Random(file.getFileName().toString().hashCode());
      for (int variant = 0; variant < 25; variant++) {
        String text = withBlankLinesAndComments(source, random, variant);
        String formatted = Svmi.format("v.svmi", text).formatted().orElseThrow(() -> new AssertionError(text));
        assertEquals(formatted, Svmi.format("v.svmi", formatted).formatted().orElseThrow(), text);
        assertEquals(comments(text), comments(formatted), text);
        assertEquals(Svmi.compileOrThrow("v.svmi", text), Svmi.compileOrThrow("v.svmi", formatted), text);
      }
    }));
  }

  /**
   * The text with, after some line breaks, braces and spaces (outside texts and comments, and not
   * inside rules, options or example lines, which are one line each), one of: blank lines, a
   * comment on a line of its own, a comment between blank lines, a comment at the end of a line.
   */
  private static String withBlankLinesAndComments(String source, Random random, int variant) {
    StringBuilder out = new StringBuilder();
    boolean inText = false;
    boolean inComment = false;
    String line = "";
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (i == 0 || source.charAt(i - 1) == '\n') {
        int end = source.indexOf('\n', i);
        line = source.substring(i, end < 0 ? source.length() : end);
      }
      out.append(c);
      if (!inComment && c == '"' && source.charAt(i - 1) != '\\') {
        inText = !inText;
      } else if (!inText && c == '#') {
        inComment = true;
      } else if (c == '\n') {
        inComment = false;
      }
      boolean oneLine = line.contains("=") || line.contains("->");
      boolean place = c == '\n' || c == '{' || c == '}' || (c == ' ' && !oneLine);
      if (!inText && !inComment && place && random.nextInt(10) == 0) {
        String tag = variant + "-" + i;
        out.append(
            switch (random.nextInt(4)) {
              case 0 -> "\n\n\n";
              case 1 -> "\n# own " + tag + "\n";
              case 2 -> "\n\n# between " + tag + "\n\n";
              default -> "  # end " + tag + "\n\n";
            });
      }
    }
    return out.toString();
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    String source = Files.readString(file, StandardCharsets.UTF_8);
    FormatResult result = Svmi.format(name, source);
    String formatted = result.formatted().orElseThrow(() -> new AssertionError(result.render()));
    Path expected = DIR.resolve(name.replace(".svmi", ".formatted"));
    if (UPDATE) {
      Files.writeString(expected, formatted, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), formatted, name);

    assertTrue(Svmi.format(name, formatted).isUnchanged(), name + ": formatting the formatted text changes it");
    assertEquals(comments(source), comments(formatted), name + ": comments lost or added");
    assertEquals(Svmi.compileOrThrow(name, source), Svmi.compileOrThrow(name, formatted), name + ": another model");
    assertFalse(formatted.startsWith("\n") || formatted.endsWith("\n\n") || formatted.contains("\n\n\n"),
        name + ": a blank line at an end of the file, or two in a row");
    assertFalse(Pattern.compile("\\{(  #[^\n]*)?\n\n").matcher(formatted).find(), name + ": a block starts with a blank line");
    assertFalse(Pattern.compile("\n\n *}").matcher(formatted).find(), name + ": a block ends with a blank line");
  }

  /** The comments of a text (none of these files has '#' inside a text), sorted. */
  private static List<String> comments(String text) {
    return text.lines().filter(l -> l.contains("#")).map(l -> l.substring(l.indexOf('#')).strip()).sorted().toList();
  }
}
