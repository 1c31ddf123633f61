package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DiagnosticCode;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Question;
import io.svmi.QuestionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Arbitrary assessments against valid models: built by id (known ids and arbitrary strings mixed),
 * each gives assessment diagnostics or an evaluation that keeps the laws (bounds, soundness, order,
 * determinism); an assessment of one model evaluated by another gives E0408.
 */
class EvaluationFuzzTest {
  private static final ImmutableList<MaturityModel> MODELS = FuzzModels.all();

  @FuzzTest(maxDuration = "5m")
  void evaluate(FuzzedDataProvider data) throws AssessmentException {
    MaturityModel model = MODELS.get(data.consumeInt(0, MODELS.size() - 1));
    List<Question> questions = model.questions().values().asList();
    List<String> dimensions = model.dimensions().keySet().asList();
    List<Level> levels = model.scale().levels();
    Assessment.Builder builder = model.assessment().subject(data.consumeString(40));
    boolean answerAll = data.consumeBoolean();
    if (answerAll) {
      for (Question q : questions) {
        List<String> options = q.options().keySet().asList();
        if (!options.isEmpty()) {
          builder.answer(q.id(), options.get(data.consumeInt(0, options.size() - 1)));
        }
      }
    }
    int steps = data.consumeInt(0, 40);
    for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
      switch (data.consumeInt(0, 5)) {
        case 0 -> {
          Question q = questions.get(data.consumeInt(0, questions.size() - 1));
          List<String> options = q.options().keySet().asList();
          String option = options.isEmpty() || data.consumeBoolean()
              ? data.consumeString(8) : options.get(data.consumeInt(0, options.size() - 1));
          builder.answer(q.id(), option);
        }
        case 1 -> builder.answer(data.consumeString(8), data.consumeString(8));
        case 2 -> builder.target(dimensions.get(data.consumeInt(0, dimensions.size() - 1)),
            data.consumeBoolean() ? levels.get(data.consumeInt(0, levels.size() - 1)).id() : data.consumeString(8));
        case 3 -> builder.target(data.consumeString(8), levels.get(data.consumeInt(0, levels.size() - 1)).id());
        case 4 -> builder.overallTarget(
            data.consumeBoolean() ? levels.get(data.consumeInt(0, levels.size() - 1)).id() : data.consumeString(8));
        default -> builder.subject(data.consumeString(20));
      }
    }
    Assessment assessment;
    try {
      assessment = builder.build();
    } catch (AssessmentException e) {
      Checks.assessmentProblems(e.diagnostics(), Optional.empty());
      return;
    }
    Evaluation evaluation = model.evaluate(assessment);
    assertEquals(evaluation, model.evaluate(assessment), "evaluation is deterministic");
    checkLaws(model, evaluation);
    assertFalse(evaluation.explanation().isEmpty());

    MaturityModel other = MODELS.get(data.consumeInt(0, MODELS.size() - 1));
    if (!other.equals(model)) {
      try {
        other.evaluate(assessment);
        throw new AssertionError("an assessment of '" + model.name() + "' evaluated against '" + other.name() + "'");
      } catch (AssessmentException e) {
        assertEquals(DiagnosticCode.E0408, e.diagnostics().get(0).code());
      }
    }
  }

  /** Bounds (law 3), soundness (law 4) and order (law 7). */
  static void checkLaws(MaturityModel model, Evaluation evaluation) {
    List<String> dimensionOrder = model.dimensions().keySet().asList();
    List<String> questionOrder = model.questions().keySet().asList();
    for (DimensionResult d : evaluation.dimensions()) {
      List<Integer> ranks = new ArrayList<>();
      for (QuestionResult q : d.questions()) {
        q.level().ifPresent(l -> ranks.add(l.rank()));
      }
      if (d.present().isPresent()) {
        int rank = d.present().get().rank();
        assertTrue(!ranks.isEmpty() && ranks.stream().mapToInt(r -> r).min().getAsInt() <= rank
            && rank <= ranks.stream().mapToInt(r -> r).max().getAsInt(), () -> "bounds broken in " + d);
      }
    }
    Action previous = null;
    for (Action a : evaluation.plan().actions()) {
      QuestionResult q = evaluation.questions().stream()
          .filter(r -> r.question().id().equals(a.questionId())).findFirst().orElseThrow();
      q.level().ifPresent(l -> assertTrue(a.level().isAbove(l), () -> "planned " + a + " at or below " + l));
      if (previous != null) {
        int byDimension = Integer.compare(dimensionOrder.indexOf(previous.dimensionId()), dimensionOrder.indexOf(a.dimensionId()));
        int byLevel = Integer.compare(previous.level().rank(), a.level().rank());
        int byQuestion = Integer.compare(questionOrder.indexOf(previous.questionId()), questionOrder.indexOf(a.questionId()));
        int order = byDimension != 0 ? byDimension : byLevel != 0 ? byLevel : byQuestion;
        Action before = previous;
        assertTrue(order < 0, () -> "plan out of order or repeated: " + before + " then " + a);
      }
      previous = a;
    }
  }
}
