package io.svmi.testkit;

import io.svmi.PlanPolicy;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a law of {@link ModelLaws} stated only for {@code up to target} plans when the model's
 * plan is another, saying so; jqwik reports the property as skipped with that reason.
 */
final class UpToTargetOnly implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (context instanceof PropertyLifecycleContext property && property.testInstance() instanceof ModelLaws laws) {
      PlanPolicy plan = laws.model().rules().actionPlan();
      if (plan != PlanPolicy.UP_TO_TARGET) {
        return SkipResult.skip("stated for models whose action plan is 'up to target'; this model's is '"
            + plan.words() + "'");
      }
    }
    return SkipResult.doNotSkip();
  }
}
