package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
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

/**
 * The batch against the answers reader, line by line: {@code svmi batch} reads plain JSONL lines
 * its own fast way, straight from bytes, and writes plans from pre-encoded parts. For any bytes,
 * each line must give exactly the plan JSON the report renders for what the answers reader reads
 * from it, or be rejected with exactly the reasons that reader gives: the fast reader may hand a
 * line it is unsure of to the slow one, but never read it differently.
 */
class BatchFuzzTest {
  private static final MaturityModel SVMI = FuzzModels.svmi();
  private static final JsonFactory JSON = new JsonFactory();

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"{", "}", "\"subject\"", "\"answers\"", "\"targets\"", "\"overallTarget\"", "\"profile\"",
      "\"A1\"", "\"tailor\"", "\"leader\"", "\"A\"", ":", ",", "\\\"", "\\u00e9", "\\ud83d\\ude00",
      "\"\\u0000\"", "null", "1e99", " "})
  void batchLines(byte[] input) throws IOException {
    // The reference: the batch's lines (split at \n, a \r before it dropped, decoded as UTF-8),
    // each read by the answers reader; a blank line is rejected (E0409), as docs/cli.md says.
    List<String> plans = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    String[] lines = splitLines(input);
    for (int i = 0; i < lines.length; i++) {
      String position = "fuzz.jsonl:" + (i + 1);
      if (lines[i].isBlank()) {
        rejects.add(position + " E0409: an empty line, where an answers object was expected");
        continue;
      }
      try {
        Assessment read = Answers.read(SVMI, SourceText.of(position, lines[i]));
        plans.add(compact(Report.of(SVMI.evaluate(read)).render(PlanFormat.JSON)) + "\n");
      } catch (AssessmentException e) {
        rejects.add(position + " " + e.diagnostics().stream().map(BatchFuzzTest::reason).collect(Collectors.joining("; ")));
      }
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> rejected = new ArrayList<>();
    Batch batch = Batch.builder(SVMI).threads(1).listener(new Batch.Listener() {
      @Override
      public void rejected(String position, String reason) {
        rejected.add(position + " " + reason);
      }
    }).build();
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(input), "fuzz.jsonl")) {
      batch.run(in, out, Optional.empty());
    }
    assertEquals(String.join("", plans), out.toString(UTF_8));
    assertEquals(rejects, rejected);
  }

  /** The input's lines as the batch sees them; no line after a final line break. */
  private static String[] splitLines(byte[] input) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length ? i > from : input[i] == '\n') {
        int to = i > from && input[i - 1] == '\r' ? i - 1 : i;
        lines.add(new String(input, from, to - from, UTF_8));
        from = i + 1;
      }
    }
    return lines.toArray(String[]::new);
  }

  /** How the batch words a diagnostic on one line (docs/cli.md): code, where, message, hint. */
  private static String reason(Diagnostic d) {
    String at = d.span().map(s -> " at " + s.line() + ":" + s.column()).orElse("");
    return d.code().name() + at + ": " + d.message() + d.hint().map(h -> " (" + h + ")").orElse("");
  }

  /** The pretty plan JSON written compact, as the batch writes it. */
  private static String compact(String json) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser p = JSON.createParser(json); JsonGenerator g = JSON.createGenerator(out)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
    return out.toString(UTF_8);
  }
}
