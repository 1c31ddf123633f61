package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Combination;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.ModelResult;
import io.svmi.PlanPolicy;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every construct of the language compiles to the model the Java builder gives. */
class CompileTest {
  private static final String LEVELS = "levels {\n  low \"Low\"\n  mid \"Mid\"\n  high \"High\"\n}\n";

  private static ModelBuilder base(String name) {
    return MaturityModel.builder().name(name).level("low", "Low").level("mid", "Mid").level("high", "High");
  }

  private static MaturityModel compile(String text) {
    ModelResult r = Svmi.compile("test.svmi", text);
    assertTrue(r.model().isPresent(), r::render);
    return r.model().get();
  }

  private static final String DIMENSION =
      "dimension A \"Area\" {\n  question A1 \"Q\" {\n    option l \"L\" -> low\n    option h \"H\" -> high\n"
          + "    to mid \"M\"\n    to high \"H\"\n  }\n}\n";

  private static ModelBuilder withDimension(ModelBuilder b) {
    return b.dimension("A", "Area", d -> d.question("A1", "Q", q -> q.option("l", "L", "low").option("h", "H", "high")
        .action("mid", "M").action("high", "H")));
  }

  @Test
  void modelLine_nameAndOptionalVersion() {
    assertEquals(withDimension(base("M")).build(), compile("model \"M\"\n" + LEVELS + DIMENSION));
    MaturityModel versioned = compile("model \"M\" version \"2.1\"\n" + LEVELS + DIMENSION);
    assertEquals(Optional.of("2.1"), versioned.version());
  }

  @Test
  void levels_lowestFirst() {
    MaturityModel m = compile("model \"M\"\n" + LEVELS + DIMENSION);
    assertEquals("low", m.scale().lowest().id());
    assertEquals("High", m.scale().highest().name());
  }

  @Test
  void rules_everyCombinationForEveryRule() {
    for (Combination c : Combination.values()) {
      if (c.needsThresholds() || c == Combination.STAGED || c == Combination.INDICATORS) {
        continue; // score-based: ScoreBasedCompileTest; staged (questions only): StagedLanguageTest
      }
      String rules =
          "rules {\n  dimension level = " + RuleWords.phrase(c, "questions") + "\n  overall level = "
              + RuleWords.phrase(c, "dimensions") + "\n  overall target = " + RuleWords.phrase(c, "dimension targets")
              + "\n}\n";
      MaturityModel m = compile("model \"M\"\n" + LEVELS + rules + DIMENSION);
      assertEquals(c, m.rules().dimensionLevel());
      assertEquals(c, m.rules().overallLevel());
      assertEquals(c, m.rules().overallTarget());
    }
  }

  @Test
  void rules_overallTargetDefaultsToTheOverallLevelWhereverItIsWritten() {
    MaturityModel m = compile("model \"M\"\n" + LEVELS
        + "rules {\n  overall level = lowest of dimensions\n}\n" + DIMENSION);
    assertEquals(Combination.LOWEST, m.rules().overallTarget());
    MaturityModel targetFirst = compile("model \"M\"\n" + LEVELS
        + "rules {\n  overall target = lower median of dimension targets\n  overall level = lowest of dimensions\n}\n"
        + DIMENSION);
    assertEquals(Combination.LOWEST, targetFirst.rules().overallLevel());
    assertEquals(Combination.LOWER_MEDIAN, targetFirst.rules().overallTarget());
  }

  @Test
  void rules_everyActionPlan() {
    for (PlanPolicy p : PlanPolicy.values()) {
      MaturityModel m = compile("model \"M\"\n" + LEVELS + "rules {\n  action plan = " + p.words() + "\n}\n" + DIMENSION);
      assertEquals(p, m.rules().actionPlan());
    }
  }

  @Test
  void rules_unansweredIsAnErrorOrALevel() {
    assertTrue(compile("model \"M\"\n" + LEVELS + "rules {\n  unanswered = error\n}\n" + DIMENSION)
        .rules().unanswered().isError());
    MaturityModel asLow = compile("model \"M\"\n" + LEVELS + "rules {\n  unanswered = low\n}\n" + DIMENSION);
    assertEquals("low", asLow.rules().unanswered().level().orElseThrow().id());
    MaturityModel explicit = compile("model \"M\"\n" + LEVELS + "rules {\n  unanswered = level mid\n}\n" + DIMENSION);
    assertEquals("mid", explicit.rules().unanswered().level().orElseThrow().id());
  }

