package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Action;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a comparison of two evaluations reports: level changes, completed and new actions, regressions. */
class ComparisonTest {
  static Evaluation evaluate(MaturityModel model, String p1, String p2, String q1, String r1) throws Exception {
    var b = model.assessment().answer("P1", p1).answer("P2", p2).answer("Q1", q1);
    if (model.question("R1").isPresent()) {
      b.answer("R1", r1);
    }
    return model.evaluate(b.build());
  }

  static String firstOption(MaturityModel model, String question) {
    return model.question(question).orElseThrow().options().keySet().iterator().next();
  }

  @Test
  void anImprovement_completesActions_andRaisesLevels() throws Exception {
    MaturityModel model = SampleModel.model();
    String r = firstOption(model, "R1");
    Evaluation before = evaluate(model, "no", "no", "no", r);
    Evaluation after = evaluate(model, "always", "yes", "no", r);
    Comparison c = Comparison.of(before, after);
    Comparison.DimensionChange people = c.dimensions().get(0);
    assertEquals("P", people.id());
    assertTrue(people.change() > 0, people.toString());
    assertTrue(c.regressions().isEmpty());
    assertTrue(c.completed().stream().map(Action::questionId).anyMatch(q -> q.equals("P1")), c.completed().toString());
    assertTrue(c.completed().stream().allMatch(Action::hasText));
    assertTrue(c.added().stream().noneMatch(a -> a.questionId().equals("Q1")), "Q1 did not change");
  }

  @Test
  void aFall_isARegression_withTheActionsItBringsBack() throws Exception {
    MaturityModel model = SampleModel.model();
    String r = firstOption(model, "R1");
    Evaluation good = evaluate(model, "always", "yes", "yes", r);
    Evaluation worse = evaluate(model, "no", "yes", "yes", r);
    Comparison c = Comparison.of(good, worse);
    assertEquals(List.of("P1"), c.regressions().stream().map(Comparison.QuestionChange::id).toList());
    assertTrue(c.dimensions().get(0).regressed());
    assertTrue(c.added().stream().anyMatch(a -> a.questionId().equals("P1")));
    assertEquals(c.completed(), Comparison.of(worse, good).added(), "the same pair read backwards");
  }

  @Test
  void anEvaluationAgainstItself_changesNothing() throws Exception {
    MaturityModel model = SampleModel.model();
    Evaluation e = evaluate(model, "yes", "no", "yes", firstOption(model, "R1"));
    Comparison c = Comparison.of(e, e);
    assertTrue(c.completed().isEmpty() && c.added().isEmpty() && c.regressions().isEmpty());
    assertTrue(c.dimensions().stream().allMatch(d -> d.change() == 0));
    assertEquals(0, c.overall().change());
  }
}
