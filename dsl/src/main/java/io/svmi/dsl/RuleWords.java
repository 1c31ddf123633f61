package io.svmi.dsl;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Combination;
import io.svmi.PlanPolicy;
import java.util.Optional;

/**
 * The words of the {@code rules} block, shared by the reader and the printer: rule names, and
 * combinations such as {@code mean of dimensions rounded down}.
 */
final class RuleWords {
  private RuleWords() {}

  static final String DIMENSION_LEVEL = "dimension level";
  static final String GROUP_LEVEL = "group level";
  static final String OVERALL_LEVEL = "overall level";
  static final String OVERALL_TARGET = "overall target";
  static final String ACTION_PLAN = "action plan";
  static final String UNANSWERED = "unanswered";
  static final String BETWEEN_LEVELS = "between levels";

  /** Every rule name, in canonical order. */
  static final ImmutableList<String> RULES =
      ImmutableList.of(
          DIMENSION_LEVEL, GROUP_LEVEL, OVERALL_LEVEL, OVERALL_TARGET, ACTION_PLAN, UNANSWERED, BETWEEN_LEVELS);

  /** {@code between levels = plus}: a score between two levels shows as the lower one with a plus. */
  static final String PLUS = "plus";

  /** {@code between levels = plain}: the default, the level's name alone. */
  static final String PLAIN = "plain";

  static final String QUESTIONS = "questions";
  static final String DIMENSIONS = "dimensions";
  static final String DIMENSION_TARGETS = "dimension targets";
  static final String GROUPS = "groups";
  static final String GROUP_TARGETS = "group targets";

  /**
   * What a combination rule combines: questions, dimensions or dimension targets; in a model with
   * groups, the overall rules combine groups or group targets.
   */
  static String subjectOf(String rule, boolean grouped) {
    return switch (rule) {
      case DIMENSION_LEVEL -> QUESTIONS;
      case GROUP_LEVEL -> DIMENSIONS;
      case OVERALL_LEVEL -> grouped ? GROUPS : DIMENSIONS;
      default -> grouped ? GROUP_TARGETS : DIMENSION_TARGETS;
    };
  }

  /** {@code lowest of questions}, {@code weighted mean of dimensions rounded to nearest}. */
  static String phrase(Combination c, String subject) {
    return switch (c) {
      case LOWEST -> "lowest of " + subject;
      case HIGHEST -> "highest of " + subject;
      case LOWER_MEDIAN -> "lower median of " + subject;
      case MEAN_ROUNDED_DOWN -> "mean of " + subject + " rounded down";
      case MEAN_ROUNDED_TO_NEAREST -> "mean of " + subject + " rounded to nearest";
      case WEIGHTED_MEAN_ROUNDED_DOWN -> "weighted mean of " + subject + " rounded down";
      case WEIGHTED_MEAN_ROUNDED_TO_NEAREST -> "weighted mean of " + subject + " rounded to nearest";
      case MEAN -> "mean of " + subject;
      case WEIGHTED_MEAN -> "weighted mean of " + subject;
      case SUM -> "sum of " + subject;
      case WEIGHTED_SUM -> "weighted sum of " + subject;
      case SUM_OF_MEANS_BY_LEVEL -> "sum of means by level of " + subject;
      case STAGED -> "staged";
      case INDICATORS -> "indicators";
    };
  }

  /**
   * Every combination phrase for a subject, by phrase ('sum of means by level', 'staged' and
   * 'indicators' for questions only).
   */
  static ImmutableMap<String, Combination> phrases(String subject) {
    ImmutableMap.Builder<String, Combination> b = ImmutableMap.builder();
    for (Combination c : Combination.values()) {
      if (c != Combination.SUM_OF_MEANS_BY_LEVEL && c != Combination.STAGED && c != Combination.INDICATORS
          || subject.equals(QUESTIONS)) {
        b.put(phrase(c, subject), c);
      }
    }
    return b.buildOrThrow();
  }

  static Optional<Combination> combination(String words, String subject) {
    return Optional.ofNullable(phrases(subject).get(words));
  }

  static final ImmutableMap<String, PlanPolicy> POLICIES =
      ImmutableMap.of(
          PlanPolicy.NEXT_LEVEL.words(), PlanPolicy.NEXT_LEVEL,
          PlanPolicy.UP_TO_TARGET.words(), PlanPolicy.UP_TO_TARGET,
          PlanPolicy.UP_TO_TOP.words(), PlanPolicy.UP_TO_TOP);

  /** {@code overall level = none}, {@code overall target = none}: the model combines none. */
  static final String NONE = "none";

  /** {@code unanswered = error}. */
  static final String ERROR = "error";

  /** {@code unanswered = level error}: the explicit form, needed for a level named 'error'. */
  static final String LEVEL = "level";
}
