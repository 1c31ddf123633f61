package io.svmi.testkit;

import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.Combination;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Group;
import io.svmi.GroupResult;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.PlanPolicy;
import io.svmi.Question;
import io.svmi.QuestionResult;
import io.svmi.Score;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deliberately simple evaluator of valued, score-based models (OWASP SAMM's shape), written from
 * {@code docs/language.md} ("Score-based models") and OWASP's scoring, not from core's code: its
 * own fractions ({@link Fraction}), maps of strings, no index. A property compares it with core on
 * generated models and assessments.
 *
 * <p>Covers models whose levels have thresholds, whose options all carry values (or are not
 * applicable), whose rules are the scoring combinations (mean, weighted mean, sum, weighted sum,
 * sum of means by level; lowest and lower median read by thresholds), with or without groups,
 * with {@code unanswered = error}, with targets, an overall target and target answers. Question
 * levels are compared for questions with an {@code at} level only.
 */
final class ScoreReferenceEvaluator {
  private ScoreReferenceEvaluator() {}

  /** Scores as "n/d" in lowest terms, levels by id, the plan as "dimension question level text". */
  record Expected(
      Map<String, Optional<String>> questionLevels,
      Map<String, String> dimensions,
      Map<String, String> groups,
      String overall,
      List<String> plan) {}

  static boolean covers(MaturityModel model) {
    return model.scale().hasThresholds()
        && model.rules().unanswered().isError()
        && model.questions().values().stream().allMatch(q -> q.options().values().stream()
            .allMatch(o -> o.value().isPresent() || o.isNotApplicable()))
        && usedCombinations(model).stream().allMatch(ScoreReferenceEvaluator::scores);
  }

  private static List<Combination> usedCombinations(MaturityModel model) {
    List<Combination> used = new ArrayList<>(List.of(model.rules().dimensionLevel(),
        model.rules().overallLevel(), model.rules().overallTarget()));
    if (!model.groups().isEmpty()) {
      used.add(model.rules().groupLevel());
    }
    model.dimensions().values().forEach(d -> d.combination().ifPresent(used::add));
    return used;
  }

  private static boolean scores(Combination c) {
    return c.needsThresholds() || c == Combination.LOWEST || c == Combination.HIGHEST || c == Combination.LOWER_MEDIAN
        || c == Combination.STAGED;
  }

  static Expected evaluate(Assessment assessment) {
    MaturityModel model = assessment.model();
    if (!covers(model)) {
      throw new IllegalArgumentException("the score reference evaluator covers valued score models only");
    }
    Map<String, Optional<String>> questionLevels = new LinkedHashMap<>();
    Map<String, String> dimensions = new LinkedHashMap<>();
    Map<String, Weighted> dimensionScores = new LinkedHashMap<>();
    Map<String, Weighted> dimensionTargets = new LinkedHashMap<>();
    List<String> plan = new ArrayList<>();

    for (Dimension dimension : model.dimensions().values()) {
      List<Weighted> values = new ArrayList<>();
      Map<Integer, List<Weighted>> byLevel = new TreeMap<>();
      for (Question question : dimension.questions().values()) {
        Option answer = question.options().get(assessment.answers().get(question.id()));
        boolean done = answer.value().map(v -> v.compareTo(question.fullValue()) == 0).orElse(false);
        questionLevels.put(question.id(), answer.isNotApplicable() || question.at().isEmpty()
            ? Optional.empty()
            : Optional.of(done ? question.at().get().id() : model.scale().below(question.at().get())
                .orElse(model.scale().lowest()).id()));
        answer.value().ifPresent(v -> {
          Weighted w = new Weighted(Fraction.of(v), question.weight());
          values.add(w);
          question.at().ifPresent(at -> byLevel.computeIfAbsent(at.rank(), k -> new ArrayList<>()).add(w));
        });
      }
      Combination rule = dimension.combination().orElse(model.rules().dimensionLevel());
      Optional<Fraction> score = rule == Combination.SUM_OF_MEANS_BY_LEVEL ? sumOfMeans(byLevel)
          : rule == Combination.STAGED ? staged(model, dimension, assessment)
          : combine(rule, values);
      Optional<Level> present = score.map(s -> levelOf(model, s));
      Optional<Level> given = Optional.ofNullable(assessment.targets().get(dimension.id()))
          .or(() -> assessment.profile().flatMap(p -> p.target(dimension.id())));
      Optional<Fraction> targetScore = given.map(l -> Fraction.of(l.threshold().orElseThrow())).or(() -> score);
      Optional<Level> target = given.or(() -> present);
      dimensions.put(dimension.id(), describe(score, present) + " -> " + describe(targetScore, target));
      score.ifPresent(s -> dimensionScores.put(dimension.id(), new Weighted(s, dimension.weight())));
      // A dimension with no score (every question not applicable) counts in no target, as in no level.
      targetScore.filter(t -> score.isPresent()).ifPresent(s -> dimensionTargets.put(dimension.id(), new Weighted(s, dimension.weight())));
      plan.addAll(planOf(model, dimension, assessment, target));
    }

    Map<String, String> groups = new LinkedHashMap<>();
    List<Weighted> overallMembers = new ArrayList<>(dimensionScores.values());
    List<Weighted> overallTargets = new ArrayList<>(dimensionTargets.values());
    if (!model.groups().isEmpty()) {
      overallMembers.clear();
      overallTargets.clear();
      for (Group group : model.groups().values()) {
        List<Weighted> members = group.dimensionIds().stream()
            .filter(dimensionScores::containsKey).map(dimensionScores::get).toList();
        List<Weighted> targets = group.dimensionIds().stream()
            .filter(dimensionTargets::containsKey).map(dimensionTargets::get).toList();
        Optional<Fraction> score = combine(model.rules().groupLevel(), members);
        Optional<Fraction> target = combine(model.rules().groupLevel(), targets);
        groups.put(group.id(), describe(score, score.map(s -> levelOf(model, s)))
            + " -> " + describe(target, target.map(s -> levelOf(model, s))));
        score.ifPresent(s -> overallMembers.add(new Weighted(s, BigDecimal.ONE)));
        target.ifPresent(s -> overallTargets.add(new Weighted(s, BigDecimal.ONE)));
      }
    }
    // 'overall level = none': no overall level nor target; 'overall target = none': only a given one.
    Optional<Fraction> overall = model.rules().hasOverallLevel()
        ? combine(model.rules().overallLevel(), overallMembers)
        : Optional.empty();
    Optional<Fraction> overallTarget = assessment.overallTarget()
        .map(l -> Fraction.of(l.threshold().orElseThrow()))
        .or(() -> model.rules().hasOverallTarget()
            ? combine(model.rules().overallTarget(), overallTargets)
            : Optional.empty());
    return new Expected(questionLevels, dimensions, groups,
        describe(overall, overall.map(s -> levelOf(model, s)))
            + " -> " + describe(overallTarget, overallTarget.map(s -> levelOf(model, s))),
        plan);
  }

  /**
   * A valued question is planned once, at its {@code at} level (never without one, nor at the
   * lowest level: W0306), and never when answered not applicable. With a target answer, when its
   * answer's value is below the target answer's, under every policy; without one, when not done
   * (short of its full value) and, under {@code up to target}, only up to its dimension's target
   * (language.md, "Targets per question").
   */
  private static List<String> planOf(MaturityModel model, Dimension dimension, Assessment assessment,
      Optional<Level> target) {
    List<String> steps = new ArrayList<>();
    for (Level level : model.scale().levels()) {
      for (Question question : dimension.questions().values()) {
        Option answer = question.options().get(assessment.answers().get(question.id()));
        if (question.at().isEmpty() || !question.at().get().equals(level) || level.rank() == 0
            || answer.isNotApplicable()) {
          continue;
        }
        BigDecimal value = answer.value().orElseThrow();
        Optional<Option> aim = Optional.ofNullable(assessment.targetAnswers().get(question.id()))
            .map(question.options()::get);
        boolean planned = aim.isPresent()
            ? value.compareTo(aim.get().value().orElseThrow()) < 0
            : value.compareTo(question.fullValue()) < 0
                && (model.rules().actionPlan() != PlanPolicy.UP_TO_TARGET
                    || target.map(t -> level.rank() <= t.rank()).orElse(false));
        if (planned) {
          String text = Optional.ofNullable(question.actions().get(level.id())).map(Action::text).orElse("");
          steps.add(ReferenceEvaluator.step(dimension.id(), question.id(), level.id(), text));
        }
      }
    }
    return steps;
  }

  /** The same facts read off core's evaluation. */
  static Expected observed(Evaluation e) {
    Map<String, Optional<String>> questionLevels = new LinkedHashMap<>();
    for (QuestionResult q : e.questions()) {
      questionLevels.put(q.question().id(), q.question().at().isEmpty() ? Optional.empty() : q.level().map(Level::id));
    }
    Map<String, String> dimensions = new LinkedHashMap<>();
    for (DimensionResult d : e.dimensions()) {
      dimensions.put(d.dimension().id(), describe(d.score().map(ScoreReferenceEvaluator::fraction), d.present())
          + " -> " + describe(d.targetScore().map(ScoreReferenceEvaluator::fraction), d.target()));
    }
    Map<String, String> groups = new LinkedHashMap<>();
    for (GroupResult g : e.groups()) {
      groups.put(g.group().id(), describe(g.score().map(ScoreReferenceEvaluator::fraction), g.present())
          + " -> " + describe(g.targetScore().map(ScoreReferenceEvaluator::fraction), g.target()));
    }
    List<String> plan = e.plan().actions().stream()
        .map(a -> ReferenceEvaluator.step(a.dimensionId(), a.questionId(), a.level().id(), a.text()))
        .toList();
    return new Expected(questionLevels, dimensions, groups,
        describe(e.score().map(ScoreReferenceEvaluator::fraction), e.present())
            + " -> " + describe(e.targetScore().map(ScoreReferenceEvaluator::fraction), e.target()),
        plan);
  }

  private static Fraction fraction(Score s) {
    return new Fraction(s.numerator(), s.denominator()).reduced();
  }

  private static String describe(Optional<Fraction> score, Optional<Level> level) {
    return score.map(Fraction::toString).orElse("none") + " " + level.map(Level::id).orElse("none");
  }

  /**
   * language.md's staged rule over valued questions: a question is met when its answer has the
   * full value, or when it is placed at the lowest level; the dimension stands at the level below
   * the lowest level of a question not met (the top when all are), and scores its threshold.
   */
  private static Optional<Fraction> staged(MaturityModel model, Dimension dimension, Assessment assessment) {
    int reached = model.scale().size() - 1;
    boolean counted = false;
    for (Question question : dimension.questions().values()) {
      Option answer = question.options().get(assessment.answers().get(question.id()));
      if (answer.isNotApplicable()) {
        continue;
      }
      counted = true;
      boolean done = answer.value().map(v -> v.compareTo(question.fullValue()) == 0).orElse(false);
      int at = question.at().orElseThrow().rank();
      if (!done && at > 0) {
        reached = Math.min(reached, at - 1);
      }
    }
    return counted
        ? Optional.of(Fraction.of(model.scale().atRank(reached).threshold().orElseThrow()))
        : Optional.empty();
  }

  /** The highest level whose threshold the score reaches; the lowest below every threshold. */
  private static Level levelOf(MaturityModel model, Fraction score) {
    Level found = model.scale().lowest();
    for (Level l : model.scale().levels()) {
      if (score.compareTo(Fraction.of(l.threshold().orElseThrow())) >= 0) {
        found = l;
      }
    }
    return found;
  }

  private record Weighted(Fraction value, BigDecimal weight) {}

  private static Optional<Fraction> sumOfMeans(Map<Integer, List<Weighted>> byLevel) {
    Optional<Fraction> sum = Optional.empty();
    for (List<Weighted> group : byLevel.values()) {
      Fraction mean = combine(Combination.MEAN, group).orElseThrow();
      sum = Optional.of(sum.map(s -> s.plus(mean)).orElse(mean));
    }
    return sum;
  }

  private static Optional<Fraction> combine(Combination rule, List<Weighted> members) {
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Fraction sum = Fraction.ZERO;
    Fraction weightedSum = Fraction.ZERO;
    Fraction weights = Fraction.ZERO;
    for (Weighted m : members) {
      sum = sum.plus(m.value());
      weightedSum = weightedSum.plus(m.value().times(Fraction.of(m.weight())));
      weights = weights.plus(Fraction.of(m.weight()));
    }
    List<Fraction> sorted = members.stream().map(Weighted::value).sorted(Comparator.naturalOrder()).toList();
    int n = members.size();
    return Optional.of(switch (rule) {
      case LOWEST -> sorted.get(0);
      case HIGHEST -> sorted.get(n - 1);
      case LOWER_MEDIAN -> sorted.get((n - 1) / 2);
      case MEAN -> sum.dividedBy(Fraction.of(BigDecimal.valueOf(n)));
      case WEIGHTED_MEAN -> weightedSum.dividedBy(weights);
      case SUM -> sum;
      case WEIGHTED_SUM -> weightedSum;
      default -> throw new IllegalArgumentException(rule.words() + " is not covered");
    });
  }

  /** A non-negative fraction, kept in lowest terms by {@link #reduced()}. */
  record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    static Fraction of(BigDecimal d) {
      return d.scale() <= 0
          ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE)
          : new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale())).reduced();
    }

    Fraction plus(Fraction o) {
      return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)).reduced();
    }

    Fraction times(Fraction o) {
      return new Fraction(num.multiply(o.num), den.multiply(o.den)).reduced();
    }

    Fraction dividedBy(Fraction o) {
      return new Fraction(num.multiply(o.den), den.multiply(o.num)).reduced();
    }

    Fraction reduced() {
      BigInteger g = num.gcd(den);
      return g.signum() == 0 ? ZERO : new Fraction(num.divide(g), den.divide(g));
    }

    @Override
    public int compareTo(Fraction o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
      return num + "/" + den;
    }
  }
}
