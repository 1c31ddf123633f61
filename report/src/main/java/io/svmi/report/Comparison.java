package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.QuestionResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two evaluations of one organisation (this year against last year): each
 * dimension's present level and the overall level before and after, the plan's actions completed
 * (in the earlier plan, not in the later one), its new actions, and the questions whose level fell.
 * Dimensions and questions are matched by id, actions by question, level and text, so two versions
 * of one model compare too. Immutable.
 */
public final class Comparison {
  /** A dimension's present level before and after; empty where it had none (or did not exist). */
  public record DimensionChange(String id, String name, Optional<Level> before, Optional<Level> after) {
    public DimensionChange {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
      checkNotNull(before, "before");
      checkNotNull(after, "after");
    }

    /** Levels moved: positive up, negative down, 0 when unchanged or when either side has no level. */
    public int change() {
      return before.isPresent() && after.isPresent() ? after.get().rank() - before.get().rank() : 0;
    }

    public boolean regressed() {
      return change() < 0;
    }
  }

  /** A question whose level fell. */
  public record QuestionChange(String id, String text, Level before, Level after) {}

  private final Evaluation before;
  private final Evaluation after;
  private final ImmutableList<DimensionChange> dimensions;
  private final ImmutableList<Action> completed;
  private final ImmutableList<Action> added;
  private final ImmutableList<QuestionChange> regressions;

  private Comparison(Evaluation before, Evaluation after) {
    this.before = before;
    this.after = after;
    Map<String, DimensionResult> earlier = new HashMap<>();
    before.dimensions().forEach(d -> earlier.put(d.dimension().id(), d));
    ImmutableList.Builder<DimensionChange> changes = ImmutableList.builder();
    for (DimensionResult d : after.dimensions()) {
      Optional<Level> was = Optional.ofNullable(earlier.get(d.dimension().id())).flatMap(DimensionResult::present);
      changes.add(new DimensionChange(d.dimension().id(), d.dimension().name(), was, d.present()));
    }
    this.dimensions = changes.build();
    this.completed = missingFrom(before, after);
    this.added = missingFrom(after, before);
    Map<String, QuestionResult> earlierQuestions = new HashMap<>();
    before.questions().forEach(q -> earlierQuestions.put(q.question().id(), q));
    ImmutableList.Builder<QuestionChange> fell = ImmutableList.builder();
    for (QuestionResult q : after.questions()) {
      QuestionResult was = earlierQuestions.get(q.question().id());
      if (was != null && was.level().isPresent() && q.level().isPresent()
          && q.level().get().rank() < was.level().get().rank()) {
        fell.add(new QuestionChange(q.question().id(), q.question().text(), was.level().get(), q.level().get()));
      }
    }
    this.regressions = fell.build();
  }

  /** The changes from {@code before} to {@code after}. */
  public static Comparison of(Evaluation before, Evaluation after) {
    return new Comparison(checkNotNull(before, "before"), checkNotNull(after, "after"));
  }

  public Evaluation before() {
    return before;
  }

  public Evaluation after() {
    return after;
  }

  /** Each dimension of the later evaluation, in its model's order. */
  public ImmutableList<DimensionChange> dimensions() {
    return dimensions;
  }

  /** The overall level before and after. */
  public DimensionChange overall() {
    return new DimensionChange("overall", "Overall", before.present(), after.present());
  }

  /** Actions of the earlier plan (with text) that the later plan no longer needs. */
  public ImmutableList<Action> completed() {
    return completed;
  }

  /** Actions of the later plan (with text) that the earlier plan did not have. */
  public ImmutableList<Action> added() {
    return added;
  }

  /** Questions whose level fell, in the later model's order. */
  public ImmutableList<QuestionChange> regressions() {
    return regressions;
  }

  private static ImmutableList<Action> missingFrom(Evaluation from, Evaluation other) {
    Set<String> keys = new HashSet<>();
    other.plan().actions().forEach(a -> keys.add(key(a)));
    return from.plan().actions().stream().filter(Action::hasText).filter(a -> !keys.contains(key(a)))
        .collect(ImmutableList.toImmutableList());
  }

  private static String key(Action a) {
    return a.questionId() + "\u0000" + a.level().id() + "\u0000" + a.text();
  }
}
