package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Level;
import io.svmi.MaturityModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment being edited by id: answers, targets, overall target, target answers and target
 * profile, rebuilt on demand.
 */
final class Draft {
  final MaturityModel model;
  final String subject;
  final LinkedHashMap<String, String> answers;
  final LinkedHashMap<String, String> targets;
  Optional<String> overallTarget;
  final LinkedHashMap<String, String> targetAnswers;
  /** The target profile the assessment names, by id. */
  Optional<String> profile = Optional.empty();

  private Draft(MaturityModel model, String subject, Map<String, String> answers, Map<String, String> targets,
      Optional<String> overallTarget, Map<String, String> targetAnswers) {
    this.model = model;
    this.subject = subject;
    this.answers = new LinkedHashMap<>(answers);
    this.targets = new LinkedHashMap<>(targets);
    this.overallTarget = overallTarget;
    this.targetAnswers = new LinkedHashMap<>(targetAnswers);
  }

  static Draft empty(MaturityModel model) {
    return new Draft(model, "Generated assessment", Map.of(), Map.of(), Optional.empty(), Map.of());
  }

  static Draft of(Assessment a) {
    Map<String, String> targets = new LinkedHashMap<>();
    a.targets().forEach((d, l) -> targets.put(d, l.id()));
    Draft draft = new Draft(a.model(), a.subject(), a.answers(), targets, a.overallTarget().map(Level::id),
        a.targetAnswers());
    draft.profile = a.profile().map(io.svmi.Profile::id);
    return draft;
  }

  /** Builds the assessment; a draft made from valid ids always builds. */
  Assessment build() {
    Assessment.Builder b = model.assessment().subject(subject);
    answers.forEach(b::answer);
    targets.forEach(b::target);
    overallTarget.ifPresent(b::overallTarget);
    targetAnswers.forEach(b::targetAnswer);
    profile.ifPresent(b::profile);
    try {
      return b.build();
    } catch (AssessmentException e) {
      throw new IllegalStateException("the testkit drafted an invalid assessment:\n" + e.getMessage(), e);
    }
  }
}
