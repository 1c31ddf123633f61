package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How one question was determined: the option chosen (empty when unanswered and the model gives
 * unanswered questions a level) and the question's level (empty when not applicable).
 */
public record QuestionResult(Question question, Optional<Option> answer, Optional<Level> level) {
  public QuestionResult {
    checkNotNull(question, "question");
    checkNotNull(answer, "answer");
    checkNotNull(level, "level");
  }

  public boolean isNotApplicable() {
    return level.isEmpty();
  }

  /** Why the question stands where it does, in plain words. */
  public String explanation() {
    if (answer.isEmpty()) {
      return question.id() + " is " + level.map(Level::name).orElse("?")
          + ": not answered, and the model counts an unanswered question as "
          + level.map(Level::name).orElse("?");
    }
    Option option = answer.get();
    String chosen = "answered '" + option.id() + "' (" + option.text() + ")";
    return level
        .map(l -> question.id() + " is " + l.name() + ": " + chosen)
        .orElseGet(() -> question.id() + " is not applicable: " + chosen);
  }
}
