package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What an unanswered question means: an error in the assessment (the default), or that the
 * question stands at a named level.
 */
public record Unanswered(Optional<Level> level) {
  private static final Unanswered ERROR = new Unanswered(Optional.empty());

  public Unanswered {
    checkNotNull(level, "level");
  }

  public static Unanswered error() {
    return ERROR;
  }

  public static Unanswered asLevel(Level level) {
    return new Unanswered(Optional.of(level));
  }

  public boolean isError() {
    return level.isEmpty();
  }
}
