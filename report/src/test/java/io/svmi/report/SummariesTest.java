package io.svmi.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries a host renders for many assessments at once: the benchmark of a batch, the
 * organisation combined from its teams, a comparison of two years, each in every format against a
 * golden file; and a survey tool's CSV export read through its mapping.
 */
class SummariesTest {
  private static final MaturityModel MODEL = Svmi.compileOrThrow("peers.svmi", """
      model "Peers" version "1"
      levels {
        low  "Low"
        mid  "Mid"
        high "High"
      }
      dimension A "Policy & <Scope>" {
        question A1 "Do you have a policy?" {
          option no   "No"          -> low
          option some "Some of it"  -> mid
          option yes  "Yes, all"    -> high
          to mid  "Write the policy."
          to high "Apply it everywhere."
        }
      }
      dimension B "Buying" {
        question B1 "Do you buy well?" {
          option no  "No"             -> low
          option yes "Yes"            -> high
          option na  "We do not buy"  -> not applicable
          to mid  "Start buying well."
          to high "Buy well always."
        }
      }
      """);

  private static Evaluation evaluate(String subject, String a1, String b1) throws AssessmentException {
    return MODEL.evaluate(Answers.read(MODEL, SourceText.of(subject + ".json",
        "{\"subject\": \"" + subject + "\", \"answers\": {\"A1\": \"" + a1 + "\", \"B1\": \"" + b1 + "\"},"
            + " \"targets\": {\"A\": \"high\", \"B\": \"mid\"}}")));
  }

  private static List<Evaluation> peers() throws AssessmentException {
    return List.of(evaluate("Walsall", "no", "yes"), evaluate("Dudley", "some", "no"), evaluate("Sandwell", "yes", "na"),
        evaluate("Wolverhampton", "some", "yes"), evaluate("Solihull & <Co>", "yes", "yes"));
  }

  private static Level level(String id) {
    return MODEL.scale().level(id).orElseThrow();
  }

  @Test
  void benchmark_countsMediansAndPositions_inJsonAndHtml() throws Exception {
    Benchmark b = Benchmark.of(MODEL);
    assertEquals(Optional.empty(), b.median("A"), "no subject yet");
    for (Evaluation e : peers()) {
      b.add(e);
    }
    assertEquals(5, b.size());
    assertEquals(1, b.count("A", level("low")));
    assertEquals(2, b.count("A", level("mid")));
    assertEquals(2, b.count("A", level("high")));
    assertEquals(3, b.count("B", level("high")));
    assertEquals(Optional.of(level("mid")), b.median("A"), "low, mid, mid, high, high: the third");
    assertEquals(Optional.of(level("high")), b.median("B"), "low, high, high, high (Sandwell has no level)");
    assertEquals(Optional.of(level("mid")), b.median("overall"));
    assertThrows(IllegalArgumentException.class, () -> b.count("Z", level("low")));
    MaturityModel other = Svmi.compileOrThrow("other.svmi", "model \"Other\" levels { low \"Low\" }\n"
        + "dimension A \"A\" { question A1 \"Q\" { option o \"O\" -> low } }\n");
    Evaluation foreign = other.evaluate(Answers.read(other, SourceText.of("o.json", "{\"answers\": {\"A1\": \"o\"}}")));
    assertThrows(IllegalArgumentException.class, () -> b.add(foreign));

    Golden.assertMatches("benchmark.json", b.json());
    Golden.assertMatches("benchmark.html", b.html());
  }

  /**
   * The median is the lower median of the subjects that have a level (those without one do not
   * move it, a level nobody stands at is passed over), a dimension where nobody has a level has
   * none, and a level's name longer than a bar is cut under it.
   */
  @Test
  void benchmark_medianOverSubjectsWithALevel_andBarsOfLongNames() throws Exception {
    MaturityModel edges = Svmi.compileOrThrow("edges.svmi", """
        model "Edges"
        levels {
          first  "Beginning"
          second "Developing"
          third  "Excellent"
        }
        dimension A "Aims" {
          question A1 "Aims?" {
            option a  "A" -> first
            option b  "B" -> second
            option c  "C" -> third
            option na "None" -> not applicable
          }
        }
        dimension B "Buying" {
          question B1 "Buying?" {
            option a  "A" -> first
            option na "None" -> not applicable
          }
        }
        dimension C "Care" {
          question C1 "Care?" {
            option a  "A" -> first
            option na "None" -> not applicable
          }
        }
        """);
    Benchmark b = Benchmark.of(edges);
    for (String[] team : new String[][] {{"b", "a"}, {"c", "na"}, {"na", "na"}}) {
      b.add(edges.evaluate(edges.assessment().subject("Team " + team[0]).answer("A1", team[0]).answer("B1", team[1])
          .answer("C1", "na").build()));
    }
    Level first = edges.scale().level("first").orElseThrow();
    Level second = edges.scale().level("second").orElseThrow();
    assertEquals(Optional.of(second), b.median("A"), "Developing, Excellent and one without a level: the first of two");
    assertEquals(1, b.count("A", second));
    assertEquals(0, b.count("A", first));
    assertEquals(1, b.count("overall", first), "Team b: the mean of Developing and Beginning, rounded down");
    assertEquals(Optional.of(first), b.median("overall"));
    assertEquals(Optional.empty(), b.median("C"), "nobody has a level in C");
    Golden.assertMatches("benchmark-edges.json", b.json());
    Golden.assertMatches("benchmark-edges.html", b.html());
  }

