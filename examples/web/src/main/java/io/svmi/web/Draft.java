package io.svmi.web;

import java.util.Map;
import java.util.Optional;

/**
 * What an assessment holds while it is being filled in: the option chosen for each answered
 * question, a note per question (either may be given without the other), the target level of each
 * dimension and the overall target. Ids only; the form checks them against the model.
 */
record Draft(Map<String, String> answers, Map<String, String> notes, Map<String, String> targets,
    Optional<String> overallTarget) {
  Draft {
    answers = Map.copyOf(answers);
    notes = Map.copyOf(notes);
    targets = Map.copyOf(targets);
  }

  static final Draft EMPTY = new Draft(Map.of(), Map.of(), Map.of(), Optional.empty());
}
