package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One step of a model's ordered {@link Scale}: an id used in rules files and answers
 * ({@code leader}), a display name ({@code "Leader"}), its rank, 0 for the lowest level, and
 * optionally the score from which it is reached ({@code l1 "Level 1" from 1}).
 */
public record Level(String id, String name, int rank, Optional<BigDecimal> threshold)
    implements Comparable<Level> {
  public Level {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(rank >= 0, "rank must not be negative: %s", rank);
    checkNotNull(threshold, "threshold");
  }

  /** A level without a threshold. */
  public Level(String id, String name, int rank) {
    this(id, name, rank, Optional.empty());
  }

  /** The score this level stands for: its threshold, else its rank. */
  public Score score() {
    return threshold.map(Score::of).orElseGet(() -> Score.of(rank));
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
