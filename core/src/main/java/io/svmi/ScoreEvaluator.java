package io.svmi;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates an assessment of a score-based model (thresholds, valued options, groups or
 * combinations read by thresholds): exact scores everywhere, levels read from them.
 */
final class ScoreEvaluator {
  private ScoreEvaluator() {}

  static Evaluation evaluate(MaturityModel model, Assessment assessment) {
    ModelIndex ix = model.index();
    Scale scale = model.scale();
    Rules rules = model.rules();
    PlanPolicy policy = rules.actionPlan();
    int dimensionCount = ix.dimensions.length;
    ImmutableList.Builder<DimensionResult> dimensions = ImmutableList.builderWithExpectedSize(dimensionCount);
    Planner planner = ix.planner;
    int[] from = new int[ix.questions.length];
    int[] upTo = new int[ix.questions.length];
    int[] ranks = new int[ix.questions.length];
    for (int d = 0; d < dimensionCount; d++) {
      int start = ix.questionStart[d];
      int end = ix.questionStart[d + 1];
      ImmutableList.Builder<QuestionResult> questions = ImmutableList.builderWithExpectedSize(end - start);
      boolean[] done = new boolean[end - start];
      for (int q = start; q < end; q++) {
        Question question = ix.questions[q];
        int option = assessment.answer(q);
        Optional<Option> answer = option == ModelIndex.NONE ? Optional.empty() : Optional.of(ix.options[q][option]);
        Optional<Level> level;
        if (answer.isEmpty()) {
          level = ix.unansweredRank == ModelIndex.NONE ? Optional.empty() : Optional.of(scale.atRank(ix.unansweredRank));
        } else if (answer.get().value().isPresent()) {
          done[q - start] = answer.get().value().get().compareTo(question.fullValue()) >= 0;
          level = Optional.of(valuedLevel(question, answer.get(), done[q - start], scale));
        } else {
          level = answer.get().level();
        }
        questions.add(new QuestionResult(question, answer, level));
      }
      Combination c = ix.dimensionCombination[d];
      ImmutableList<QuestionResult> results = questions.build();
      DimensionResult partial =
          new DimensionResult(ix.dimensions[d], c, Optional.empty(), Optional.empty(), false, results);
      Optional<Level> present;
      Optional<Score> score;
      for (int q = start; q < end; q++) {
        ranks[q] = results.get(q - start).level().map(Level::rank)
            .orElse(results.get(q - start).isNotApplicable() ? ModelIndex.NOT_APPLICABLE : ModelIndex.NONE);
      }
      if (c == Combination.INDICATORS) {
        boolean any = false;
        for (int q = start; q < end; q++) {
          any |= ranks[q] >= 0;
        }
        present = any ? Optional.of(scale.atRank(Indicators.grade(ix.questionAtRank, ranks, start, end)))
            : Optional.empty();
        score = present.map(Level::score);
      } else if (c == Combination.STAGED) {
        List<Scoring.Member> members = partial.members();
        present = members.isEmpty()
            ? Optional.empty()
            : Optional.of(scale.atRank(Scoring.stagedRank(members, scale.size() - 1)));
        score = present.map(Level::score);
      } else {
        score = partial.score();
        present = score.map(s -> Scoring.level(c, s, scale));
      }
      int given = assessment.target(d);
      Optional<Level> target = given != ModelIndex.NONE ? Optional.of(scale.atRank(given)) : present;
      Optional<Score> targetScore =
          new DimensionResult(ix.dimensions[d], c, present, target, given != ModelIndex.NONE, results).targetScore();
      dimensions.add(
          new DimensionResult(
              ix.dimensions[d],
              c,
              present,
              target,
              given != ModelIndex.NONE,
              results,
              plus(rules, scale, present, score),
              plus(rules, scale, target, targetScore)));

      int targetRank = target.map(Level::rank).orElse(ModelIndex.NONE);
      if (c == Combination.INDICATORS) {
        int column = Indicators.aim(ix.questionAtRank, ranks, start, end,
            present.map(Level::rank).orElse(ModelIndex.NONE), targetRank, policy);
        Indicators.aims(ix.questionAtRank, ranks, start, end, column, from, upTo);
        continue;
      }
      for (int q = start; q < end; q++) {
        QuestionResult result = results.get(q - start);
        from[q] = result.level().map(Level::rank).orElse(ModelIndex.NONE);
        int aim = assessment.targetAnswer(q);
        Question question = ix.questions[q];
        if (!question.isValued()) {
          upTo[q] = from[q] < 0 ? ModelIndex.NONE : planner.aim(q, from[q], targetRank, aim);
          continue;
        }
        // A valued question has one step, to its 'at' level (none without one), when wanted.
        int at = question.at().map(Level::rank).orElse(0);
        boolean wanted =
            aim != ModelIndex.NONE
                ? belowTarget(result, ix.options[q][aim])
                : !done[q - start] && (policy != PlanPolicy.UP_TO_TARGET || at <= targetRank);
        if (from[q] >= 0 && wanted && at > from[q] && at > 0) {
          // From the level below 'at': an unanswered question counted at a level at or above its
          // 'at' level has nothing to do there.
          from[q] = at - 1;
          upTo[q] = at;
        } else {
          upTo[q] = ModelIndex.NONE;
        }
      }
    }
    ImmutableList<DimensionResult> dims = dimensions.build();

    ImmutableList.Builder<GroupResult> groups = ImmutableList.builder();
    List<Scoring.Member> overall = new ArrayList<>();
    List<Scoring.Member> overallTargets = new ArrayList<>();
    if (model.groups().isEmpty()) {
      for (DimensionResult d : dims) {
        d.contribution().ifPresent(s -> overall.add(member(d.dimension().id(), s, d)));
        d.countedTargetScore().ifPresent(s -> overallTargets.add(member(d.dimension().id(), s, d)));
      }
    } else {
      Combination c = rules.groupLevel();
      for (Group g : model.groups().values()) {
        List<Scoring.Member> members = new ArrayList<>();
        List<Scoring.Member> targets = new ArrayList<>();
        ImmutableList.Builder<DimensionResult> of = ImmutableList.builder();
        for (DimensionResult d : dims) {
          if (g.dimensionIds().contains(d.dimension().id())) {
            of.add(d);
            d.contribution().ifPresent(s -> members.add(member(d.dimension().id(), s, d)));
            d.countedTargetScore().ifPresent(s -> targets.add(member(d.dimension().id(), s, d)));
          }
        }
        Optional<Score> score = Scoring.combine(c, members);
        Optional<Score> targetScore = Scoring.combine(c, targets);
        Optional<Level> groupPresent = score.map(s -> Scoring.level(c, s, scale));
        Optional<Level> groupTarget = targetScore.map(s -> Scoring.level(c, s, scale));
        GroupResult result =
            new GroupResult(
                g,
                c,
                score,
                groupPresent,
                targetScore,
                groupTarget,
                of.build(),
                plus(rules, scale, groupPresent, score),
                plus(rules, scale, groupTarget, targetScore));
        groups.add(result);
        result.contribution().ifPresent(s -> overall.add(new Scoring.Member(g.id(), s, java.math.BigDecimal.ONE, -1)));
        targetScore.ifPresent(s -> overallTargets.add(new Scoring.Member(g.id(), s, java.math.BigDecimal.ONE, -1)));
      }
    }
    Combination oc = rules.overallLevel();
    Optional<Score> score = rules.hasOverallLevel() ? Scoring.combine(oc, overall) : Optional.empty();
    Optional<Level> present = score.map(s -> Scoring.level(oc, s, scale));
    Optional<Level> target;
    Optional<Score> targetScore;
    if (assessment.overallTargetRank() != ModelIndex.NONE) {
      target = Optional.of(scale.atRank(assessment.overallTargetRank()));
      targetScore = target.map(Level::score);
    } else if (!rules.hasOverallTarget()) {
      target = Optional.empty();
      targetScore = Optional.empty();
    } else {
      Combination tc = rules.overallTarget();
      targetScore = Scoring.combine(tc, overallTargets);
      target = targetScore.map(s -> Scoring.level(tc, s, scale));
    }
    return new Evaluation(
        assessment,
        dims,
        groups.build(),
        present,
        target,
        planner.plan(from, upTo, planner.steps(from, upTo)),
        plus(rules, scale, present, score),
        plus(rules, scale, target, targetScore));
  }

