package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The result of evaluating an {@link Assessment}: every dimension's determination with its
 * questions, the overall present level and target, and the {@link ActionPlan}. Immutable.
 */
public final class Evaluation {
  private final Assessment assessment;
  private final ImmutableList<DimensionResult> dimensions;
  private final Optional<Level> present;
  private final Optional<Level> target;
  private final ActionPlan plan;

  Evaluation(
      Assessment assessment,
      ImmutableList<DimensionResult> dimensions,
      Optional<Level> present,
      Optional<Level> target,
      ActionPlan plan) {
    this.assessment = checkNotNull(assessment);
    this.dimensions = checkNotNull(dimensions);
    this.present = checkNotNull(present);
    this.target = checkNotNull(target);
    this.plan = checkNotNull(plan);
  }

  public MaturityModel model() {
    return assessment.model();
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
    return dimensions;
  }

  public Optional<DimensionResult> dimension(String id) {
    return dimensions.stream().filter(d -> d.dimension().id().equals(id)).findFirst();
  }

  /** Every question's determination, in model order. */
  public ImmutableList<QuestionResult> questions() {
    return dimensions.stream()
        .flatMap(d -> d.questions().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The overall present level; empty only when no dimension has a level. */
  public Optional<Level> present() {
    return present;
  }

  /** The overall target: given in the assessment, or the dimension targets combined. */
  public Optional<Level> target() {
    return target;
  }

  public ActionPlan plan() {
    return plan;
  }

  /** Why the overall level is what it is, in plain words. */
  public String presentExplanation() {
    if (present.isEmpty()) {
      return "Overall has no level: no dimension has one";
    }
    return "Overall is " + present.get().name() + ": "
        + combine(model().rules().overallLevel(), false, present.get());
  }

  /** Why the overall target is what it is, in plain words. */
  public String targetExplanation() {
    if (target.isEmpty()) {
      return "Overall has no target: no dimension has one";
    }
    if (assessment.overallTarget().isPresent()) {
      return "Overall aims for " + target.get().name() + ": given in the assessment";
    }
    return "Overall aims for " + target.get().name() + ": "
        + combine(model().rules().overallTarget(), true, target.get()) + " (of the dimension targets)";
  }

  /** Every determination explained, dimension by dimension, then overall. */
  public ImmutableList<String> explanation() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (DimensionResult d : dimensions) {
      d.questions().forEach(q -> lines.add(q.explanation()));
      lines.add(d.explanation());
      lines.add(d.targetExplanation());
    }
    lines.add(presentExplanation());
    lines.add(targetExplanation());
    return lines.build();
  }

  private String combine(Combination c, boolean targets, Level result) {
    ImmutableList<DimensionResult> counted =
        dimensions.stream()
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
        && dimensions.equals(e.dimensions)
        && present.equals(e.present)
        && target.equals(e.target)
        && plan.equals(e.plan);
  }

  @Override
  public int hashCode() {
    return dimensions.hashCode() * 31 + plan.hashCode();
  }

  @Override
  public String toString() {
    return "Evaluation[" + subject() + ": " + present.map(Level::name).orElse("none") + " -> "
        + target.map(Level::name).orElse("none") + ", " + plan.size() + " actions]";
  }
}
