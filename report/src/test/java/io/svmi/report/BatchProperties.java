package io.svmi.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.svmi.MaturityModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Nothing is lost: every record of a batch is either written or rejected, in input order. */
class BatchProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MaturityModel MODEL = SampleModel.model();

  /** A line of a JSONL input: kind 0 is a good answers object, the others are bad in some way. */
  record Line(int kind, String text) {}

  @Property(tries = 60)
  void everyRecord_isWrittenOrRejected_inInputOrder(
      @ForAll @Size(max = 700) List<@From("lines") Line> lines,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll("formats") Batch.Format format) throws IOException {
    StringBuilder input = new StringBuilder();
    List<String> good = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String subject = "s" + i;
      String text = lines.get(i).text().replace("SUBJECT", subject);
      input.append(text).append('\n');
      (lines.get(i).kind() == 0 ? good : bad).add(lines.get(i).kind() == 0 ? subject : "in.jsonl:" + (i + 1));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    Batch.Tally tally;
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(input.toString().getBytes(UTF_8)), "in.jsonl")) {
      tally = Batch.builder(MODEL).threads(threads).format(format).build().run(in, out, Optional.of(rejects));
    }
    assertEquals(new Batch.Tally(good.size(), bad.size()), tally);

    List<String> written = new ArrayList<>();
    List<String> outLines = lines(out);
    if (format == Batch.Format.CSV) {
      assertEquals("subject,P present,P target,Q present,Q target,R present,R target,overall present,overall target",
          outLines.get(0));
      outLines.subList(1, outLines.size()).forEach(l -> written.add(l.substring(0, l.indexOf(','))));
    } else {
      for (String line : outLines) {
        written.add(JSON.readTree(line).get("subject").asText());
      }
    }
    assertEquals(good, written);
    List<String> rejected = new ArrayList<>();
    for (String line : lines(rejects)) {
      JsonNode reject = JSON.readTree(line);
      rejected.add(reject.get("position").asText());
      assertEquals(false, reject.get("reason").asText().isEmpty());
    }
    assertEquals(bad, rejected);
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    String text = bytes.toString(UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  @Provide
  Arbitrary<Batch.Format> formats() {
    return Arbitraries.of(Batch.Format.values());
  }

  @Provide
  Arbitrary<Line> lines() {
    Arbitrary<String> p1 = Arbitraries.of("no", "yes", "always");
    Arbitrary<String> p2 = Arbitraries.of("no", "yes", "na");
    Arbitrary<String> q1 = Arbitraries.of("no", "yes");
    Arbitrary<Line> good = net.jqwik.api.Combinators.combine(p1, p2, q1).as((a, b, c) -> new Line(0,
        "{\"subject\": \"SUBJECT\", \"answers\": {\"P1\": \"" + a + "\", \"P2\": \"" + b + "\", \"Q1\": \"" + c
            + "\", \"R1\": \"na\"}}"));
    Arbitrary<Line> bad = Arbitraries.of(
        new Line(1, "{\"subject\": \"SUBJECT\", \"answers\": {\"P1\": \"maybe\"}}"),
        new Line(2, "{\"subject\": \"SUBJECT\", \"answers\": "),
        new Line(3, ""),
        new Line(4, "   "),
        new Line(5, "[1, 2, 3]"),
        new Line(6, "{\"subject\": \"SUBJECT\", \"answers\": {\"Z9\": \"no\", \"P1\": \"no\", \"P2\": \"no\", \"Q1\": \"no\", \"R1\": \"na\"}}"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, good),
        net.jqwik.api.Tuple.of(1, bad));
  }

  @Property(tries = 20)
  void jsonlLine_isThePlanJson_onOneLine(@ForAll("goodLines") Line line) throws Exception {
    String text = line.text().replace("SUBJECT", "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream((text + "\n").getBytes(UTF_8)), "in.jsonl")) {
      Batch.builder(MODEL).build().run(in, out, Optional.empty());
    }
    String written = out.toString(UTF_8);
    assertEquals(1, written.chars().filter(c -> c == '\n').count());
    String plan = Report.of(MODEL.evaluate(Answers.read(MODEL, io.svmi.SourceText.of("x", text)))).render(PlanFormat.JSON);
    assertEquals(JSON.readTree(plan), JSON.readTree(written));
  }

  /** A listener hears every evaluation in input order, unless it says it wants none. */
  @net.jqwik.api.Example
  void listener_hearsTheEvaluations_onlyWhenItWantsThem() throws IOException {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      input.append("{\"subject\": \"s").append(i)
          .append("\", \"answers\": {\"P1\": \"no\", \"P2\": \"yes\", \"Q1\": \"no\", \"R1\": \"na\"}}\n");
    }
    for (boolean wants : new boolean[] {true, false}) {
      List<String> heard = new ArrayList<>();
      long[] progress = {0};
      Batch.Listener listener = new Batch.Listener() {
        @Override
        public void evaluated(io.svmi.Evaluation evaluation) {
          heard.add(evaluation.subject());
        }

        @Override
        public boolean wantsEvaluations() {
          return wants;
        }

        @Override
        public void progress(Batch.Tally sofar, java.util.OptionalDouble read) {
          progress[0] = sofar.records();
        }
      };
      try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(input.toString().getBytes(UTF_8)), "in.jsonl")) {
        Batch.builder(MODEL).threads(2).listener(listener).build().run(in, OutputStream.nullOutputStream(), Optional.empty());
      }
      assertEquals(wants ? 600 : 0, heard.size());
      if (wants) {
        assertEquals("s0", heard.get(0));
        assertEquals("s599", heard.get(599));
      }
      assertEquals(600, progress[0]);
    }
  }

  @Provide
  Arbitrary<Line> goodLines() {
    return lines().filter(l -> l.kind() == 0);
  }
}
