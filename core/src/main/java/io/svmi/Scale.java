package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/** The ordered levels of a model, lowest first. Never empty; lookups by id and by rank are O(1). */
public final class Scale {
  private final ImmutableList<Level> levels;
  private final ImmutableMap<String, Level> byId;

  Scale(ImmutableList<Level> levels) {
    checkArgument(!levels.isEmpty(), "a scale has at least one level");
    for (int i = 0; i < levels.size(); i++) {
      checkArgument(levels.get(i).rank() == i, "level %s has rank %s", i, levels.get(i).rank());
    }
    this.levels = levels;
    this.byId = levels.stream().collect(ImmutableMap.toImmutableMap(Level::id, l -> l));
  }

  /** The levels, lowest first; a level's rank is its index here. */
  public ImmutableList<Level> levels() {
    return levels;
  }

  public int size() {
    return levels.size();
  }

  public Optional<Level> level(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Level atRank(int rank) {
    return levels.get(rank);
  }

  public Level lowest() {
    return levels.get(0);
  }

  public Level highest() {
    return levels.get(levels.size() - 1);
  }

  /** True when the levels declare the scores they are reached from ({@code from 1}). */
  public boolean hasThresholds() {
    return levels.get(0).threshold().isPresent();
  }

  /**
   * The level a score reads as by thresholds: the highest level whose threshold is at most the
   * score; the lowest level below every threshold. Without thresholds, the score's whole part as
   * a rank, kept within the scale.
   */
  public Level levelOf(Score score) {
    if (!hasThresholds()) {
      return atClampedRank(score.floor());
    }
    Level result = levels.get(0);
    for (Level l : levels) {
      if (l.score().compareTo(score) <= 0) {
        result = l;
      }
    }
    return result;
  }

  /**
   * True when a score lies strictly between a level's score and the next level's: above the level
   * it reads as, short of the next one (SAMM's "1+"). Never for the highest level.
   */
  boolean between(Level level, Score score) {
    Optional<Level> next = above(level);
    return next.isPresent() && score.compareTo(level.score()) > 0 && score.compareTo(next.get().score()) < 0;
  }

  Level atClampedRank(java.math.BigInteger rank) {
    if (rank.signum() <= 0) {
      return lowest();
    }
    return rank.compareTo(java.math.BigInteger.valueOf(levels.size() - 1)) >= 0 ? highest() : levels.get(rank.intValue());
  }

  /** The level just above, or empty for the highest. */
  public Optional<Level> above(Level level) {
    int next = level.rank() + 1;
    return next < levels.size() ? Optional.of(levels.get(next)) : Optional.empty();
  }

  /** The level just below, or empty for the lowest. */
  public Optional<Level> below(Level level) {
    int previous = level.rank() - 1;
    return previous >= 0 ? Optional.of(levels.get(previous)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scale other && levels.equals(other.levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return levels.toString();
  }
}
