package io.svmi.testkit;

import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.Combination;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.PlanPolicy;
import io.svmi.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deliberately simple evaluator of ordinal models, written from {@code docs/language.md} and not
 * from core's code: maps of strings, lists, {@link BigDecimal}, no index, no scores. Core's evaluator
 * is tuned for speed (arrays, exact rationals, one allocation); this one is tuned for being obviously
 * right, so that a property can compare the two on generated models and assessments.
 *
 * <p>Covers what the language calls ordinal models: level options (and not applicable), the six
 * rounding combinations, weights, per-dimension overrides, the three plan policies and both
 * meanings of an unanswered question. Score-based models (thresholds, valued options, groups,
 * combinations read by thresholds) are refused.
 */
final class ReferenceEvaluator {
  private ReferenceEvaluator() {}

  /** What an evaluation must say, by id; levels by id, the plan as "dimension question level text". */
  record Expected(
      Map<String, Optional<String>> questions,
      Map<String, Optional<String>> present,
      Map<String, Optional<String>> targets,
      Optional<String> overall,
      Optional<String> overallTarget,
      List<String> plan) {}

  /** The same facts read off core's evaluation, to compare with {@link #evaluate}. */
  static Expected observed(Evaluation e) {
    Map<String, Optional<String>> questions = new LinkedHashMap<>();
    e.questions().forEach(q -> questions.put(q.question().id(), q.level().map(Level::id)));
    Map<String, Optional<String>> present = new LinkedHashMap<>();
    Map<String, Optional<String>> targets = new LinkedHashMap<>();
    for (DimensionResult d : e.dimensions()) {
      present.put(d.dimension().id(), d.present().map(Level::id));
      targets.put(d.dimension().id(), d.target().map(Level::id));
    }
    List<String> plan = e.plan().actions().stream()
        .map(a -> step(a.dimensionId(), a.questionId(), a.level().id(), a.text()))
        .toList();
    return new Expected(questions, present, targets, e.present().map(Level::id), e.target().map(Level::id), plan);
  }

  static boolean covers(MaturityModel model) {
    return model.groups().isEmpty()
        && !model.scale().hasThresholds()
        && model.questions().values().stream().noneMatch(Question::isValued)
        && rankCombinations(model);
  }

  private static boolean rankCombinations(MaturityModel model) {
    List<Combination> used = new ArrayList<>(List.of(
        model.rules().dimensionLevel(), model.rules().overallLevel(), model.rules().overallTarget()));
    model.dimensions().values().forEach(d -> d.combination().ifPresent(used::add));
    return used.stream().noneMatch(Combination::needsThresholds);
  }

  static Expected evaluate(Assessment assessment) {
    MaturityModel model = assessment.model();
    if (!covers(model)) {
      throw new IllegalArgumentException("the reference evaluator covers ordinal models only: " + model);
    }
    Map<String, Optional<String>> questions = new LinkedHashMap<>();
    Map<String, Optional<String>> present = new LinkedHashMap<>();
    Map<String, Optional<String>> targets = new LinkedHashMap<>();
    List<Weighted> dimensionLevels = new ArrayList<>();
    List<Weighted> dimensionTargets = new ArrayList<>();
    List<String> plan = new ArrayList<>();

    for (Dimension dimension : model.dimensions().values()) {
      List<Weighted> questionLevels = new ArrayList<>();
      for (Question question : dimension.questions().values()) {
        Optional<Integer> rank = questionRank(model, question, assessment.answers().get(question.id()));
        questions.put(question.id(), rank.map(r -> levelId(model, r)));
        rank.ifPresent(r -> questionLevels.add(new Weighted(r, question.weight())));
      }
      Combination rule = dimension.combination().orElse(model.rules().dimensionLevel());
      Optional<Integer> dimensionLevel = rule == Combination.STAGED
          ? staged(model, dimension, questions)
          : rule == Combination.INDICATORS ? indicators(model, dimension, questions)
          : combine(rule, questionLevels);
      // A target of its own, else the named profile's (language.md, "profile").
      Optional<Integer> target = Optional.ofNullable(assessment.targets().get(dimension.id()))
          .or(() -> assessment.profile().flatMap(p -> p.target(dimension.id())))
          .map(Level::rank)
          .or(() -> dimensionLevel);
      present.put(dimension.id(), dimensionLevel.map(r -> levelId(model, r)));
      targets.put(dimension.id(), target.map(r -> levelId(model, r)));
      dimensionLevel.ifPresent(r -> dimensionLevels.add(new Weighted(r, dimension.weight())));
      // A dimension with no level counts in the overall target no more than in the overall level.
      target.filter(r -> dimensionLevel.isPresent()).ifPresent(r -> dimensionTargets.add(new Weighted(r, dimension.weight())));
      plan.addAll(rule == Combination.INDICATORS
          ? indicatorPlan(model, dimension, questions, dimensionLevel, target)
          : planOf(model, dimension, questions, target, assessment.targetAnswers()));
    }
    // 'overall level = none': no overall level nor target; 'overall target = none': only a given one.
    Optional<Integer> overall = model.rules().hasOverallLevel()
        ? combine(model.rules().overallLevel(), dimensionLevels)
        : Optional.empty();
    Optional<Integer> overallTarget = assessment.overallTarget().map(Level::rank)
        .or(() -> model.rules().hasOverallTarget()
            ? combine(model.rules().overallTarget(), dimensionTargets)
            : Optional.empty());
    return new Expected(questions, present, targets, overall.map(r -> levelId(model, r)),
        overallTarget.map(r -> levelId(model, r)), plan);
  }

