package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Diagnostics;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/diagnostics.md cannot drift: every {@link DiagnosticCode} has a section titled with its
 * title; every example renders exactly what the section shows; a code documented as reserved is
 * reported nowhere. {@code SVMI_UPDATE_GOLDEN=1} rewrites the rendered blocks.
 */
class DiagnosticsCatalogTest {
  private static final Path DOC = Path.of("../docs/diagnostics.md");
  private static final Pattern HEADING = Pattern.compile("^## ([EW]\\d{4}): (.+)$", Pattern.MULTILINE);
  private static final Pattern OPTION = Pattern.compile("`(maxInputBytes|maxNestingDepth|maxErrors)\\((\\d+)\\)`");
  
  /** Sections with this sentence (or under a heading with it) are checked by examples/cli. */
  static final String REPORTED_BY_THE_CLI = "Reported by the `svmi` command line";

  @TempDir Path temp;

  record Section(DiagnosticCode code, String title, String text) {}

  @Test
  void everyCode_hasASection_andEveryExampleRendersAsShown() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<Section> sections = sections(doc);
    Map<DiagnosticCode, Section> byCode = new LinkedHashMap<>();
    sections.forEach(s -> byCode.put(s.code(), s));
    for (DiagnosticCode code : DiagnosticCode.values()) {
      Section s = byCode.get(code);
      assertTrue(s != null, "docs/diagnostics.md has no section for " + code);
      assertEquals(code.title(), s.title(), "title of " + code);
    }
    MaturityModel assessed = assessmentModel(doc);
    Map<DiagnosticCode, String> rendered = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Section s : sections) {
      if (s.text().contains(REPORTED_BY_THE_CLI)) {
        continue;   // the answers reader's codes: examples/cli's DocSamplesTest renders them
      }
      if (s.text().contains("Reserved: not reported")) {
        assertReportedNowhere(s.code());
        continue;
      }
      Rendering r = render(s, assessed);
      r.diagnostics().forEach(DiagnosticsCatalogTest::assertHintSaysSomething);
      assertTrue(
          r.diagnostics().stream().anyMatch(d -> d.code() == s.code()),
          s.code() + "'s example does not report it:\n" + r.text());
      rendered.put(s.code(), r.text());
      String shown = expected(s);
      if (!shown.equals(r.text())) {
        failures.add(s.code() + " shows\n" + shown + "but renders\n" + r.text());
      }
    }
    if (io.svmi.GoldenUpdate.requested()) {
      Files.writeString(DOC, rewrite(doc, rendered), StandardCharsets.UTF_8);
      return;
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  /**
   * Never an empty or unfinished hint (an empty list once gave "its options are "): a hint, when
   * there is one, ends with a word or a sentence's end, not with a blank, a comma, a colon or
   * "are", "is", "of".
   */
  static void assertHintSaysSomething(Diagnostic d) {
    d.hint().ifPresent(h -> assertTrue(
        !h.isBlank() && !h.matches("(?s).*(\\s|,|:|\\bare|\\bis|\\bof)$"),
        () -> d.code() + " has an unfinished hint: '" + h + "'"));
  }

  @Test
  void aQuestionWithoutOptionsGetsAHintThatSaysSo() {
    MaturityModel model = Svmi.compileOrThrow("m.svmi", """
        model "M"
        levels {
          low "Low"
        }
        dimension A "Area" {
          question A1 "Q" {
          }
        }
        """);
    try {
      model.assessment().answer("A1", "works").build();
      fail("an answer to a question without options was accepted");
    } catch (AssessmentException e) {
      Diagnostic d = e.diagnostics().get(0);
      assertEquals(DiagnosticCode.E0402, d.code());
      assertEquals(Optional.of("question 'A1' has no options"), d.hint());
      assertHintSaysSomething(d);
    }
  }

  private record Rendering(List<Diagnostic> diagnostics, String text) {}

  private Rendering render(Section s, MaturityModel assessed) throws IOException {
    List<DocBlocks.Block> blocks = DocBlocks.of(s.text());
    Optional<String> svmi = block(blocks, "svmi");
    Optional<String> json = block(blocks, "json");
    ModelResult result;
    if (s.code() == DiagnosticCode.E0109) {
      result = Svmi.compile(Path.of("missing.svmi"));
    } else if (s.code() == DiagnosticCode.E0108) {
      Path file = temp.resolve("example.svmi");
      Files.write(file, svmi.orElseThrow().getBytes(StandardCharsets.ISO_8859_1));
      result = Svmi.compile(file);
      String text = result.render().replace(temp.toString() + temp.getFileSystem().getSeparator(), "") + "\n";
      return new Rendering(result.diagnostics(), text);
    } else if (s.code() == DiagnosticCode.E0235) {
      Path file = temp.resolve("example.svmi");
      Files.writeString(file, svmi.orElseThrow(), StandardCharsets.UTF_8);
      Files.writeString(temp.resolve("example.cy.svmt"), block(blocks, "svmt").orElseThrow(), StandardCharsets.UTF_8);
      result = Svmi.compile(file);
      SourceText translation = SourceText.of(temp.resolve("example.cy.svmt").toString(),
          block(blocks, "svmt").orElseThrow());
      String text = Diagnostics.render(result.diagnostics(), Optional.of(translation))
          .replace(temp.toString() + temp.getFileSystem().getSeparator(), "") + "\n";
      return new Rendering(result.diagnostics(), text);
    } else if (s.code() == DiagnosticCode.E0408) {
      MaturityModel other = Svmi.compileOrThrow("other.svmi", Svmi.print(assessed).replaceFirst("model \"M\"", "model \"Other\""));
      try {
        other.evaluate(assessed.assessment().answer("A1", "l").build());
        throw new AssertionError("E0408 not thrown");
      } catch (AssessmentException e) {
        return new Rendering(e.diagnostics(), Diagnostics.render(e.diagnostics(), Optional.empty()) + "\n");
      }
    } else if (json.isPresent()) {
      try {
        answers(assessed, json.get()).build();
        throw new AssertionError(s.code() + ": the answers are valid");
      } catch (AssessmentException e) {
        return new Rendering(e.diagnostics(), Diagnostics.render(e.diagnostics(), Optional.empty()) + "\n");
      }
    } else {
      CompileOptions.Builder options = CompileOptions.builder();
      Matcher m = OPTION.matcher(s.text());
      while (m.find()) {
        int n = Integer.parseInt(m.group(2));
        switch (m.group(1)) {
          case "maxInputBytes" -> options.maxInputBytes(n);
          case "maxNestingDepth" -> options.maxNestingDepth(n);
          default -> options.maxErrors(n);
        }
      }
      result = Svmi.compile("example.svmi", svmi.orElseThrow(), options.build());
    }
    return new Rendering(result.diagnostics(), result.render() + "\n");
  }

  /**
   * The examples' answers given to the assessment builder as they are written, repeated keys
   * included (Jackson's streaming parser; svmi-report's reader, which depends on this module, would
   * report the repeated keys itself).
   */
  private static Assessment.Builder answers(MaturityModel model, String json) throws IOException {
    Assessment.Builder b = model.assessment();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        if (!key.equals("answers") && !key.equals("targets")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String id = p.currentName();
          String value = p.nextTextValue();
          if (key.equals("answers")) {
            b.answer(id, value);
          } else {
            b.target(id, value);
          }
        }
      }
    }
    return b;
  }

  private static MaturityModel assessmentModel(String doc) {
    int at = doc.indexOf("\n## Assessments\n");
    assertTrue(at >= 0);
    String svmi = block(DocBlocks.of(doc.substring(at)), "svmi").orElseThrow();
    return Svmi.compileOrThrow("model.svmi", svmi);
  }

  private static void assertReportedNowhere(DiagnosticCode code) throws IOException {
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          assertFalse(Files.readString(f).contains("DiagnosticCode." + code), code + " is documented as reserved but " + f + " reports it");
        }
      }
    }
  }

  private static Optional<String> block(List<DocBlocks.Block> blocks, String language) {
    return blocks.stream().filter(b -> b.language().equals(language)).map(DocBlocks.Block::text).findFirst();
  }

  private static String expected(Section s) {
    return block(DocBlocks.of(s.text()), "text").orElse("");
  }

  private static List<Section> sections(String doc) {
    List<Section> out = new ArrayList<>();
    Matcher m = HEADING.matcher(doc);
    List<int[]> starts = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start()});
      heads.add(new String[] {m.group(1), m.group(2)});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : doc.length();
      String text = doc.substring(starts.get(i)[0], end);
      int next = text.indexOf("\n## ", 1);
      if (next > 0) {
        text = text.substring(0, next + 1);
      }
      out.add(new Section(DiagnosticCode.valueOf(heads.get(i)[0]), heads.get(i)[1], text));
    }
    return out;
  }

  private static String rewrite(String doc, Map<DiagnosticCode, String> rendered) {
    StringBuilder out = new StringBuilder();
    String[] lines = doc.split("\n", -1);
    DiagnosticCode current = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher h = HEADING.matcher(lines[i]);
      if (lines[i].startsWith("## ")) {
        current = h.matches() ? DiagnosticCode.valueOf(h.group(1)) : null;
      }
      out.append(lines[i]);
      if (i + 1 < lines.length) {
        out.append('\n');
      }
      if (lines[i].equals("```text") && current != null && rendered.containsKey(current)) {
        out.append(rendered.get(current));
        while (i + 1 < lines.length && !lines[i + 1].equals("```")) {
          i++;
        }
      }
    }
    return out.toString();
  }
}
