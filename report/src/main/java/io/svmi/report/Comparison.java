package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.QuestionResult;
import io.svmi.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Two evaluations compared: the progress between an earlier assessment and a later one, as a value
 * a host renders ({@link #render}) or reads.
 *
 * <pre>{@code
 * Comparison progress = Comparison.of(model.evaluate(lastYear), model.evaluate(thisYear));
 * progress.overall().present().delta();     // OptionalInt.of(1): up one level
 * progress.completedActions();              // planned last year, no longer needed
 * String page = progress.render(ComparisonFormat.HTML);
 * }</pre>
 *
 * <p>The two may be evaluations under different versions of a model. Dimensions, questions and
 * actions are then matched by id; what the model gained, lost or changed is listed in {@link
 * #modelChanges()}, and a dimension whose definition changed says so ({@link
 * DimensionChange#definitionChanged()}). A change of level is counted in ranks only when both
 * models have the same levels (ids, ranks and score thresholds): otherwise {@link
 * LevelChange#delta()} is empty and {@link LevelChange#comparable()} false, so no delta is ever
 * computed between levels that do not mean the same.
 *
 * <p>Immutable and thread-safe.
 */
public final class Comparison {
  /** Whether a dimension is in both evaluations, or in only one of them. */
  public enum Presence {
    /** In both models. */
    BOTH,
    /** Only in the later model: new. */
    ADDED,
    /** Only in the earlier model: removed. */
    REMOVED
  }

  /**
   * One level (and, for score-based models, its score) before and after.
   *
   * @param comparable true when both models have the same levels, so that ranks can be subtracted
   */
  public record LevelChange(
      Optional<Level> before, Optional<Level> after, Optional<Score> scoreBefore, Optional<Score> scoreAfter,
      boolean comparable) {
    public LevelChange {
      checkNotNull(before, "before");
      checkNotNull(after, "after");
      checkNotNull(scoreBefore, "scoreBefore");
      checkNotNull(scoreAfter, "scoreAfter");
    }

    /** Ranks gained (negative when lost), when both levels are known and comparable. */
    public OptionalInt delta() {
      if (!comparable || before.isEmpty() || after.isEmpty()) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(after.get().rank() - before.get().rank());
    }

    /** The score gained (negative when lost), when both scores are known and the levels comparable. */
    public Optional<Score> scoreDelta() {
      if (!comparable || scoreBefore.isEmpty() || scoreAfter.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(scoreAfter.get().plus(scoreBefore.get().times(Score.of(-1))));
    }

    /** True when the level went down. */
    public boolean isRegression() {
      return delta().orElse(0) < 0;
    }

    /** True when the level went up. */
    public boolean isImprovement() {
      return delta().orElse(0) > 0;
    }

    /** True when nothing changed: the same level (by id) and the same score. */
    public boolean isUnchanged() {
      return before.map(Level::id).equals(after.map(Level::id)) && scoreBefore.equals(scoreAfter);
    }
  }

  /**
   * One dimension's change.
   *
   * @param definitionChanged true when the dimension is in both models but its questions, their
   *     options or its combination differ: its levels may have moved because the model did
   */
  public record DimensionChange(
      String id, String name, Presence presence, LevelChange present, LevelChange target, boolean definitionChanged) {
    public DimensionChange {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
      checkNotNull(presence, "presence");
      checkNotNull(present, "present");
      checkNotNull(target, "target");
    }

    /** True when the present level went down. */
    public boolean isRegression() {
      return present.isRegression();
    }
  }

  /** What a model change is. */
  public enum ChangeKind {
    ADDED, REMOVED, CHANGED
  }

  /**
   * One difference between the two models: a level, dimension or question added, removed or
   * changed.
   *
   * @param element {@code "level"}, {@code "dimension"}, {@code "question"} or {@code "rules"}
   * @param description what changed, in words ("question C5 added to dimension C")
   */
  public record ModelChange(String element, String id, ChangeKind kind, String description) {
    public ModelChange {
      checkNotNull(element, "element");
      checkNotNull(id, "id");
      checkNotNull(kind, "kind");
      checkNotNull(description, "description");
    }
  }

  private final Evaluation before;
  private final Evaluation after;
  private final boolean levelsComparable;
  private final ImmutableList<ModelChange> modelChanges;
  private final LevelChange overallPresent;
  private final LevelChange overallTarget;
  private final ImmutableList<DimensionChange> dimensions;
  private final ImmutableList<Action> completed;
  private final ImmutableList<Action> added;
  private final ImmutableList<Action> dropped;

  private Comparison(Evaluation before, Evaluation after) {
    this.before = before;
    this.after = after;
    MaturityModel was = before.model();
    MaturityModel is = after.model();
    this.levelsComparable = was.scale().levels().equals(is.scale().levels())
        || sameLevels(was.scale().levels(), is.scale().levels());
    this.modelChanges = was == is ? ImmutableList.of() : modelChanges(was, is);
    this.overallPresent = new LevelChange(
        before.present(), after.present(), scored(was, before.score()), scored(is, after.score()), levelsComparable);
    this.overallTarget = new LevelChange(
        before.target(), after.target(), scored(was, before.targetScore()), scored(is, after.targetScore()), levelsComparable);
    this.dimensions = dimensionChanges();
    Set<String> planned = keys(after.plan().actions());
    Set<String> plannedBefore = keys(before.plan().actions());
    ImmutableList.Builder<Action> completed = ImmutableList.builder();
    ImmutableList.Builder<Action> dropped = ImmutableList.builder();
    Map<String, QuestionResult> now = new LinkedHashMap<>();
    after.questions().forEach(q -> now.put(q.question().id(), q));
    for (Action a : before.plan().actions()) {
      if (!planned.contains(key(a))) {
        QuestionResult q = now.get(a.questionId());
        boolean reached = levelsComparable && q != null
            && q.level().filter(l -> l.rank() >= a.level().rank()).isPresent();
        (reached ? completed : dropped).add(a);
      }
    }
    this.completed = completed.build();
    this.dropped = dropped.build();
    this.added = after.plan().actions().stream()
        .filter(a -> !plannedBefore.contains(key(a)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Compares an earlier evaluation with a later one (of the same model, or of two versions of it). */
  public static Comparison of(Evaluation before, Evaluation after) {
    return new Comparison(checkNotNull(before, "before"), checkNotNull(after, "after"));
  }

  /** The earlier evaluation. */
  public Evaluation before() {
    return before;
  }

  /** The later evaluation. */
  public Evaluation after() {
    return after;
  }

  /** True when both evaluations are of models with the same levels, so that levels are compared in ranks. */
  public boolean levelsComparable() {
    return levelsComparable;
  }

  /** True when the two models are equal (the same model, or the same text compiled twice). */
  public boolean sameModel() {
    return modelChanges.isEmpty();
  }

  /** What the later model added, removed or changed, levels first, then dimensions, then questions. */
  public ImmutableList<ModelChange> modelChanges() {
    return modelChanges;
  }

  /** The overall present level and score, before and after. */
  public LevelChange overall() {
    return overallPresent;
  }

  /** The overall target, before and after. */
  public LevelChange overallTarget() {
    return overallTarget;
  }

  /** Every dimension of either model: the later model's in its order, then those it removed. */
  public ImmutableList<DimensionChange> dimensions() {
    return dimensions;
  }

  /** The dimensions whose present level went down. */
  public ImmutableList<DimensionChange> regressions() {
    return dimensions.stream().filter(DimensionChange::isRegression).collect(ImmutableList.toImmutableList());
  }

  /** Actions planned before and no longer needed: their question now stands at or above their level. */
  public ImmutableList<Action> completedActions() {
    return completed;
  }

  /** Actions planned now that were not planned before (a new question, a target raised, a regression). */
  public ImmutableList<Action> newActions() {
    return added;
  }

  /**
   * Actions planned before and no longer planned, though their question has not reached their
   * level: the target was lowered, the question was left unanswered, or the later model no longer
   * has the question or the level.
   */
  public ImmutableList<Action> droppedActions() {
    return dropped;
  }

  /** The comparison in a format, as one string. */
  public String render(ComparisonFormat format) {
    return checkNotNull(format, "format").render(this);
  }

  /** Scores are shown for score-based models only: an ordinal model's score is just its rank. */
  private static Optional<Score> scored(MaturityModel model, Optional<Score> score) {
    return model.isScoreBased() ? score : Optional.empty();
  }

  private ImmutableList<DimensionChange> dimensionChanges() {
    MaturityModel was = before.model();
    MaturityModel is = after.model();
    Map<String, DimensionResult> earlier = new LinkedHashMap<>();
    for (DimensionResult d : before.dimensions()) {
      earlier.put(d.dimension().id(), d);
    }
    List<DimensionChange> changes = new ArrayList<>();
    for (DimensionResult d : after.dimensions()) {
      DimensionResult old = earlier.remove(d.dimension().id());
      if (old == null) {
        changes.add(new DimensionChange(d.dimension().id(), d.dimension().name(), Presence.ADDED,
            new LevelChange(Optional.empty(), d.present(), Optional.empty(), scored(is, d.score()), false),
            new LevelChange(Optional.empty(), d.target(), Optional.empty(), scored(is, d.targetScore()), false), false));
      } else {
        boolean changed = !sameDefinition(before.model(), old.dimension(), after.model(), d.dimension());
        changes.add(new DimensionChange(d.dimension().id(), d.dimension().name(), Presence.BOTH,
            new LevelChange(old.present(), d.present(), scored(was, old.score()), scored(is, d.score()), levelsComparable),
            new LevelChange(old.target(), d.target(), scored(was, old.targetScore()), scored(is, d.targetScore()),
                levelsComparable),
            changed));
      }
    }
    for (DimensionResult old : earlier.values()) {
      changes.add(new DimensionChange(old.dimension().id(), old.dimension().name(), Presence.REMOVED,
          new LevelChange(old.present(), Optional.empty(), scored(was, old.score()), Optional.empty(), false),
          new LevelChange(old.target(), Optional.empty(), scored(was, old.targetScore()), Optional.empty(), false),
          false));
    }
    return ImmutableList.copyOf(changes);
  }

  /** Levels mean the same in both models: the same ids at the same ranks with the same thresholds. */
  private static boolean sameLevels(List<Level> a, List<Level> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Level x = a.get(i);
      Level y = b.get(i);
      if (!x.id().equals(y.id()) || x.rank() != y.rank() || !sameThreshold(x, y)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameThreshold(Level x, Level y) {
    if (x.threshold().isEmpty() || y.threshold().isEmpty()) {
      return x.threshold().isEmpty() && y.threshold().isEmpty();
    }
    return x.threshold().get().compareTo(y.threshold().get()) == 0;
  }

  private static boolean sameDefinition(MaturityModel wasModel, Dimension was, MaturityModel isModel, Dimension is) {
    if (!wasModel.combinationOf(was).equals(isModel.combinationOf(is))
        || !was.questions().keySet().equals(is.questions().keySet())
        || was.weight().compareTo(is.weight()) != 0) {
      return false;
    }
    for (Question q : is.questions().values()) {
      if (!sameOptions(was.questions().get(q.id()), q)) {
        return false;
      }
    }
    return true;
  }

  /** The same option ids, each at the same level (by id) and value. */
  private static boolean sameOptions(Question was, Question is) {
    if (!was.options().keySet().equals(is.options().keySet()) || was.weight().compareTo(is.weight()) != 0
        || !was.at().map(Level::id).equals(is.at().map(Level::id))) {
      return false;
    }
    for (Option o : is.options().values()) {
      Option old = was.options().get(o.id());
      boolean sameValue = old.value().isEmpty()
          ? o.value().isEmpty()
          : o.value().isPresent() && old.value().get().compareTo(o.value().get()) == 0;
      if (!old.level().map(Level::id).equals(o.level().map(Level::id)) || !sameValue) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableList<ModelChange> modelChanges(MaturityModel was, MaturityModel is) {
    List<ModelChange> changes = new ArrayList<>();
    if (!Objects.equals(was.version(), is.version()) || !was.name().equals(is.name())) {
      changes.add(new ModelChange("model", is.name(), ChangeKind.CHANGED,
          "model " + describe(was) + " is now " + describe(is)));
    }
    Map<String, Level> wasLevels = new LinkedHashMap<>();
    was.scale().levels().forEach(l -> wasLevels.put(l.id(), l));
    for (Level l : is.scale().levels()) {
      Level old = wasLevels.remove(l.id());
      if (old == null) {
        changes.add(new ModelChange("level", l.id(), ChangeKind.ADDED, "level " + l.id() + " (" + l.name() + ") added"));
      } else if (old.rank() != l.rank() || !sameThreshold(old, l) || !old.name().equals(l.name())) {
        changes.add(new ModelChange("level", l.id(), ChangeKind.CHANGED, "level " + l.id() + " changed: "
            + old.name() + ", rank " + old.rank() + thresholdWords(old) + " is now " + l.name() + ", rank "
            + l.rank() + thresholdWords(l)));
      }
    }
    wasLevels.values().forEach(l ->
        changes.add(new ModelChange("level", l.id(), ChangeKind.REMOVED, "level " + l.id() + " (" + l.name() + ") removed")));
    if (!was.rules().equals(is.rules())) {
      changes.add(new ModelChange("rules", "rules", ChangeKind.CHANGED, "the rules block changed"));
    }

    Map<String, Dimension> wasDims = new LinkedHashMap<>(was.dimensions());
    for (Dimension d : is.dimensions().values()) {
      Dimension old = wasDims.remove(d.id());
      if (old == null) {
        changes.add(new ModelChange("dimension", d.id(), ChangeKind.ADDED, "dimension " + d.id() + " (" + d.name() + ") added"));
      } else if (!old.name().equals(d.name()) || !was.combinationOf(old).equals(is.combinationOf(d))
          || old.weight().compareTo(d.weight()) != 0) {
        changes.add(new ModelChange("dimension", d.id(), ChangeKind.CHANGED, "dimension " + d.id()
            + " changed its name, weight or combination"));
      }
    }
    wasDims.values().forEach(d ->
        changes.add(new ModelChange("dimension", d.id(), ChangeKind.REMOVED, "dimension " + d.id() + " (" + d.name() + ") removed")));

    Map<String, Question> wasQuestions = new LinkedHashMap<>(was.questions());
    for (Question q : is.questions().values()) {
      Question old = wasQuestions.remove(q.id());
      String where = " in dimension " + is.dimensionOf(q).id();
      if (old == null) {
        changes.add(new ModelChange("question", q.id(), ChangeKind.ADDED, "question " + q.id() + " added" + where));
      } else {
        Set<String> what = new LinkedHashSet<>();
        if (!was.dimensionOf(old).id().equals(is.dimensionOf(q).id())) {
          what.add("moved from dimension " + was.dimensionOf(old).id());
        }
        if (!sameOptions(old, q)) {
          what.add("its options or their levels");
        }
        if (!old.text().equals(q.text())) {
          what.add("its text");
        }
        if (!actionTexts(old).equals(actionTexts(q))) {
          what.add("its actions");
        }
        if (!what.isEmpty()) {
          changes.add(new ModelChange("question", q.id(), ChangeKind.CHANGED,
              "question " + q.id() + where + " changed: " + String.join(", ", what)));
        }
      }
    }
    wasQuestions.values().forEach(q -> changes.add(new ModelChange("question", q.id(), ChangeKind.REMOVED,
        "question " + q.id() + " removed from dimension " + was.dimensionOf(q).id())));
    return ImmutableList.copyOf(changes);
  }

  /** A question's actions as level id to text: a renamed level or a moved question changes none. */
  private static Map<String, String> actionTexts(Question q) {
    Map<String, String> texts = new LinkedHashMap<>();
    q.actions().forEach((level, action) -> texts.put(level, action.text()));
    return texts;
  }

  private static String describe(MaturityModel m) {
    return "'" + m.name() + "'" + m.version().map(v -> " version " + v).orElse("");
  }

  private static String thresholdWords(Level l) {
    return l.threshold().map(t -> " from " + t.toPlainString()).orElse("");
  }

  private static Set<String> keys(List<Action> actions) {
    Set<String> keys = new LinkedHashSet<>();
    actions.forEach(a -> keys.add(key(a)));
    return keys;
  }

  private static String key(Action a) {
    return a.questionId() + '\u0000' + a.level().id();
  }
}
