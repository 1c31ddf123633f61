package io.svmi.bench.drools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The global the rules write their conclusions to; one per session. Not thread-safe. */
public final class Result {
  private static final Comparator<ActionText> PLAN_ORDER =
      Comparator.comparingInt(ActionText::getDimensionIndex)
          .thenComparingInt(ActionText::getLevel)
          .thenComparingInt(ActionText::getQuestionIndex);

  private final Map<String, Integer> dimensionLevels = new HashMap<>();
  private final Map<String, Integer> dimensionTargets = new HashMap<>();
  private int present = -1;
  private int target = -1;
  private final List<ActionText> actions = new ArrayList<>();

  public void dimensionLevel(String dimension, int level) {
    dimensionLevels.put(dimension, level);
  }

  public void dimensionTarget(String dimension, int level) {
    dimensionTargets.put(dimension, level);
  }

  public void setPresent(int level) {
    present = level;
  }

  public void setTarget(int level) {
    target = level;
  }

  public void plan(ActionText action) {
    actions.add(action);
  }

  /** Puts the plan in order: dimension, level, question. Called once the rules have fired. */
  public void finish() {
    actions.sort(PLAN_ORDER);
  }

  public Map<String, Integer> getDimensionLevels() {
    return dimensionLevels;
  }

  public Map<String, Integer> getDimensionTargets() {
    return dimensionTargets;
  }

  public int getPresent() {
    return present;
  }

  public int getTarget() {
    return target;
  }

  public List<ActionText> getActions() {
    return actions;
  }
}
