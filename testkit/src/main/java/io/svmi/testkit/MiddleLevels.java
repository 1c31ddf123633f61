package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.svmi.Evaluation;
import io.svmi.Level;
import java.util.stream.Collectors;

/**
 * An evaluation and a middle level for each dimension with a present level and a target: between
 * the two, never above the target. What law 6 (composition) splits a plan at.
 *
 * @param evaluation the evaluation whose plan is split
 * @param levels the middle level of each such dimension, by dimension id
 */
public record MiddleLevels(Evaluation evaluation, ImmutableMap<String, Level> levels) {
  /**
   * Checks that neither part is null.
   *
   * @param evaluation the evaluation whose plan is split
   * @param levels the middle level of each such dimension, by dimension id
   */
  public MiddleLevels {
    checkNotNull(evaluation);
    checkNotNull(levels);
  }

  @Override
  public String toString() {
    return Describe.assessment(evaluation.assessment()) + "\n  middle levels: " + levels.entrySet().stream()
        .map(e -> e.getKey() + " -> " + e.getValue().name()).collect(Collectors.joining(", "));
  }
}