  @Test
  void benchmark_takesModelsOfUpTo126Levels() {
    assertEquals(0, Benchmark.of(levels(126)).size());
    assertThrows(IllegalArgumentException.class, () -> Benchmark.of(levels(127)));
  }

  private static MaturityModel levels(int count) {
    io.svmi.ModelBuilder m = MaturityModel.builder().name("Many");
    for (int i = 0; i < count; i++) {
      m.level("l" + i, "Level " + i);
    }
    return m.dimension("A", "A", d -> d.question("A1", "Q", q -> q.option("o", "O", "l0"))).build();
  }

  @Test
  void portfolio_inTextAndJson() throws Exception {
    Portfolio p = Portfolio.combine(MODEL, peers(), Portfolio.Rule.LOWER_MEDIAN, Map.of("B1", Portfolio.Rule.LOWEST));
    Golden.assertMatches("portfolio.txt", p.text());
    Golden.assertMatches("portfolio.json", p.json());
    for (Portfolio.Rule rule : Portfolio.Rule.values()) {
      assertEquals(Optional.of(rule), Portfolio.Rule.byId(rule.id()));
      assertTrue(!rule.words().isBlank());
    }
    assertEquals(Optional.empty(), Portfolio.Rule.byId("median"));
  }

  @Test
  void comparison_inEveryFormat() throws Exception {
    Evaluation before = evaluate("Walsall", "no", "yes");
    Evaluation after = evaluate("Walsall", "yes", "no");
    Comparison c = Comparison.of(before, after);
    for (ComparisonFormat f : ComparisonFormat.values()) {
      Golden.assertMatches("comparison." + f.id(), c.render(f));
      assertEquals(Optional.of(f), ComparisonFormat.byId(f.id().toUpperCase(java.util.Locale.ROOT)));
    }
    assertEquals(Optional.empty(), ComparisonFormat.byId("pdf"));

    MaturityModel v2 = Svmi.compileOrThrow("peers.svmi", Svmi.print(MODEL)
        .replace("version \"1\"", "version \"2\"")
        .replace("\"Some of it\" -> mid", "\"Some of it\" -> low"));
    Evaluation later = v2.evaluate(Answers.read(v2, SourceText.of("w.json",
        "{\"subject\": \"Walsall\", \"answers\": {\"A1\": \"some\", \"B1\": \"na\"}}")));
    Comparison changed = Comparison.of(before, later);
    for (ComparisonFormat f : ComparisonFormat.values()) {
      Golden.assertMatches("comparison-v2." + f.id(), changed.render(f));
    }
  }

  @Test
  void csvExport_isReadThroughItsMapping(@TempDir Path dir) throws Exception {
    CsvMapping mapping = CsvMapping.parse(SourceText.of("mapping.txt", """
        # the survey tool's headings
        subject          = Council
        answer A1        = Policy?
        answer B1        = Buying
        target A         = Aim for policy
        target answer A1 = Policy aim
        overall target   = Overall aim
        """));
    Path csv = Files.writeString(dir.resolve("survey.csv"), "Council,Policy?,\"Buying\",Aim for policy,Policy aim,Overall aim\r\n"
        + "\"Walsall, Metropolitan\",Some of it,yes,High,yes,mid\r\n"
        + "Dudley,NO,\"We do not buy\",,,\r\n"
        + "\"Multi\nline\",maybe,yes,Top,,\r\n"
        + "Short,no\r\n", UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    List<String> reasons = new ArrayList<>();
    Batch.Tally tally;
    try (BatchInput in = BatchInputs.csv(csv, mapping)) {
      tally = Batch.builder(MODEL).format(Batch.Format.CSV).threads(2).listener(new Batch.Listener() {
        @Override
        public void rejected(String position, String reason) {
          reasons.add(position + ": " + reason);
        }
      }).build().run(in, out, Optional.of(rejects));
    }
    assertEquals(2, tally.evaluated(), tally::toString);
    Golden.assertMatches("survey-levels.csv", out.toString(UTF_8));
    Golden.assertMatches("survey-rejects.txt",
        (String.join("\n", reasons) + "\n" + rejects.toString(UTF_8)).replace(dir.toString(), "<dir>"));

    AssessmentException bad = assertThrows(AssessmentException.class, () -> CsvMapping.parse(SourceText.of("m.txt",
        "subject = A\nsubject = B\nanswer = C\nsomething else\ntarget A =\nanswer A1 = X\n")));
    Golden.assertMatches("mapping-errors.txt",
        bad.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")) + "\n");
  }
}
