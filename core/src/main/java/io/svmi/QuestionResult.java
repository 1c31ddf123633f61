package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How one question was determined: the option chosen (empty when unanswered and the model gives
 * unanswered questions a level) and the question's level (empty when not applicable). A valued
 * question (score-based models) stands at its {@code at} level when its answer has the full value,
 * else at the level below; without {@code at}, at the level its value reads as.
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

  /**
   * The question's score: the chosen option's value or its level's score (unanswered: the score
   * of the level it counts as); empty when not applicable.
   */
  public Optional<Score> score() {
    if (level.isEmpty()) {
      return Optional.empty();
    }
    return answer.isPresent() ? answer.get().score() : level.map(Level::score);
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
    if (option.value().isPresent()) {
      return question.id() + " scores " + Score.of(option.value().get()) + " of "
          + Score.of(question.fullValue()) + ": " + chosen;
    }
    return level
        .map(l -> question.id() + " is " + l.name() + ": " + chosen)
        .orElseGet(() -> question.id() + " is not applicable: " + chosen);
  }
}
