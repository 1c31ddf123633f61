package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one dimension was determined: its present level (empty when every question is not
 * applicable), its target (given in the assessment, or else its present level), and its questions.
 *
 * <p>{@code plus} is true when the model's rules show a score between levels with a plus
 * ({@code between levels = plus}) and the dimension's {@link #score()} lies strictly between its
 * present level's threshold and the next level's: shown as the level's name and "+" ("Level 1+",
 * SAMM's "1+"). {@code targetPlus} is the same for the target and {@link #targetScore()}. Both are
 * false for models that do not ask for it.
 */
public record DimensionResult(
    Dimension dimension,
    Combination combination,
    Optional<Level> present,
    Optional<Level> target,
    boolean targetGiven,
    ImmutableList<QuestionResult> questions,
    boolean plus,
    boolean targetPlus) {

  public DimensionResult {
    checkNotNull(dimension, "dimension");
    checkNotNull(combination, "combination");
    checkNotNull(present, "present");
    checkNotNull(target, "target");
    checkNotNull(questions, "questions");
  }

  /** A result without a plus. */
  public DimensionResult(
      Dimension dimension,
      Combination combination,
      Optional<Level> present,
      Optional<Level> target,
      boolean targetGiven,
      ImmutableList<QuestionResult> questions) {
    this(dimension, combination, present, target, targetGiven, questions, false, false);
  }

  /** Ranks from present to target (negative when the target is below), when both are known. */
  public OptionalInt gap() {
    if (present.isEmpty() || target.isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(target.get().rank() - present.get().rank());
  }

  /**
   * The dimension's exact score: its combination over its applicable questions' scores; under the
   * staged rule and grading by indicators, its level's score.
   */
  public Optional<Score> score() {
    if (combination == Combination.STAGED || combination == Combination.INDICATORS) {
      return present.map(Level::score);
    }
    return Scoring.combine(combination, members());
  }

  /**
   * The target's score: the given target level's score; without one, the dimension keeps what it
   * contributes now ({@link #contribution()}).
   */
  public Optional<Score> targetScore() {
    return targetGiven ? target.map(Level::score) : contribution();
  }

  /**
   * What the dimension contributes to the group or overall combination: its score, or, when its
   * combination rounds to a rank ("mean … rounded down"), its level's score, so that ordinal
   * models combine levels as they always have.
   */
  public Optional<Score> contribution() {
    return combination.roundsToRank() ? present.map(Level::score) : score();
  }

  List<Scoring.Member> members() {
    List<Scoring.Member> members = new ArrayList<>();
    for (QuestionResult q : questions) {
      Optional<Score> s = q.score();
      if (s.isPresent()) {
        Question question = q.question();
        members.add(
            new Scoring.Member(question.id(), s.get(), question.weight(), question.at().map(Level::rank).orElse(-1),
                q.level().map(Level::rank).orElse(-1)));
      }
    }
    return members;
  }

  /** True when the explanation speaks of scores rather than ranks. */
  private boolean scored() {
    return combination.needsThresholds()
        || present.flatMap(Level::threshold).isPresent()
        || questions.stream().anyMatch(q -> q.question().isValued());
  }

  public boolean hasReachedTarget() {
    return gap().orElse(0) <= 0;
  }

  /** Why the dimension stands where it does: "A Policy &amp; Scope is Mature: lowest of A1 Mature, A2 Leader". */
  public String explanation() {
    String subject = dimension.id() + " " + dimension.name();
    ImmutableList<QuestionResult> counted =
        questions.stream().filter(q -> q.level().isPresent()).collect(ImmutableList.toImmutableList());
    if (present.isEmpty()) {
      return subject + " has no level: "
          + (questions.isEmpty() ? "it has no question" : "every question is not applicable");
    }
    if (combination == Combination.INDICATORS) {
      return subject + " is " + present.get().name() + ": " + Explanations.indicators(counted, present.get());
    }
    if (combination == Combination.STAGED) {
      return subject + " is " + present.get().name() + ": " + Explanations.staged(counted)
          + questions.stream()
              .filter(QuestionResult::isNotApplicable)
              .map(q -> "; " + q.question().id() + " is not applicable and left out")
              .reduce("", String::concat);
    }
    if (scored()) {
      return subject + " is " + present.get().name() + ": "
          + Explanations.scored(combination, members(), score().orElseThrow(), present.get())
          + questions.stream()
              .filter(QuestionResult::isNotApplicable)
              .map(q -> "; " + q.question().id() + " is not applicable and left out")
              .reduce("", String::concat);
    }
    String[] labels = new String[counted.size()];
    int[] ranks = new int[counted.size()];
    BigDecimal[] weights = new BigDecimal[counted.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = counted.get(i).question().id() + " " + counted.get(i).level().get().name();
      ranks[i] = counted.get(i).level().get().rank();
      weights[i] = counted.get(i).question().weight();
    }
    StringBuilder s = new StringBuilder(subject).append(" is ").append(present.get().name()).append(": ");
    s.append(Explanations.combination(combination, labels, ranks, weights, present.get()));
    questions.stream()
        .filter(QuestionResult::isNotApplicable)
        .forEach(q -> s.append("; ").append(q.question().id()).append(" is not applicable and left out"));
    return s.toString();
  }

  /** Why the target is what it is. */
  public String targetExplanation() {
    String subject = dimension.id() + " " + dimension.name();
    if (target.isEmpty()) {
      return subject + " has no target: none was given and it has no present level";
    }
    return subject + " aims for " + target.get().name()
        + (scored() ? targetScore().map(t -> " (score " + t + ")").orElse("") : "")
        + (targetGiven ? ": given in the assessment" : ": no target was given, so it keeps its present level")
        + (targetGiven && present.isEmpty() ? ignoredTarget() : "");
  }

  /**
   * True when the assessment gives this dimension a target it has no level to aim from (every
   * question not applicable): the target is shown, but the overall target leaves it out, as the
   * overall level leaves the dimension out.
   */
  public boolean targetLeftOut() {
    return targetGiven && present.isEmpty();
  }

  /** What the dimension's target contributes to the group or overall target: nothing without a level. */
  Optional<Score> countedTargetScore() {
    return present.isPresent() ? targetScore() : Optional.empty();
  }

  private static String ignoredTarget() {
    return "; every question is not applicable, so it has no level and the overall target leaves it out";
  }
}