  /**
   * language.md's staged rule: the highest level such that every applicable question placed at it
   * or below stands at least at the level it is placed at; no level when no question counts.
   */
  private static Optional<Integer> staged(MaturityModel model, Dimension dimension,
      Map<String, Optional<String>> questionLevels) {
    List<Question> counted = dimension.questions().values().stream()
        .filter(q -> questionLevels.get(q.id()).isPresent()).toList();
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    int reached = 0;
    for (Level level : model.scale().levels()) {
      boolean everyMet = counted.stream()
          .filter(q -> q.at().orElseThrow().rank() <= level.rank())
          .allMatch(q -> model.scale().level(questionLevels.get(q.id()).get()).orElseThrow().rank()
              >= q.at().orElseThrow().rank());
      if (!everyMet) {
        break;
      }
      reached = level.rank();
    }
    return Optional.of(reached);
  }

  /**
   * language.md's grading by indicators: the lowest level when a counted question placed at the
   * lowest level stands there (holds); else the highest level at which questions are placed and all
   * counted ones placed there stand at least at it (are met); else the lowest. No level when no
   * question counts.
   */
  private static Optional<Integer> indicators(MaturityModel model, Dimension dimension,
      Map<String, Optional<String>> questionLevels) {
    List<Question> counted = dimension.questions().values().stream()
        .filter(q -> questionLevels.get(q.id()).isPresent()).toList();
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    if (counted.stream().anyMatch(q -> q.at().orElseThrow().rank() == 0 && rank(model, questionLevels, q) == 0)) {
      return Optional.of(0);
    }
    for (int column = model.scale().size() - 1; column > 0; column--) {
      int c = column;
      List<Question> inColumn = counted.stream().filter(q -> q.at().orElseThrow().rank() == c).toList();
      if (!inColumn.isEmpty() && inColumn.stream().allMatch(q -> rank(model, questionLevels, q) >= c)) {
        return Optional.of(column);
      }
    }
    return Optional.of(0);
  }

  private static int rank(MaturityModel model, Map<String, Optional<String>> questionLevels, Question q) {
    return model.scale().level(questionLevels.get(q.id()).orElseThrow()).orElseThrow().rank();
  }

  /**
   * language.md's plan of a dimension graded by indicators: the column aimed for (the lowest
   * column above the present level under next level; the lowest at or above the target, or the
   * highest when the target is above every column, under up to target; the highest under up to
   * top), then, by level, each lowest-column question that holds, to the first column, and each
   * question of the aimed column not met, to it; a question's text to that level, or an
   * indicator's own statement to its column.
   */
  private static List<String> indicatorPlan(MaturityModel model, Dimension dimension,
      Map<String, Optional<String>> questions, Optional<Integer> present, Optional<Integer> target) {
    List<String> steps = new ArrayList<>();
    if (present.isEmpty()) {
      return steps;
    }
    List<Question> counted = dimension.questions().values().stream()
        .filter(q -> questions.get(q.id()).isPresent()).toList();
    java.util.TreeSet<Integer> columns = new java.util.TreeSet<>();
    counted.forEach(q -> {
      if (q.at().orElseThrow().rank() > present.get()) {
        columns.add(q.at().orElseThrow().rank());
      }
    });
    if (columns.isEmpty()) {
      return steps;
    }
    Integer aim = switch (model.rules().actionPlan()) {
      case NEXT_LEVEL -> columns.first();
      case UP_TO_TOP -> columns.last();
      case UP_TO_TARGET -> target.filter(t -> t > present.get())
          .map(t -> columns.ceiling(t) == null ? columns.last() : columns.ceiling(t)).orElse(null);
    };
    if (aim == null) {
      return steps;
    }
    int first = dimension.questions().values().stream()
        .mapToInt(q -> q.at().orElseThrow().rank()).filter(r -> r > 0).min().orElse(1);
    for (Level level : model.scale().levels()) {
      for (Question q : counted) {
        int at = q.at().orElseThrow().rank();
        int r = rank(model, questions, q);
        boolean holds = at == 0 && r == 0 && level.rank() == first;
        boolean toMeet = at == aim && at == level.rank() && r < at;
        if (holds || toMeet) {
          String text = Optional.ofNullable(q.actions().get(level.id())).map(Action::text)
              .orElse(q.indicator() && toMeet ? q.text() : "");
          steps.add(step(dimension.id(), q.id(), level.id(), text));
        }
      }
    }
    return steps;
  }

