package io.svmi.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.report.Answers;
import io.svmi.report.Batch;
import io.svmi.report.BatchInput;
import io.svmi.report.BatchInputs;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A batch's JSONL output is, byte for byte, the plan JSON the report renders, for generated
 * models (ordinal and score-based, awkward names) and generated assessments of every kind with
 * subjects JSON must escape; and a damaged line is rejected with the reasons the answers reader
 * gives it, or, when it still reads, evaluated as the answers reader reads it: never a wrong
 * answer. The batch reads plain lines its own fast way and writes plans from pre-encoded parts;
 * this holds both to the reference.
 */
class BatchBytesPropertiesTest {
  private static final JsonFactory JSON = new JsonFactory();

  /** A line of the input: the answers of an assessment, maybe damaged at one place. */
  record Line(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  record Case(MaturityModel model, List<Line> lines) {
    @Override
    public String toString() {
      return Describe.model(model) + "\n" + lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<MaturityModel> models = SvmiArbitraries.models().withScoreBasedModels().withAwkwardNames();
    return models.flatMap(m -> line(m).list().ofMinSize(1).ofMaxSize(30).map(lines -> new Case(m, lines)));
  }

  private static Arbitrary<Line> line(MaturityModel m) {
    Arbitrary<String> written = Combinators.combine(LawPropertiesTest.anyAssessmentOf(m), subjects())
        .as((a, subject) -> oneLine(Answers.write(ReportPropertiesTest.withSubject(a, subject))));
    Arbitrary<String> damaged = Combinators.combine(written, Arbitraries.integers().between(0, 10_000),
            Arbitraries.of("", "\"", "}", ",", "x", "\\", " ", "\u00e9"))
        .as((text, at, put) -> {
          int i = at % text.length();
          return text.substring(0, i) + put + text.substring(Math.min(text.length(), i + (put.isEmpty() ? 1 : 0)));
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, written), net.jqwik.api.Tuple.of(1, damaged))
        .map(Line::new);
  }

  /** The answers file on one line: its line breaks (between tokens only) removed, its indents kept. */
  private static String oneLine(String text) {
    return text.replace("\n", "");
  }

  /** Subjects with what JSON must escape: quotes, backslashes, control characters, non-ASCII, a surrogate pair. */
  private static Arbitrary<String> subjects() {
    return Arbitraries.of("a", "Z", " ", "\"", "\\", "/", "\t", "\u0000", "\u001f", "\u00e9", "\u2028", "\ud83d\ude00", "<")
        .list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 50)
  void jsonl_isTheRenderedPlan_andABadLineIsRejectedWithTheReadersReasons(
      @ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 3) int threads) throws IOException {
    StringBuilder input = new StringBuilder();
    List<String> plans = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    for (int i = 0; i < c.lines().size(); i++) {
      // What the batch reads: the line as UTF-8 (a damage that split a surrogate pair is a '?' there).
      String text = new String(c.lines().get(i).text().getBytes(UTF_8), UTF_8);
      input.append(text).append('\n');
      String position = "in.jsonl:" + (i + 1);
      try {
        Assessment read = Answers.read(c.model(), SourceText.of(position, text));
        plans.add(compact(Report.of(c.model().evaluate(read)).render(PlanFormat.JSON)));
      } catch (AssessmentException e) {
        rejects.add(position + " " + e.diagnostics().stream().map(BatchBytesPropertiesTest::reason)
            .collect(Collectors.joining("; ")));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream rejected = new ByteArrayOutputStream();
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(input.toString().getBytes(UTF_8)), "in.jsonl")) {
      Batch.builder(c.model()).threads(threads).build().run(in, out, Optional.of(rejected));
    }
    assertEquals(String.join("", plans.stream().map(p -> p + "\n").toList()), out.toString(UTF_8));
    List<String> got = new ArrayList<>();
    for (String line : rejected.toString(UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        try (JsonParser p = JSON.createParser(line)) {
          p.nextToken();
          String position = "";
          String reason = "";
          while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.equals("position")) {
              position = p.getText();
            } else if (key.equals("reason")) {
              reason = p.getText();
            }
          }
          got.add(position + " " + reason);
        }
      }
    }
    assertEquals(rejects, got);
  }

  /** How the batch words a diagnostic on one line (docs/cli.md): code, where, message, hint. */
  private static String reason(Diagnostic d) {
    String at = d.span().map(s -> " at " + s.line() + ":" + s.column()).orElse("");
    return d.code().name() + at + ": " + d.message() + d.hint().map(h -> " (" + h + ")").orElse("");
  }

  /** The pretty plan JSON written compact, as the batch writes it: the same generator settings otherwise. */
  private static String compact(String json) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser p = JSON.createParser(json); JsonGenerator g = JSON.createGenerator(out)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
    return out.toString(UTF_8);
  }
}
