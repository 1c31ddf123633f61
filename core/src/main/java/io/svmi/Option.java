package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One possible answer to a {@link Question}: it places the question at a {@link Level}, or marks
 * it not applicable (an empty level), which leaves the question out of its dimension's level.
 */
public record Option(String id, String text, Optional<Level> level) {
  public Option {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(level, "level");
  }

  public boolean isNotApplicable() {
    return level.isEmpty();
  }
}