  /** The question's rank: its option's level, none when not applicable, the unanswered level. */
  private static Optional<Integer> questionRank(MaturityModel model, Question question, String optionId) {
    if (optionId == null) {
      return model.rules().unanswered().level().map(Level::rank);
    }
    Option option = question.options().get(optionId);
    return option.level().map(Level::rank);
  }

  /**
   * The dimension's steps, by level then question: which levels each policy asks for. A question's
   * target answer caps its steps at that answer's level, and under 'up to target' stands for the
   * dimension's target.
   */
  private static List<String> planOf(MaturityModel model, Dimension dimension,
      Map<String, Optional<String>> questions, Optional<Integer> target, Map<String, String> targetAnswers) {
    List<String> steps = new ArrayList<>();
    PlanPolicy policy = model.rules().actionPlan();
    boolean staged = dimension.combination().orElse(model.rules().dimensionLevel()) == Combination.STAGED;
    boolean highWater = dimension.combination().orElse(model.rules().dimensionLevel()) == Combination.HIGHEST;
    for (Level level : model.scale().levels()) {
      for (Question question : dimension.questions().values()) {
        Optional<String> at = questions.get(question.id());
        if (at.isEmpty()) {
          continue;
        }
        int rank = model.scale().level(at.get()).orElseThrow().rank();
        Optional<Integer> own = Optional.ofNullable(targetAnswers.get(question.id()))
            .map(o -> question.options().get(o).level().orElseThrow().rank());
        // A staged dimension's question has nothing to do above the level it is placed at, unless
        // the assessment gives it a higher target answer (language.md).
        if (staged && own.isEmpty() && level.rank() > question.at().orElseThrow().rank()) {
          continue;
        }
        // A high-water dimension's question steps only to levels its options give (language.md).
        if (highWater && question.options().values().stream()
            .noneMatch(o -> o.level().map(l -> l.rank() == level.rank()).orElse(false))) {
          continue;
        }
        int next = highWater
            ? question.options().values().stream().flatMap(o -> o.level().stream()).mapToInt(Level::rank)
                .filter(r -> r > rank).min().orElse(-1)
            : rank + 1;
        Optional<Integer> aim = policy == PlanPolicy.UP_TO_TARGET && own.isPresent() ? own : target;
        boolean planned = switch (policy) {
          case NEXT_LEVEL -> level.rank() == next;
          case UP_TO_TARGET -> level.rank() > rank && aim.isPresent() && level.rank() <= aim.get();
          case UP_TO_TOP -> level.rank() > rank;
        };
        planned &= own.map(o -> level.rank() <= o).orElse(true);
        if (planned) {
          String text = Optional.ofNullable(question.actions().get(level.id())).map(Action::text).orElse("");
          steps.add(step(dimension.id(), question.id(), level.id(), text));
        }
      }
    }
    return steps;
  }

  static String step(String dimension, String question, String level, String text) {
    return dimension + " " + question + " " + level + " " + text;
  }

  private record Weighted(int rank, BigDecimal weight) {}

  /** The combinations as the language reference states them; none of nothing. */
  static Optional<Integer> combine(Combination rule, List<Weighted> levels) {
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    int n = levels.size();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weightedSum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Weighted w : levels) {
      sum = sum.add(BigDecimal.valueOf(w.rank()));
      weightedSum = weightedSum.add(w.weight().multiply(BigDecimal.valueOf(w.rank())));
      weights = weights.add(w.weight());
    }
    List<Integer> sorted = levels.stream().map(Weighted::rank).sorted(Comparator.naturalOrder()).toList();
    BigDecimal count = BigDecimal.valueOf(n);
    int rank = switch (rule) {
      case LOWEST -> sorted.get(0);
      case HIGHEST -> sorted.get(n - 1);
      case LOWER_MEDIAN -> sorted.get((n - 1) / 2);
      case MEAN_ROUNDED_DOWN -> sum.divide(count, 0, RoundingMode.FLOOR).intValueExact();
      case MEAN_ROUNDED_TO_NEAREST -> sum.divide(count, 0, RoundingMode.HALF_UP).intValueExact();
      case WEIGHTED_MEAN_ROUNDED_DOWN -> weightedSum.divide(weights, 0, RoundingMode.FLOOR).intValueExact();
      case WEIGHTED_MEAN_ROUNDED_TO_NEAREST -> weightedSum.divide(weights, 0, RoundingMode.HALF_UP).intValueExact();
      default -> throw new IllegalArgumentException(rule.words() + " is read by thresholds");
    };
    return Optional.of(rank);
  }

  private static String levelId(MaturityModel model, int rank) {
    return model.scale().atRank(rank).id();
  }
}
