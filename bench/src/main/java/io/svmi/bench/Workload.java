package io.svmi.bench;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import java.util.List;

/**
 * One model and its assessments, prepared for each of the three evaluators before timing: svmi
 * takes the {@link Assessment}s, the hand-written code their arrays, Drools their facts.
 */
final class Workload {
  final MaturityModel model;
  final Assessment[] assessments;
  final HandWritten hand;
  final HandWritten.Input[] handInputs;
  final DroolsRules drools;
  final List<?>[] droolsFacts;

  Workload(MaturityModel model, List<Assessment> assessments) {
    this.model = model;
    this.assessments = assessments.toArray(new Assessment[0]);
    this.hand = new HandWritten(model);
    this.drools = new DroolsRules(model);
    this.handInputs = new HandWritten.Input[this.assessments.length];
    this.droolsFacts = new List<?>[this.assessments.length];
    for (int i = 0; i < this.assessments.length; i++) {
      handInputs[i] = hand.input(model, this.assessments[i]);
      droolsFacts[i] = DroolsRules.facts(model, this.assessments[i]);
    }
  }

  int size() {
    return assessments.length;
  }

  Evaluation svmi(int i) throws AssessmentException {
    return model.evaluate(assessments[i]);
  }

  HandWritten.Result handWritten(int i) {
    return hand.evaluate(handInputs[i]);
  }

  io.svmi.bench.drools.Result drools(int i) {
    @SuppressWarnings("unchecked")
    List<Object> facts = (List<Object>) droolsFacts[i];
    return drools.evaluate(facts);
  }

  /**
   * Evaluates every assessment three ways and throws, naming the first difference, unless all
   * three agree on dimension levels and targets, overall present and target, and the action list.
   */
  void checkAllAgree() {
    for (int i = 0; i < assessments.length; i++) {
      Outcome svmi;
      try {
        svmi = Outcome.of(svmi(i));
      } catch (AssessmentException e) {
        throw new IllegalStateException("svmi cannot evaluate assessment " + i, e);
      }
      Outcome hand = this.hand.outcome(handWritten(i));
      Outcome drools = this.drools.outcome(model, drools(i));
      requireEqual(i, assessments[i].subject(), svmi, hand, drools);
    }
  }

  static void requireEqual(int i, String subject, Outcome svmi, Outcome hand, Outcome drools) {
    if (!svmi.equals(hand) || !svmi.equals(drools)) {
      throw new IllegalStateException(
          "evaluators disagree on assessment " + i + " (" + subject + "):\n svmi:   "
              + svmi + "\n hand:   " + hand + "\n drools: " + drools);
    }
  }

  static ImmutableList<Assessment> one(Assessment assessment) {
    return ImmutableList.of(assessment);
  }
}
