package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One step of a model's ordered {@link Scale}: an id used in rules files and answers
 * ({@code leader}), a display name ({@code "Leader"}) and its rank, 0 for the lowest level.
 */
public record Level(String id, String name, int rank) implements Comparable<Level> {
  public Level {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(rank >= 0, "rank must not be negative: %s", rank);
  }

  /** Levels compare by rank. */
  @Override
  public int compareTo(Level other) {
    return Integer.compare(rank, other.rank);
  }

  public boolean isAbove(Level other) {
    return rank > other.rank;
  }

  public boolean isBelow(Level other) {
    return rank < other.rank;
  }

  @Override
  public String toString() {
    return name;
  }
}
