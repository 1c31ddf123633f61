package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.cli.samples.BatchSamples;
import io.svmi.dsl.Svmi;
import io.svmi.report.Answers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch and comparison samples of docs/embedding.md appear there verbatim, and run. */
class BatchSamplesTest {
  @TempDir Path dir;

  @Test
  void embedding_containsTheBatchSamples_andTheyRun() throws Exception {
    DocSamplesTest.assertContainsRegions(Path.of("docs/embedding.md"), DocSamplesTest.SAMPLES.resolve("BatchSamples.java"));
    MaturityModel model = Svmi.compileOrThrow(Path.of("examples/models/svmi.svmi"));
    String walsall = Files.readString(Path.of("examples/assessments/walsall.json"), UTF_8).replace("\n", "");
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, walsall + "\n{\"answers\": {}}\n" + walsall + "\n", UTF_8);
    var tally = BatchSamples.batch(model, in, dir.resolve("plans.jsonl"), dir.resolve("rejects.jsonl"));
    assertEquals(2, tally.evaluated());
    assertEquals(1, tally.rejected());
    assertEquals(2, Files.readAllLines(dir.resolve("plans.jsonl"), UTF_8).size());

    Evaluation now = model.evaluate(Answers.read(model, Path.of("examples/assessments/walsall.json")));
    String same = BatchSamples.compare(now, now);
    assertTrue(same.contains("(unchanged)"), same);
  }
}