  @Test
  void rules_defaultsWhenLeftOut() {
    assertEquals(io.svmi.Rules.defaults(), compile("model \"M\"\n" + LEVELS + DIMENSION).rules());
    assertEquals(io.svmi.Rules.defaults(), compile("model \"M\"\n" + LEVELS + "rules {\n}\n" + DIMENSION).rules());
  }

  @Test
  void dimension_weightAndLevelOverride() {
    MaturityModel m = compile("model \"M\"\n" + LEVELS
        + "dimension A \"Area\" weight 2.5 {\n  level = mean of questions rounded to nearest\n"
        + "  question A1 \"Q\" weight 3 {\n    option l \"L\" -> low\n  }\n}\n");
    assertEquals(new BigDecimal("2.5"), m.dimensions().get("A").weight());
    assertEquals(Optional.of(Combination.MEAN_ROUNDED_TO_NEAREST), m.dimensions().get("A").combination());
    assertEquals(new BigDecimal("3"), m.questions().get("A1").weight());
  }

  @Test
  void option_notApplicable() {
    MaturityModel m = compile("model \"M\"\n" + LEVELS
        + "dimension A \"Area\" {\n  question A1 \"Q\" {\n    option l \"L\" -> low\n    option na \"N/A\" -> not applicable\n  }\n}\n");
    assertTrue(m.questions().get("A1").options().get("na").isNotApplicable());
  }

  @Test
  void texts_multiLineEscapesAndUtf8() {
    MaturityModel m = compile("model \"Say \\\"hi\\\"\\t\\\\ \\r\\n€😀\"\n" + LEVELS
        + "dimension A \"two\nlines\" {\n}\n");
    assertEquals("Say \"hi\"\t\\ \r\n€😀", m.name());
    assertEquals("two\nlines", m.dimensions().get("A").name());
  }

  @Test
  void keywordsAsIds_andArrowWithoutSpaces() {
    MaturityModel m = compile("model \"M\"\nlevels {\n  level \"L\"\n  not \"N\"\n  to \"T\"\n}\n"
        + "dimension dimension \"D\" {\n  question question \"Q\" {\n    option option \"O\"->not\n"
        + "    option applicable \"A\" -> not applicable\n    to to \"T\"\n  }\n}\n");
    assertEquals("not", m.questions().get("question").options().get("option").level().orElseThrow().id());
    assertTrue(m.questions().get("question").options().get("applicable").isNotApplicable());
    assertEquals("T", m.questions().get("question").actions().get("to").text());
  }

  @Test
  void declarations_inAnyOrder_commentsAnywhere() {
    MaturityModel m = compile("# first\n" + DIMENSION + "rules { # r\n  action plan = up to top # p\n}\n" + LEVELS
        + "model \"M\" # name\n# last");
    assertEquals(withDimension(base("M")).actionPlan(PlanPolicy.UP_TO_TOP).build(), m);
  }

  @Test
  void warningsDoNotStopTheModel() {
    ModelResult r = Svmi.compile("test.svmi", "model \"M\"\n" + LEVELS + "dimension A \"Area\" {\n}\n");
    assertTrue(r.model().isPresent());
    assertEquals(DiagnosticCode.W0303, r.diagnostics().get(0).code());
  }

  @Test
  void resultCarriesTheSource_andCompileOrThrowThrowsEverything() {
    ModelResult r = Svmi.compile("bad.svmi", "model \"M\"\nlevels {\n}\n");
    assertFalse(r.model().isPresent());
    assertEquals("bad.svmi", r.source().orElseThrow().name());
    io.svmi.ModelException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.svmi.ModelException.class, () -> Svmi.compileOrThrow("bad.svmi", "model \"M\"\nlevels {\n}\n"));
    assertEquals(r.diagnostics(), e.diagnostics());
  }

  @Test
  void compilingOnManyThreads_givesEqualModels() throws Exception {
    String text = "model \"M\"\n" + LEVELS + DIMENSION;
    MaturityModel expected = compile(text);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<MaturityModel>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> Svmi.compileOrThrow("t.svmi", text)));
      }
      for (java.util.concurrent.Future<MaturityModel> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
