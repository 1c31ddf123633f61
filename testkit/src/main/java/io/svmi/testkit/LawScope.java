package io.svmi.testkit;

import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a law of {@link ModelLaws} that is not stated for the model under test, saying why; jqwik
 * reports the property as skipped with that reason. Laws 5 and 6 are stated for {@code up to
 * target} plans; laws 3 (bounds) and 6 (composition) for ordinal models; law 5 for score-based
 * models only when they are SAMM-like ({@link SammLike}); law 6 not for models that grade a
 * dimension by indicators.
 */
final class LawScope implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (context instanceof PropertyLifecycleContext property && property.testInstance() instanceof ModelLaws laws) {
      Law law = Law.valueOf(property.targetMethod().getName().toUpperCase(Locale.ROOT));
      Optional<String> reason = notStatedFor(law, laws.model());
      if (reason.isPresent()) {
        return SkipResult.skip(reason.get());
      }
    }
    return SkipResult.doNotSkip();
  }

  /** Why the law is not stated for the model, or empty when it is. */
  static Optional<String> notStatedFor(Law law, MaturityModel model) {
    PlanPolicy plan = model.rules().actionPlan();
    if ((law == Law.SUFFICIENCY || law == Law.COMPOSITION) && plan != PlanPolicy.UP_TO_TARGET) {
      return Optional.of("stated for models whose action plan is 'up to target'; this model's is '"
          + plan.words() + "'");
    }
    if ((law == Law.BOUNDS || law == Law.COMPOSITION) && model.isScoreBased()) {
      return Optional.of("stated for ordinal models (levels from options); this model is score-based");
    }
    if (law == Law.COMPOSITION && Laws.gradesByIndicators(model)) {
      return Optional.of("not stated for outcomes graded by indicators: the plan to a middle target aims for a"
          + " lower column, whose indicators the plan to a higher target need not list");
    }
    if (law == Law.SUFFICIENCY && model.isScoreBased()) {
      return SammLike.problem(model).map(p -> "stated for score-based models that are SAMM-like; in this one " + p);
    }
    return Optional.empty();
  }
}
