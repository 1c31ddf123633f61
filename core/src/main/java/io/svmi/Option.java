package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One possible answer to a {@link Question}: it places the question at a {@link Level}, gives it
 * a value (score-based models: {@code -> 0.25}), or marks it not applicable (neither), which
 * leaves the question out of its dimension's level.
 */
public record Option(String id, String text, Optional<Level> level, Optional<BigDecimal> value) {
  public Option {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(level, "level");
    checkNotNull(value, "value");
    checkArgument(level.isEmpty() || value.isEmpty(), "an option has a level or a value, not both");
  }

  /** An option that places its question at a level, or (empty) marks it not applicable. */
  public Option(String id, String text, Optional<Level> level) {
    this(id, text, level, Optional.empty());
  }

  public boolean isNotApplicable() {
    return level.isEmpty() && value.isEmpty();
  }

  /** The score of this answer: its value, or its level's score; empty when not applicable. */
  public Optional<Score> score() {
    return value.isPresent() ? value.map(Score::of) : level.map(Level::score);
  }
}
