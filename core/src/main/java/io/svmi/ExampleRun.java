package io.svmi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.svmi.Example.ExpectedActions;
import io.svmi.Example.ExpectedLevel;
import io.svmi.ExampleResult.Mismatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Runs an {@link Example}: builds its assessment, evaluates it, compares every expectation. */
final class ExampleRun {
  private static final String NONE = "(none)";

  private ExampleRun() {}

  static ExampleResult run(Example example, MaturityModel model) {
    return run(example, model.positionsOf(example), model);
  }

  /** Runs the example; each mismatch points at its expectation, else at the example's name. */
  static ExampleResult run(Example example, ExamplePositions positions, MaturityModel model) {
    List<Mismatch> mismatches = new ArrayList<>();
    Assessment assessment;
    try {
      assessment = assessment(example, positions, model).build();
    } catch (AssessmentException e) {
      for (Diagnostic d : e.diagnostics()) {
        mismatches.add(
            new Mismatch(
                "the assessment",
                ImmutableList.of("answers and targets that fit the model"),
                ImmutableList.of(d.toString()),
                d.span().or(positions::name)));
      }
      return new ExampleResult(example, ImmutableList.copyOf(mismatches));
    }
    Evaluation evaluation;
    try {
      evaluation = model.evaluate(assessment);
    } catch (AssessmentException e) {
      throw new IllegalStateException("an assessment built for the model is of another model", e);
    }
    for (int i = 0; i < example.levels().size(); i++) {
      level(example.levels().get(i), positions.level(i), evaluation).ifPresent(mismatches::add);
    }
    for (int i = 0; i < example.actions().size(); i++) {
      actions(example.actions().get(i), positions.actions(i), model, evaluation).ifPresent(mismatches::add);
    }
    return new ExampleResult(example, ImmutableList.copyOf(mismatches));
  }

  /** The example's assessment, not built yet: of one of the model's examples, with its positions. */
  static Assessment.Builder assessment(Example example, MaturityModel model) {
    return assessment(example, model.positionsOf(example), model);
  }

  /** The example's assessment, with its positions, not built yet (the model's checker builds it too). */
  static Assessment.Builder assessment(Example example, ExamplePositions positions, MaturityModel model) {
    Assessment.Builder b = model.assessment();
    b.subject(example.subject().orElse(example.name()));
    for (int i = 0; i < example.answers().size(); i++) {
      Example.Answer a = example.answers().get(i);
      b.answer(a.questionId(), a.optionId(), positions.answers().get(i).orElse(null));
    }
    for (int i = 0; i < example.targets().size(); i++) {
      Example.Target t = example.targets().get(i);
      Optional<SourceSpan> line = positions.targets().get(i);
      boolean knownDimension = t.dimensionId().map(d -> model.dimension(d).isPresent()).orElse(true);
      SourceSpan span = knownDimension ? levelOrLine(model, t.levelId(), line) : line.orElse(null);
      if (t.dimensionId().isPresent()) {
        b.target(t.dimensionId().get(), t.levelId(), span);
      } else {
        b.overallTarget(t.levelId(), span);
      }
    }
    for (int i = 0; i < example.targetAnswers().size(); i++) {
      Example.Answer a = example.targetAnswers().get(i);
      b.targetAnswer(a.questionId(), a.optionId(), positions.targetAnswers().get(i).orElse(null));
    }
    example.profile().ifPresent(p -> b.profile(p.profileId(), positions.profile().orElse(null)));
    return b;
  }

  /**
   * A target line's span ({@code target A = leadr}), or only its level when the model has no such
   * level (and knows the dimension): the level ends the line, and the caret then underlines just
   * the word that is wrong.
   */
  private static @Nullable SourceSpan levelOrLine(MaturityModel model, String levelId, Optional<SourceSpan> line) {
    if (line.isEmpty()) {
      return null;
    }
    SourceSpan s = line.get();
    if (model.scale().level(levelId).isPresent() || s.length() < levelId.length()) {
      return s;
    }
    return SourceSpan.of(s.source(), s.line(), s.column() + s.length() - levelId.length(), levelId.length());
  }

  /** What the evaluation gave for one side: a level (or none) and its score. */
  private record Got(Optional<Level> level, Optional<Score> score) {
    boolean meets(Example.Expected expected) {
      return expected.levelId().equals(level.map(Level::id))
          && (expected.score().isEmpty() || expected.score().equals(score));
    }

