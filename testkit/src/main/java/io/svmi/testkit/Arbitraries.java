package io.svmi.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Assessment;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generators of everything a property test of a maturity model needs.
 *
 * <ul>
 *   <li>{@link #models()}: valid models of every shape and rule (configurable);
 *   <li>{@link #assessments(MaturityModel)}: valid assessments of one model (any, complete, with
 *       not-applicable answers, with targets above / at / below the present levels);
 *   <li>{@link #improvements(Assessment)}: the same assessment with answers raised;
 *   <li>{@link #answerSheets(MaturityModel)}: raw answers by id, right and wrong.
 * </ul>
 */
public final class Arbitraries {
  private Arbitraries() {}

  public static ModelArbitrary models() {
    return ModelArbitrary.defaults();
  }

  public static AssessmentArbitrary assessments(MaturityModel model) {
    return AssessmentArbitrary.of(model);
  }

  public static ImprovementArbitrary improvements(Assessment assessment) {
    return ImprovementArbitrary.of(assessment);
  }

  /** Assessments of the model together with an improvement of each. */
  public static Gen<Improvement> improvementsOf(Gen<Assessment> assessments) {
    return assessments.flatMap(Arbitraries::improvements);
  }

  /**
   * A middle level for each dimension with a present level and a target: between the two, and never
   * above the target (the target itself when it is below the present level). For law 6.
   */
  public static Gen<ImmutableMap<String, Level>> middleLevels(Evaluation e) {
    return d -> {
      ImmutableMap.Builder<String, Level> middles = ImmutableMap.builder();
      for (DimensionResult r : e.dimensions()) {
        if (r.present().isPresent() && r.target().isPresent()) {
          int p = r.present().get().rank();
          int t = r.target().get().rank();
          middles.put(r.dimension().id(), e.model().scale().atRank(t <= p ? t : d.between(p, t)));
        }
      }
      return middles.buildOrThrow();
    };
  }

  /** Raw answer sheets for the model: mostly valid ids, with misspelt, unknown and repeated ones. */
  public static Gen<AnswerSheet> answerSheets(MaturityModel model) {
    ImmutableList<String> questions = model.questions().keySet().asList();
    ImmutableList<String> dimensions = model.dimensions().keySet().asList();
    ImmutableList<String> levels =
        model.scale().levels().stream().map(Level::id).collect(ImmutableList.toImmutableList());
    return d -> {
      // Some sheets are written with care (every question answered, no typo), most are not.
      boolean careless = !d.chance(30);
      List<AnswerSheet.Entry> answers = new ArrayList<>();
      for (Question q : model.questions().values()) {
        if (!careless || !d.chance(10)) {
          List<String> options = q.options().values().stream().map(Option::id).toList();
          String option = options.isEmpty() || (careless && d.chance(15)) ? junk(d, options) : d.pick(options);
          answers.add(new AnswerSheet.Entry(careless && d.chance(10) ? junk(d, questions) : q.id(), option));
        }
      }
      int extra = careless ? d.between(0, 2) : 0;
      for (int i = 0; i < extra; i++) {
        answers.add(new AnswerSheet.Entry(maybeJunk(d, questions), junk(d, List.of("o0", "na"))));
      }
      List<AnswerSheet.Entry> targets = new ArrayList<>();
      int count = d.between(0, careless ? Math.min(4, dimensions.size() + 1) : dimensions.size());
      for (int i = 0; i < count; i++) {
        targets.add(careless
            ? new AnswerSheet.Entry(maybeJunk(d, dimensions), maybeJunk(d, levels))
            : new AnswerSheet.Entry(dimensions.get(i % dimensions.size()), d.pick(levels)));
      }
      Optional<String> overall = d.chance(30)
          ? Optional.of(careless ? maybeJunk(d, levels) : d.pick(levels))
          : Optional.empty();
      return new AnswerSheet(ImmutableList.copyOf(answers), ImmutableList.copyOf(targets), overall);
    };
  }

  private static String maybeJunk(Draws d, List<String> valid) {
    return d.chance(25) || valid.isEmpty() ? junk(d, valid) : d.pick(valid);
  }

  /** An id that is probably wrong: misspelt, changed in case, empty, or odd characters. */
  private static String junk(Draws d, List<String> near) {
    String base = near.isEmpty() ? "x" : d.pick(near);
    return switch (d.between(0, 5)) {
      case 0 -> base + "x";
      case 1 -> base.toUpperCase(java.util.Locale.ROOT).equals(base) ? base.toLowerCase(java.util.Locale.ROOT) : base.toUpperCase(java.util.Locale.ROOT);
      case 2 -> base.isEmpty() ? "" : base.substring(1);
      case 3 -> "";
      case 4 -> " " + base + "\t";
      default -> "é\u0000\uD83D\uDE00" + base;
    };
  }
}
