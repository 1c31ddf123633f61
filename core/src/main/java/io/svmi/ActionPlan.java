package io.svmi;

import com.google.common.collect.ImmutableList;

/**
 * The ordered actions of an evaluation: by dimension (model order), then level (lowest first),
 * then question (model order), without duplicates. {@link #forDimension} and {@link #cell} give
 * the rows and cells of the published action table.
 */
public final class ActionPlan {
  /** The plan with no action. */
  static final ActionPlan EMPTY = new ActionPlan(ImmutableList.of());

  private final ImmutableList<Action> actions;

  ActionPlan(ImmutableList<Action> actions) {
    this.actions = actions;
  }

  /** Every action in plan order. */
  public ImmutableList<Action> actions() {
    return actions;
  }

  public boolean isEmpty() {
    return actions.isEmpty();
  }

  public int size() {
    return actions.size();
  }

  /** The actions of one dimension (a row of the action table), in plan order. */
  public ImmutableList<Action> forDimension(String dimensionId) {
    return actions.stream()
        .filter(a -> a.dimensionId().equals(dimensionId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The actions of one dimension that reach one level (a cell of the action table). */
  public ImmutableList<Action> cell(String dimensionId, Level level) {
    return actions.stream()
        .filter(a -> a.dimensionId().equals(dimensionId) && a.level().equals(level))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActionPlan p && actions.equals(p.actions);
  }

  @Override
  public int hashCode() {
    return actions.hashCode();
  }

  @Override
  public String toString() {
    return "ActionPlan" + actions;
  }
}