    /** Written as the expectation is: the score only when the expectation gives one. */
    String describe(Example.Expected expected) {
      String id = level.map(Level::id).orElse("no level");
      if (expected.score().isEmpty() || level.isEmpty()) {
        return id;
      }
      return id + " score " + score.map(Score::toExactString).orElse("(none)");
    }
  }

  private static Optional<Mismatch> level(ExpectedLevel expected, Optional<SourceSpan> span, Evaluation evaluation) {
    Got present;
    Got target;
    String subject;
    String id = expected.id().orElse("");
    switch (expected.about()) {
      case DIMENSION -> {
        Optional<DimensionResult> d = evaluation.dimension(id);
        if (d.isEmpty()) {
          return unknown(expected, span);
        }
        present = new Got(d.get().present(), d.get().score());
        target = new Got(d.get().target(), d.get().targetScore());
        subject = "dimension " + id + " " + d.get().dimension().name();
      }
      case GROUP -> {
        Optional<GroupResult> g = evaluation.groups().stream().filter(r -> r.group().id().equals(id)).findFirst();
        if (g.isEmpty()) {
          return unknown(expected, span);
        }
        present = new Got(g.get().present(), g.get().score());
        target = new Got(g.get().target(), g.get().targetScore());
        subject = "group " + id + " " + g.get().group().name();
      }
      case QUESTION -> {
        Optional<QuestionResult> q = evaluation.questions().stream().filter(r -> r.question().id().equals(id)).findFirst();
        if (q.isEmpty()) {
          return unknown(expected, span);
        }
        present = new Got(q.get().level(), q.get().score());
        target = present;
        subject = "question " + id;
      }
      default -> {
        present = new Got(evaluation.present(), evaluation.score());
        target = new Got(evaluation.target(), evaluation.targetScore());
        subject = "overall";
      }
    }
    Optional<Example.Expected> wantedTarget = expected.target();
    if (present.meets(expected.present()) && wantedTarget.map(target::meets).orElse(true)) {
      return Optional.empty();
    }
    String wanted = expected.present() + wantedTarget.map(t -> " -> " + t).orElse("");
    String got = present.describe(expected.present()) + wantedTarget.map(t -> " -> " + target.describe(t)).orElse("");
    return Optional.of(new Mismatch(subject, ImmutableList.of(wanted), ImmutableList.of(got), span));
  }

  private static Optional<Mismatch> unknown(ExpectedLevel expected, Optional<SourceSpan> span) {
    String id = expected.id().orElse("");
    return Optional.of(
        new Mismatch(expected.subject(), ImmutableList.of(id), ImmutableList.of("no such " + expected.about().word()), span));
  }

  private static Optional<Mismatch> actions(
      ExpectedActions expected, Optional<SourceSpan> span, MaturityModel model, Evaluation evaluation) {
    String subject = "the actions of " + expected.dimensionId() + " to " + expected.levelId();
    Optional<Level> level = model.scale().level(expected.levelId());
    ImmutableList<Action> cell =
        level.map(l -> evaluation.plan().cell(expected.dimensionId(), l)).orElse(ImmutableList.of());
    if (expected.by() == ExpectedActions.By.QUESTIONS) {
      ImmutableList<String> actual = cell.stream().map(Action::questionId).collect(ImmutableList.toImmutableList());
      if (ImmutableSet.copyOf(actual).equals(expected.questionSet())) {
        return Optional.empty();
      }
      return Optional.of(
          new Mismatch(subject, ImmutableList.of(joined(expected.items())), ImmutableList.of(joined(actual)), span));
    }
    ImmutableList<String> actual =
        cell.stream().filter(Action::hasText).map(Action::text).collect(ImmutableList.toImmutableList());
    if (actual.equals(expected.items())) {
      return Optional.empty();
    }
    return Optional.of(new Mismatch(subject, quoted(expected.items()), quoted(actual), span));
  }

  private static String joined(List<String> ids) {
    return ids.isEmpty() ? NONE : String.join(", ", ids);
  }

  private static ImmutableList<String> quoted(List<String> texts) {
    if (texts.isEmpty()) {
      return ImmutableList.of(NONE);
    }
    return texts.stream().map(t -> "\"" + t + "\"").collect(ImmutableList.toImmutableList());
  }
}
