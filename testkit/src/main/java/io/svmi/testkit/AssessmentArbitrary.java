package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.Scale;
import java.util.List;

/**
 * Generates valid assessments of one model: an option per question (or none, when the model
 * counts unanswered questions as a level), targets, sometimes an overall target. Each setter
 * returns a new generator.
 */
public final class AssessmentArbitrary implements Gen<Assessment> {
  private final MaturityModel model;
  private final boolean complete;
  private final boolean notApplicable;
  private final TargetChoice targets;
  private final boolean overallTarget;

  private AssessmentArbitrary(MaturityModel model, boolean complete, boolean notApplicable, TargetChoice targets,
      boolean overallTarget) {
    this.model = model;
    this.complete = complete;
    this.notApplicable = notApplicable;
    this.targets = targets;
    this.overallTarget = overallTarget;
  }

  static AssessmentArbitrary of(MaturityModel model) {
    return new AssessmentArbitrary(model, false, false, TargetChoice.ANY, false);
  }

  /** Every question answered, even when the model would count an unanswered one as a level. */
  public AssessmentArbitrary complete() {
    return new AssessmentArbitrary(model, true, notApplicable, targets, overallTarget);
  }

  /** At least one not-applicable answer, and many more than by chance (discards models without any). */
  public AssessmentArbitrary withNotApplicable() {
    return new AssessmentArbitrary(model, complete, true, targets, overallTarget);
  }

  /** Every dimension with a level aims above it (at the top level when it is there already). */
  public AssessmentArbitrary targetsAbovePresent() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.ABOVE_PRESENT, overallTarget);
  }

  /** Every dimension with a level aims at it, given explicitly. */
  public AssessmentArbitrary targetsAtPresent() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.AT_PRESENT, overallTarget);
  }

  /** Every dimension with a level aims below it (at the lowest level when it is there already). */
  public AssessmentArbitrary targetsBelowPresent() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.BELOW_PRESENT, overallTarget);
  }

  /** No target given: every dimension keeps its present level as its target. */
  public AssessmentArbitrary withoutTargets() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.NONE, overallTarget);
  }

  /** Always an overall target (by default, only sometimes). */
  public AssessmentArbitrary withOverallTarget() {
    return new AssessmentArbitrary(model, complete, notApplicable, targets, true);
  }

  @Override
  public Assessment next(Draws d) {
    Draft draft = Draft.empty(model);
    boolean mayLeaveOut = !complete && !model.rules().unanswered().isError();
    boolean anyNotApplicable = false;
    for (Question q : model.questions().values()) {
      List<Option> options = q.options().values().asList();
      if (options.isEmpty() || (mayLeaveOut && d.chance(15))) {
        Property.assume(mayLeaveOut);
        continue;
      }
      List<Option> na = options.stream().filter(Option::isNotApplicable).toList();
      Option chosen = notApplicable && !na.isEmpty() && d.chance(50) ? d.pick(na) : d.pick(options);
      anyNotApplicable |= chosen.isNotApplicable();
      draft.answers.put(q.id(), chosen.id());
    }
    Property.assume(!notApplicable || anyNotApplicable);
    Scale scale = model.scale();
    int top = scale.size() - 1;
    if (targets == TargetChoice.ANY) {
      for (String dimension : model.dimensions().keySet()) {
        if (d.chance(50)) {
          draft.targets.put(dimension, scale.atRank(d.between(0, top)).id());
        }
      }
    } else if (targets != TargetChoice.NONE) {
      for (DimensionResult r : evaluate(draft.build()).dimensions()) {
        if (r.present().isEmpty()) {
          continue;
        }
        int p = r.present().get().rank();
        int t = switch (targets) {
          case ABOVE_PRESENT -> p == top ? top : d.between(p + 1, top);
          case BELOW_PRESENT -> p == 0 ? 0 : d.between(0, p - 1);
          default -> p;
        };
        draft.targets.put(r.dimension().id(), scale.atRank(t).id());
      }
    }
    if (overallTarget || d.chance(20)) {
      draft.overallTarget = java.util.Optional.of(scale.atRank(d.between(0, top)).id());
    }
    return draft.build();
  }

  private Evaluation evaluate(Assessment a) {
    try {
      return model.evaluate(a);
    } catch (AssessmentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
