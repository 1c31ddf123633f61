package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating an {@link Assessment}: every dimension's determination with its
 * questions, the overall present level and target, and the {@link ActionPlan}. Immutable and
 * thread-safe.
 *
 * <p>For an ordinal model the evaluation keeps the ranks it computed, and makes the dimension and
 * question results from them the first time they are asked for; explanations are worded when
 * asked. What the result holds is the same either way.
 */
public final class Evaluation {
  private final Assessment assessment;
  /** The dimension results; null until first asked for when made from {@link #ranks}. */
  private volatile @Nullable ImmutableList<DimensionResult> dimensions;
  private final @Nullable Ranks ranks;
  private final ImmutableList<GroupResult> groups;
  private final Optional<Level> present;
  private final Optional<Level> target;
  private final ActionPlan plan;
  private final boolean plus;
  private final boolean targetPlus;

  Evaluation(
      Assessment assessment,
      ImmutableList<DimensionResult> dimensions,
      ImmutableList<GroupResult> groups,
      Optional<Level> present,
      Optional<Level> target,
      ActionPlan plan,
      boolean plus,
      boolean targetPlus) {
    this.assessment = checkNotNull(assessment);
    this.dimensions = checkNotNull(dimensions);
    this.ranks = null;
    this.groups = checkNotNull(groups);
    this.present = checkNotNull(present);
    this.target = checkNotNull(target);
    this.plan = checkNotNull(plan);
    this.plus = plus;
    this.targetPlus = targetPlus;
  }

  /**
   * What an ordinal evaluation computed: each question's rank ({@link ModelIndex#NOT_APPLICABLE}
   * for not applicable), each dimension's present and target rank ({@link ModelIndex#NONE}: no
   * level).
   */
  record Ranks(ModelIndex index, int[] questions, int[] present, int[] target) {}

  /** An ordinal model's evaluation, its dimension results made from the ranks when asked for. */
  Evaluation(Assessment assessment, Ranks ranks, Optional<Level> present, Optional<Level> target, ActionPlan plan) {
    this.assessment = checkNotNull(assessment);
    this.ranks = checkNotNull(ranks);
    this.groups = ImmutableList.of();
    this.present = checkNotNull(present);
    this.target = checkNotNull(target);
    this.plan = checkNotNull(plan);
    this.plus = false;
    this.targetPlus = false;
  }

  private ImmutableList<DimensionResult> fromRanks(Ranks r) {
    ModelIndex ix = r.index();
    QuestionResult[] questions = new QuestionResult[ix.questions.length];
    for (int q = 0; q < questions.length; q++) {
      int option = assessment.answer(q);
      questions[q] =
          new QuestionResult(
              ix.questions[q],
              option == ModelIndex.NONE ? Optional.empty() : ix.answers[q][option],
              ix.level(r.questions()[q]));
    }
    // One list of every question's result; each dimension's questions are a view of it.
    ImmutableList<QuestionResult> all = ImmutableList.copyOf(questions);
    ImmutableList.Builder<DimensionResult> dimensions = ImmutableList.builderWithExpectedSize(ix.dimensions.length);
    for (int d = 0; d < ix.dimensions.length; d++) {
      dimensions.add(
          new DimensionResult(
              ix.dimensions[d],
              ix.dimensionCombination[d],
              ix.level(r.present()[d]),
              ix.level(r.target()[d]),
              assessment.target(d) != ModelIndex.NONE,
              all.subList(ix.questionStart[d], ix.questionStart[d + 1])));
    }
    return dimensions.build();
  }

  public MaturityModel model() {
    return assessment.model();
  }

  /**
   * This evaluation with the model's texts in a declared language ({@link
   * MaturityModel#translated}): the same levels, scores and plan, with translated names and texts.
   *
   * @throws IllegalArgumentException if the model does not declare the language
   */
  public Evaluation translated(String languageId) {
    MaturityModel shown = model().translated(languageId);
    if (shown.equals(model())) {
      return this;
    }
    try {
      return shown.evaluate(assessment().forModel(shown));
    } catch (AssessmentException e) {
      throw new IllegalStateException("a translated model evaluates the same assessment", e);
    }
  }

  public Assessment assessment() {
    return assessment;
  }

  /** Who was assessed. */
  public String subject() {
    return assessment.subject();
  }

  /** Every dimension's determination, in model order. */
  public ImmutableList<DimensionResult> dimensions() {
    ImmutableList<DimensionResult> made = dimensions;
    if (made == null) {
      made = fromRanks(java.util.Objects.requireNonNull(ranks));
      dimensions = made;   // made alike by any thread that gets here first
    }
    return made;
  }

  public Optional<DimensionResult> dimension(String id) {
    return dimensions().stream().filter(d -> d.dimension().id().equals(id)).findFirst();
  }

  /** Every group's determination, in model order; empty for a model without groups. */
  public ImmutableList<GroupResult> groups() {
    return groups;
  }

  /** The overall exact score: the overall rule over the group (or dimension) scores. */
  public Optional<Score> score() {
    if (!model().rules().hasOverallLevel()) {
      return Optional.empty();
    }
    return Scoring.combine(model().rules().overallLevel(), members(false));
  }

  /** The overall target's score: the given target's score, else the overall target rule's. */
  public Optional<Score> targetScore() {
    if (assessment.overallTarget().isPresent()) {
      return target.map(Level::score);
    }
    if (!model().rules().hasOverallTarget()) {
      return Optional.empty();
    }
    return Scoring.combine(model().rules().overallTarget(), members(true));
  }

