package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.GroupResult;
import io.svmi.Score;
import io.svmi.Level;
import io.svmi.PlanPolicy;
import io.svmi.QuestionResult;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The published action plan's layout, for hosts that lay out their own page and shared by every
 * rendering: a column per level above the lowest ("To reach 'Follower'" …), a row per dimension, a
 * cell per (dimension, level) holding the texts of its actions, and a last column, "Not", listing
 * the dimension's questions answered not applicable (the reference plan never explains that column
 * and leaves it empty; this is our reading of it, and every rendering says so: {@link
 * #NOT_EXPLANATION}). Immutable and thread-safe.
 */
public final class PlanTable {
  /** The heading of the last column. */
  public static final String NOT_HEADING = "Not";
  /** What the renderings say under the action table about the "Not" column. */
  public static final String NOT_EXPLANATION = "The column Not lists the questions answered not applicable.";
  /** Shown for a missing level (a dimension whose questions are all not applicable). */
  public static final String NO_LEVEL = "no level";
  /** After a level's name when the score is beyond it, short of the next level (SAMM's "1+"). */
  public static final String PLUS = "+";
  /**
   * Said in a dimension's plan when it is short of its target (or the plan lists steps for it) but
   * none of its steps has a text in the model, rather than leaving its row empty.
   */
  public static final String NO_ACTION_TEXT = "the model has no action text for this step";
  /** The published SVMI plan's footnote; {@link #footnote()} says under which plans it is shown. */
  public static final String FOOTNOTE =
      "The actions in the action plan are defined by your response to each question, and show what"
          + " must be done to reach your Future Target from your Current Performance for each. Please"
          + " note that the column headings strictly refer to achieving the different levels for"
          + " individual questions, rather than your overall performance.";

  private final Evaluation evaluation;

  private PlanTable(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  /** The table of an evaluation's plan. */
  public static PlanTable of(Evaluation evaluation) {
    return new PlanTable(checkNotNull(evaluation, "evaluation"));
  }

  /** False for a model with no overall level ({@code overall level = none}): no overall line is shown. */
  /** The name of the target profile the assessment aims for, if it names one ("Baseline"). */
  Optional<String> profile() {
    return evaluation.assessment().profile().map(io.svmi.Profile::name);
  }

  boolean graded() {
    return evaluation.model().rules().hasOverallLevel();
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  /** The levels a question can be moved up to: every level above the lowest. */
  public ImmutableList<Level> columns() {
    ImmutableList<Level> levels = evaluation.model().scale().levels();
    return levels.subList(1, levels.size());
  }

  public static String heading(Level level) {
    return "To reach '" + level.name() + "'";
  }

  /**
   * The texts of one cell's actions, in plan order; steps without text are left out. In a
   * score-based model each text starts with its question's id (SAMM: the activity, G-SM-1-A).
   */
  public ImmutableList<String> cellTexts(DimensionResult dimension, Level level) {
    boolean scored = scored();
    return evaluation.plan().cell(dimension.dimension().id(), level).stream()
        .filter(Action::hasText)
        .map(a -> scored ? a.questionId() + " " + a.text() : a.text())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The published SVMI footnote, for the plans it describes: those of an ordinal model whose
   * action plan is {@code next level} (per question, the step to the level just above, as the
   * published SVMI plan). A score-based model's plan (SAMM's roadmap) or another policy's gets none.
   */
  public Optional<String> footnote() {
    return !scored() && evaluation.model().rules().actionPlan() == PlanPolicy.NEXT_LEVEL
        ? Optional.of(FOOTNOTE)
        : Optional.empty();
  }

  /** True for a score-based model: levels are shown with their scores, groups with their dimensions. */
  public boolean scored() {
    return evaluation.model().isScoreBased();
  }

  /**
   * One row of the present/future table: a group or a dimension, its id, name, and present and
   * target levels as shown (with the score and "+" in a score-based model).
   */
  public record Row(String id, String name, String present, String target) {}

  /** The present/future rows: each dimension; in a model with groups, each group before its dimensions. */
  public ImmutableList<Row> rows() {
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    if (evaluation.groups().isEmpty()) {
      evaluation.dimensions().forEach(d -> rows.add(row(d)));
      return rows.build();
    }
    for (GroupResult g : evaluation.groups()) {
      rows.add(
          new Row(
              g.group().id(),
              g.group().name(),
              withScore(g.present(), g.plus(), g.score()),
              withScore(g.target(), g.targetPlus(), g.targetScore())));
      g.dimensions().forEach(d -> rows.add(row(d)));
    }
    return rows.build();
  }

  /** A dimension's row: its levels as shown (with scores and "+" in a score-based model). */
  public Row row(DimensionResult d) {
    return new Row(
        d.dimension().id(),
        d.dimension().name(),
        scored() ? withScore(d.present(), d.plus(), d.score()) : name(d.present()),
        scored() ? withScore(d.target(), d.targetPlus(), d.targetScore()) : name(d.target()));
  }

  /** The overall present level, with its score in a score-based model. */
  public String overallPresent() {
    return scored()
        ? withScore(evaluation.present(), evaluation.plus(), evaluation.score())
        : name(evaluation.present());
  }

  /** The overall target, with its score in a score-based model. */
  public String overallTarget() {
    return scored()
        ? withScore(evaluation.target(), evaluation.targetPlus(), evaluation.targetScore())
        : name(evaluation.target());
  }

  /** "Level 1 (score 1.375)"; a score without a finite decimal is shown rounded: "(score ≈1.017)". */
  public static String withScore(Optional<Level> level, Optional<Score> score) {
    return withScore(level, false, score);
  }

  /**
   * As {@link #withScore(Optional, Optional)}, with a plus after the level's name when the score
   * lies between it and the next level and the model says so: "Level 1+ (score 1.5)".
   */
  public static String withScore(Optional<Level> level, boolean plus, Optional<Score> score) {
    return name(level) + (plus ? PLUS : "") + score.map(s -> " (score " + s + ")").orElse("");
  }

  /** One cell as the reference prints it: the action texts joined by one space. */
  public String cell(DimensionResult dimension, Level level) {
    return String.join(" ", cellTexts(dimension, level));
  }

  /** The dimension's questions answered not applicable, in model order. */
  public static ImmutableList<QuestionResult> notApplicable(DimensionResult dimension) {
    return dimension.questions().stream()
        .filter(QuestionResult::isNotApplicable)
        .collect(ImmutableList.toImmutableList());
  }

  /** The dimension's questions answered not applicable, each as its id and text: "P2 Is there a mentor?". */
  public static ImmutableList<String> notApplicableTexts(DimensionResult dimension) {
    return notApplicable(dimension).stream()
        .map(q -> q.question().id() + " " + q.question().text())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Where a dimension's plan says {@link #NO_ACTION_TEXT}: the column of its first step, or of the
   * level above its present one, when it is short of its target or has steps, and none of its steps
   * has a text. Empty when its row has a text or nothing to do.
   */
  public Optional<Level> noActionText(DimensionResult dimension) {
    ImmutableList<Action> steps = evaluation.plan().forDimension(dimension.dimension().id());
    boolean belowTarget = dimension.gap().orElse(0) > 0;
    if (steps.stream().anyMatch(Action::hasText) || (steps.isEmpty() && !belowTarget)) {
      return Optional.empty();
    }
    if (!steps.isEmpty()) {
      return Optional.of(steps.get(0).level());
    }
    ImmutableList<Level> columns = columns();
    int next = dimension.present().map(Level::rank).orElse(-1) + 1;
    return Optional.of(columns.get(Math.max(0, Math.min(next - 1, columns.size() - 1))));
  }

  /** The 'Not' cell of the published layout: the ids of the questions answered not applicable, comma-separated. */
  public static String notCell(DimensionResult dimension) {
    return notApplicable(dimension).stream()
        .map(q -> q.question().id())
        .collect(Collectors.joining(", "));
  }

  public static String name(Optional<Level> level) {
    return level.map(Level::name).orElse(NO_LEVEL);
  }
}