  /** {@code between levels = plus}: a score strictly between the level it reads as and the next. */
  private static boolean plus(Rules rules, Scale scale, Optional<Level> present, Optional<Score> score) {
    return rules.plusBetweenLevels()
        && present.isPresent()
        && score.isPresent()
        && scale.between(present.get(), score.get());
  }

  /**
   * A valued question is below its target answer when its answer's value is lower; an unanswered
   * one (counted at a level) is below any target answer.
   */
  private static boolean belowTarget(QuestionResult result, Option aim) {
    return result.answer()
        .flatMap(Option::value)
        .map(v -> v.compareTo(aim.value().orElse(java.math.BigDecimal.ZERO)) < 0)
        .orElse(true);
  }

  private static Scoring.Member member(String label, Score s, DimensionResult d) {
    return new Scoring.Member(label, s, d.dimension().weight(), -1);
  }

  /**
   * A valued question's level: its {@code at} level when its answer has the full value, else the
   * level below; without {@code at}, the level its value reads as.
   */
  private static Level valuedLevel(Question question, Option answer, boolean done, Scale scale) {
    if (question.at().isEmpty()) {
      return scale.levelOf(Score.of(answer.value().orElseThrow()));
    }
    Level at = question.at().get();
    return done ? at : scale.below(at).orElse(at);
  }
}