  private List<Scoring.Member> members(boolean targets) {
    List<Scoring.Member> members = new ArrayList<>();
    if (!groups.isEmpty()) {
      for (GroupResult g : groups) {
        (targets ? g.targetScore() : g.contribution())
            .ifPresent(s -> members.add(new Scoring.Member(g.group().id(), s, BigDecimal.ONE, -1)));
      }
      return members;
    }
    for (DimensionResult d : dimensions()) {
      (targets ? d.countedTargetScore() : d.contribution())
          .ifPresent(s -> members.add(new Scoring.Member(d.dimension().id(), s, d.dimension().weight(), -1)));
    }
    return members;
  }

  /** Every question's determination, in model order. */
  public ImmutableList<QuestionResult> questions() {
    return dimensions().stream()
        .flatMap(d -> d.questions().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The overall present level; empty when no dimension has a level, or when the model has no
   * overall level ({@code overall level = none}).
   */
  public Optional<Level> present() {
    return present;
  }

  /**
   * True when the overall present level shows with a plus: the rules say {@code between levels =
   * plus} and the overall score lies strictly between the present level's threshold and the next
   * level's ("Level 1+"). See {@link DimensionResult#plus()}.
   */
  public boolean plus() {
    return plus;
  }

  /** As {@link #plus()}, for the overall target and {@link #targetScore()}. */
  public boolean targetPlus() {
    return targetPlus;
  }

  /**
   * The overall target: given in the assessment, or the dimension targets combined; empty when
   * none has a target, or when the model combines none ({@code overall target = none}) and the
   * assessment gives none.
   */
  public Optional<Level> target() {
    return target;
  }

  public ActionPlan plan() {
    return plan;
  }

  /** Why the overall level is what it is, in plain words. */
  public String presentExplanation() {
    if (!model().rules().hasOverallLevel()) {
      return "Overall has no level: the model has none (overall level = none)";
    }
    if (present.isEmpty()) {
      return "Overall has no level: no dimension has one";
    }
    if (model().isScoreBased()) {
      return "Overall is " + present.get().name() + ": "
          + Explanations.scored(model().rules().overallLevel(), members(false), score().orElseThrow(), present.get());
    }
    return "Overall is " + present.get().name() + ": "
        + combine(model().rules().overallLevel(), false, present.get());
  }

  /** Why the overall target is what it is, in plain words. */
  public String targetExplanation() {
    if (assessment.overallTarget().isPresent()) {
      return "Overall aims for " + target.orElseThrow().name() + ": given in the assessment";
    }
    if (!model().rules().hasOverallLevel()) {
      return "Overall has no target: the model has no overall level (overall level = none)";
    }
    if (!model().rules().hasOverallTarget()) {
      return "Overall has no target: none was given, and the model combines none (overall target = none)";
    }
    if (target.isEmpty()) {
      // A dimension's target counts only beside its level, and one with a level always has a target.
      return "Overall has no target: no dimension has a level (one with none is left out, its target too)";
    }
    if (model().isScoreBased()) {
      return "Overall aims for " + target.get().name() + ": "
          + Explanations.scored(model().rules().overallTarget(), members(true), targetScore().orElseThrow(), target.get())
          + (groups.isEmpty() ? " (of the dimension targets)" : " (of the group targets)");
    }
    return "Overall aims for " + target.get().name() + ": "
        + combine(model().rules().overallTarget(), true, target.get()) + " (of the dimension targets)";
  }

  /**
   * Every determination explained, dimension by dimension, then overall (in a model with an
   * overall level).
   */
  public ImmutableList<String> explanation() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (DimensionResult d : dimensions()) {
      d.questions().forEach(q -> lines.add(q.explanation()));
      lines.add(d.explanation());
      lines.add(d.targetExplanation());
    }
    groups.forEach(g -> lines.add(g.explanation()));
    if (model().rules().hasOverallLevel()) {
      lines.add(presentExplanation());
      lines.add(targetExplanation());
    }
    return lines.build();
  }

  private String combine(Combination c, boolean targets, Level result) {
    ImmutableList<DimensionResult> counted =
        dimensions().stream()
            .filter(d -> (targets ? d.target() : d.present()).isPresent())
            .collect(ImmutableList.toImmutableList());
    String[] labels = new String[counted.size()];
    int[] ranks = new int[counted.size()];
    BigDecimal[] weights = new BigDecimal[counted.size()];
    for (int i = 0; i < labels.length; i++) {
      DimensionResult d = counted.get(i);
      Level level = (targets ? d.target() : d.present()).get();
      labels[i] = d.dimension().id() + " " + level.name();
      ranks[i] = level.rank();
      weights[i] = d.dimension().weight();
    }
    return Explanations.combination(c, labels, ranks, weights, result);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evaluation e
        && assessment.equals(e.assessment)
        && dimensions().equals(e.dimensions())
        && groups.equals(e.groups)
        && present.equals(e.present)
        && target.equals(e.target)
        && plan.equals(e.plan)
        && plus == e.plus
        && targetPlus == e.targetPlus;
  }

  @Override
  public int hashCode() {
    return dimensions().hashCode() * 31 + plan.hashCode();
  }

  @Override
  public String toString() {
    return "Evaluation[" + subject() + ": " + present.map(Level::name).orElse("none") + " -> "
        + target.map(Level::name).orElse("none") + ", " + plan.size() + " actions]";
  }
}
