package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link MaturityModel} in Java, and checks it: {@link #check()} reports every problem at
 * once as {@link Diagnostic}s, {@link #build()} throws them in one {@link ModelException}.
 *
 * <pre>{@code
 * MaturityModel model = MaturityModel.builder()
 *     .name("Social Value Maturity Index")
 *     .level("follower", "Follower")
 *     .level("mature", "Mature")
 *     .dimension("A", "Policy & Scope", a -> a
 *         .question("A1", "How far does your policy reach?", q -> q
 *             .option("act", "We apply the Act", "follower")
 *             .option("tailor", "We tailor it to each contract", "mature")
 *             .action("mature", "Develop a strategy to tailor the contribution.")))
 *     .build();
 * }</pre>
 *
 * <p>Every declaring method has an overload taking {@link SourceSpan}s, used by the language
 * compiler so that diagnostics point into the rules file. A builder is not thread-safe; the model
 * it builds is.
 */
public final class ModelBuilder {
  static final int MAX_WEIGHT_SCALE = 6;
  static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);

  private String name = "";
  private Optional<SourceSpan> nameSpan = Optional.empty();
  private Optional<String> version = Optional.empty();
  private final List<Declared<String>> levels = new ArrayList<>();
  private final List<String> levelNames = new ArrayList<>();
  private final List<Optional<Declared<BigDecimal>>> levelThresholds = new ArrayList<>();
  private final List<GroupBuilder> groups = new ArrayList<>();
  private final Map<String, Optional<SourceSpan>> ruleSpans = new HashMap<>();
  private Rules rules = Rules.defaults();
  private Optional<Declared<String>> unansweredLevel = Optional.empty();
  private boolean overallTargetWithoutLevel;
  private final List<DimensionBuilder> dimensions = new ArrayList<>();
  private final List<AnswerSetBuilder> answerSets = new ArrayList<>();
  private final List<Example> examples = new ArrayList<>();

  ModelBuilder() {}

  /** An id or reference as written, with where it was written when known. */
  private record Declared<T>(T value, Optional<SourceSpan> span) {}

  public ModelBuilder name(String name) {
    return name(name, null);
  }

  public ModelBuilder name(String name, @Nullable SourceSpan span) {
    this.name = checkNotNull(name, "name");
    this.nameSpan = Optional.ofNullable(span);
    return this;
  }

  public ModelBuilder version(String version) {
    this.version = Optional.of(checkNotNull(version, "version"));
    return this;
  }

  /** Declares the next level, above those declared before it. */
  public ModelBuilder level(String id, String name) {
    return level(id, name, (SourceSpan) null);
  }

  public ModelBuilder level(String id, String name, @Nullable SourceSpan idSpan) {
    levels.add(new Declared<>(checkNotNull(id, "id"), Optional.ofNullable(idSpan)));
    levelNames.add(checkNotNull(name, "name"));
    levelThresholds.add(Optional.empty());
    return this;
  }

  /**
   * Declares the next level, reached from the given score ({@code l1 "Level 1" from 1}). Either
   * every level has a threshold or none; thresholds increase strictly.
   */
  public ModelBuilder level(String id, String name, BigDecimal threshold) {
    return level(id, name, threshold, null, null);
  }

  public ModelBuilder level(
      String id, String name, BigDecimal threshold, @Nullable SourceSpan idSpan, @Nullable SourceSpan thresholdSpan) {
    levels.add(new Declared<>(checkNotNull(id, "id"), Optional.ofNullable(idSpan)));
    levelNames.add(checkNotNull(name, "name"));
    levelThresholds.add(Optional.of(new Declared<>(checkNotNull(threshold), Optional.ofNullable(thresholdSpan))));
    return this;
  }

  /** How the dimensions of a group combine (only in a model with groups). */
  public ModelBuilder groupLevel(Combination combination) {
    rules = rules.withGroupLevel(combination);
    return this;
  }

  /** Declares the next group of dimensions and returns its builder. */
  public GroupBuilder group(String id, String name) {
    return group(id, name, (SourceSpan) null);
  }

  public GroupBuilder group(String id, String name, @Nullable SourceSpan idSpan) {
    GroupBuilder g = new GroupBuilder(new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)), checkNotNull(name));
    groups.add(g);
    return g;
  }

  /** Declares the next group and fills it in. */
  public ModelBuilder group(String id, String name, Consumer<GroupBuilder> body) {
    body.accept(group(id, name));
    return this;
  }

  /** Builds one group; its dimensions are the model's too, in the order of the groups. */
  public final class GroupBuilder {
    private final Declared<String> id;
    private final String name;
    private final List<DimensionBuilder> members = new ArrayList<>();

    private GroupBuilder(Declared<String> id, String name) {
      this.id = id;
      this.name = name;
    }

    /** Declares the next dimension of this group and returns its builder. */
    public DimensionBuilder dimension(String id, String name) {
      return dimension(id, name, (SourceSpan) null);
    }

    public DimensionBuilder dimension(String id, String name, @Nullable SourceSpan idSpan) {
      DimensionBuilder d = ModelBuilder.this.dimension(id, name, idSpan);
      members.add(d);
      return d;
    }

    public GroupBuilder dimension(String id, String name, Consumer<DimensionBuilder> body) {
      body.accept(dimension(id, name));
      return this;
    }
  }

  public ModelBuilder dimensionLevel(Combination combination) {
    rules = rules.withDimensionLevel(combination);
    return this;
  }

  /** As {@link #dimensionLevel(Combination)}, with where the rule's value was written. */
  public ModelBuilder dimensionLevel(Combination combination, @Nullable SourceSpan span) {
    ruleSpans.put("dimension level", Optional.ofNullable(span));
    return dimensionLevel(combination);
  }

  /** As {@link #overallLevel(Combination)}, with where the rule's value was written. */
  public ModelBuilder overallLevel(Combination combination, @Nullable SourceSpan span) {
    ruleSpans.put("overall level", Optional.ofNullable(span));
    return overallLevel(combination);
  }

  /** As {@link #overallTarget(Combination)}, with where the rule's value was written. */
  public ModelBuilder overallTarget(Combination combination, @Nullable SourceSpan span) {
    ruleSpans.put("overall target", Optional.ofNullable(span));
    return overallTarget(combination);
  }

  /** As {@link #groupLevel(Combination)}, with where the rule's value was written. */
  public ModelBuilder groupLevel(Combination combination, @Nullable SourceSpan span) {
    ruleSpans.put("group level", Optional.ofNullable(span));
    return groupLevel(combination);
  }

  /** Sets the overall rule, and the overall target rule with it unless that is set later. */
  public ModelBuilder overallLevel(Combination combination) {
    rules = rules.withOverallLevel(combination);
    return this;
  }

  /** Sets the overall target rule; in a model with no overall level, {@link #check()} reports it (E0219). */
  public ModelBuilder overallTarget(Combination combination) {
    if (rules.hasOverallLevel()) {
      rules = rules.withOverallTarget(combination);
    } else {
      overallTargetWithoutLevel = true;
    }
    return this;
  }

  /**
   * {@code overall level = none}: the model has no overall grade (as the NCSC CAF has none), and so
   * no overall target; evaluations report neither.
   */
  public ModelBuilder noOverallLevel() {
    return noOverallLevel(null);
  }

  public ModelBuilder noOverallLevel(@Nullable SourceSpan span) {
    ruleSpans.put("overall level", Optional.ofNullable(span));
    rules = rules.withoutOverallLevel();
    return this;
  }

  /** {@code overall target = none}: the overall target is the assessment's, or none. */
  public ModelBuilder noOverallTarget() {
    return noOverallTarget(null);
  }

  public ModelBuilder noOverallTarget(@Nullable SourceSpan span) {
    ruleSpans.put("overall target", Optional.ofNullable(span));
    rules = rules.withoutOverallTarget();
    return this;
  }

  public ModelBuilder actionPlan(PlanPolicy policy) {
    rules = rules.withActionPlan(policy);
    return this;
  }

  /**
   * Shows a present score strictly between two levels' thresholds as the lower level with a plus
   * ("Level 1+", SAMM's "1+"): see {@link DimensionResult#plus()}. The levels must have
   * thresholds (E0218).
   */
  public ModelBuilder plusBetweenLevels() {
    return plusBetweenLevels(null);
  }

  /** As {@link #plusBetweenLevels()}, with where the rule's value was written. */
  public ModelBuilder plusBetweenLevels(@Nullable SourceSpan span) {
    ruleSpans.put("between levels", Optional.ofNullable(span));
    rules = rules.withPlusBetweenLevels(true);
    return this;
  }

  /** An unanswered question is an error in the assessment (the default). */
  public ModelBuilder unansweredIsError() {
    unansweredLevel = Optional.empty();
    return this;
  }

  /** An unanswered question stands at the given level. */
  public ModelBuilder unansweredAs(String levelId) {
    return unansweredAs(levelId, null);
  }

  public ModelBuilder unansweredAs(String levelId, @Nullable SourceSpan span) {
    unansweredLevel = Optional.of(new Declared<>(checkNotNull(levelId), Optional.ofNullable(span)));
    return this;
  }

  /** Declares the next dimension and returns its builder. */
  public DimensionBuilder dimension(String id, String name) {
    return dimension(id, name, (SourceSpan) null);
  }

  public DimensionBuilder dimension(String id, String name, @Nullable SourceSpan idSpan) {
    DimensionBuilder d = new DimensionBuilder(new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)), checkNotNull(name));
    dimensions.add(d);
    return d;
  }

  /** Declares the next dimension and fills it in. */
  public ModelBuilder dimension(String id, String name, Consumer<DimensionBuilder> body) {
    body.accept(dimension(id, name));
    return this;
  }

  /**
   * Adds a worked example, checked with the model: its assessment must fit the model (E0401 to
   * E0407) and its expectations name only what the model has (E0413), each once (E0414).
   */
  public ModelBuilder example(Example example) {
    examples.add(checkNotNull(example, "example"));
    return this;
  }

  /** Checks the model: never throws for a bad model; the result holds the model or the errors. */
  public ModelResult check() {
    return new Checker().run();
  }

  /** Builds the model, or throws a {@link ModelException} carrying every diagnostic. */
  public MaturityModel build() {
    return check().orElseThrow();
  }

  /** Builds one dimension; obtained from {@link ModelBuilder#dimension}. */
  public static final class DimensionBuilder {
    private final Declared<String> id;
    private final String name;
    private Declared<BigDecimal> weight = new Declared<>(BigDecimal.ONE, Optional.empty());
    private Optional<Combination> combination = Optional.empty();
    private Optional<SourceSpan> combinationSpan = Optional.empty();
    private final List<QuestionBuilder> questions = new ArrayList<>();

    private DimensionBuilder(Declared<String> id, String name) {
      this.id = id;
      this.name = name;
    }

    /** The dimension's weight in a weighted overall combination (1 unless set). */
    public DimensionBuilder weight(BigDecimal weight) {
      return weight(weight, null);
    }

    public DimensionBuilder weight(BigDecimal weight, @Nullable SourceSpan span) {
      this.weight = new Declared<>(checkNotNull(weight), Optional.ofNullable(span));
      return this;
    }

    /** Overrides the model's rule for combining this dimension's question levels. */
    public DimensionBuilder combination(Combination combination) {
      this.combination = Optional.of(combination);
      return this;
    }

    /** As {@link #combination(Combination)}, with where the rule's value was written. */
    public DimensionBuilder combination(Combination combination, @Nullable SourceSpan span) {
      this.combinationSpan = Optional.ofNullable(span);
      return combination(combination);
    }

    public QuestionBuilder question(String id, String text) {
      return question(id, text, (SourceSpan) null);
    }

    public QuestionBuilder question(String id, String text, @Nullable SourceSpan idSpan) {
      QuestionBuilder q = new QuestionBuilder(new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)), checkNotNull(text));
      questions.add(q);
      return q;
    }

    public DimensionBuilder question(String id, String text, Consumer<QuestionBuilder> body) {
      body.accept(question(id, text));
      return this;
    }
  }

  /** Builds one question; obtained from {@link DimensionBuilder#question}. */
  public static final class QuestionBuilder {
    private final Declared<String> id;
    private final String text;
    private Declared<BigDecimal> weight = new Declared<>(BigDecimal.ONE, Optional.empty());
    private final List<PendingOption> options = new ArrayList<>();
    private final List<PendingAction> actions = new ArrayList<>();
    private Optional<Declared<String>> at = Optional.empty();
    private Optional<Declared<String>> answerSet = Optional.empty();

    private QuestionBuilder(Declared<String> id, String text) {
      this.id = id;
      this.text = text;
    }

    /** The question's weight in a weighted dimension combination (1 unless set). */
    public QuestionBuilder weight(BigDecimal weight) {
      return weight(weight, null);
    }

    public QuestionBuilder weight(BigDecimal weight, @Nullable SourceSpan span) {
      this.weight = new Declared<>(checkNotNull(weight), Optional.ofNullable(span));
      return this;
    }

    /** An answer that places the question at the level with the given id. */
    public QuestionBuilder option(String id, String text, String levelId) {
      return option(id, text, levelId, null, null);
    }

    public QuestionBuilder option(
        String id,
        String text,
        String levelId,
        @Nullable SourceSpan idSpan,
        @Nullable SourceSpan levelSpan) {
      options.add(PendingOption.atLevel(id, text, levelId, idSpan, levelSpan));
      return this;
    }

    /** An answer with a value (score-based models: 0, 0.25, 0.5, 1). */
    public QuestionBuilder option(String id, String text, BigDecimal value) {
      return option(id, text, value, null, null);
    }

    public QuestionBuilder option(
        String id, String text, BigDecimal value, @Nullable SourceSpan idSpan, @Nullable SourceSpan valueSpan) {
      options.add(PendingOption.valued(id, text, value, idSpan, valueSpan));
      return this;
    }

    /** The level the question belongs to ({@code at l1}). */
    public QuestionBuilder at(String levelId) {
      return at(levelId, null);
    }

    public QuestionBuilder at(String levelId, @Nullable SourceSpan span) {
      this.at = Optional.of(new Declared<>(checkNotNull(levelId), Optional.ofNullable(span)));
      return this;
    }

    /** An answer that marks the question not applicable. */
    public QuestionBuilder optionNotApplicable(String id, String text) {
      return optionNotApplicable(id, text, null);
    }

    public QuestionBuilder optionNotApplicable(String id, String text, @Nullable SourceSpan idSpan) {
      options.add(PendingOption.notApplicable(id, text, idSpan));
      return this;
    }

    /**
     * Gives the question the options of an answer set declared with {@link
     * ModelBuilder#answerSet(String)}; it then declares no option of its own (E0222).
     */
    public QuestionBuilder answers(String answerSetId) {
      return answers(answerSetId, null);
    }

    public QuestionBuilder answers(String answerSetId, @Nullable SourceSpan span) {
      this.answerSet = Optional.of(new Declared<>(checkNotNull(answerSetId), Optional.ofNullable(span)));
      return this;
    }

    /** The text of the action that moves this question up to the level with the given id. */
    public QuestionBuilder action(String levelId, String text) {
      return action(levelId, text, null);
    }

    public QuestionBuilder action(String levelId, String text, @Nullable SourceSpan levelSpan) {
      actions.add(new PendingAction(new Declared<>(checkNotNull(levelId), Optional.ofNullable(levelSpan)), checkNotNull(text)));
      return this;
    }
  }

  private record PendingOption(
      Declared<String> id, String text, Optional<Declared<String>> level, Optional<Declared<BigDecimal>> value) {
    static PendingOption atLevel(
        String id, String text, String levelId, @Nullable SourceSpan idSpan, @Nullable SourceSpan levelSpan) {
      return new PendingOption(
          new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)),
          checkNotNull(text),
          Optional.of(new Declared<>(checkNotNull(levelId), Optional.ofNullable(levelSpan))),
          Optional.empty());
    }

    static PendingOption valued(
        String id, String text, BigDecimal value, @Nullable SourceSpan idSpan, @Nullable SourceSpan valueSpan) {
      return new PendingOption(
          new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)),
          checkNotNull(text),
          Optional.empty(),
          Optional.of(new Declared<>(checkNotNull(value), Optional.ofNullable(valueSpan))));
    }

    static PendingOption notApplicable(String id, String text, @Nullable SourceSpan idSpan) {
      return new PendingOption(
          new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)), checkNotNull(text), Optional.empty(), Optional.empty());
    }
  }

  /** Builds one answer set; obtained from {@link ModelBuilder#answerSet(String)}. */
  public static final class AnswerSetBuilder {
    private final Declared<String> id;
    private final List<PendingOption> options = new ArrayList<>();

    private AnswerSetBuilder(Declared<String> id) {
      this.id = id;
    }

    /** An answer that places the question at the level with the given id. */
    public AnswerSetBuilder option(String id, String text, String levelId) {
      return option(id, text, levelId, null, null);
    }

    public AnswerSetBuilder option(
        String id, String text, String levelId, @Nullable SourceSpan idSpan, @Nullable SourceSpan levelSpan) {
      options.add(PendingOption.atLevel(id, text, levelId, idSpan, levelSpan));
      return this;
    }

    /** An answer with a value (score-based models: 0, 0.25, 0.5, 1). */
    public AnswerSetBuilder option(String id, String text, BigDecimal value) {
      return option(id, text, value, null, null);
    }

    public AnswerSetBuilder option(
        String id, String text, BigDecimal value, @Nullable SourceSpan idSpan, @Nullable SourceSpan valueSpan) {
      options.add(PendingOption.valued(id, text, value, idSpan, valueSpan));
      return this;
    }

    /** An answer that marks the question not applicable. */
    public AnswerSetBuilder optionNotApplicable(String id, String text) {
      return optionNotApplicable(id, text, null);
    }

    public AnswerSetBuilder optionNotApplicable(String id, String text, @Nullable SourceSpan idSpan) {
      options.add(PendingOption.notApplicable(id, text, idSpan));
      return this;
    }
  }

  /**
   * Declares an answer set: options declared once, which questions use with {@link
   * QuestionBuilder#answers(String)}.
   */
  public AnswerSetBuilder answerSet(String id) {
    return answerSet(id, (SourceSpan) null);
  }

  public AnswerSetBuilder answerSet(String id, @Nullable SourceSpan idSpan) {
    AnswerSetBuilder s = new AnswerSetBuilder(new Declared<>(checkNotNull(id, "id"), Optional.ofNullable(idSpan)));
    answerSets.add(s);
    return s;
  }

  /** Declares an answer set and fills it in. */
  public ModelBuilder answerSet(String id, Consumer<AnswerSetBuilder> body) {
    body.accept(answerSet(id));
    return this;
  }

  private record PendingAction(Declared<String> level, String text) {}

  /** One run of the checks; collects every diagnostic, then builds the model if there is no error. */
  private final class Checker {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Level> levelsById = new LinkedHashMap<>();
    private final Map<String, Optional<SourceSpan>> questionIds = new HashMap<>();
    private Optional<Optional<SourceSpan>> firstValued = Optional.empty();
    private Optional<Optional<SourceSpan>> firstLeveled = Optional.empty();
    private ImmutableMap<String, AnswerSet> checkedAnswerSets = ImmutableMap.of();
    private final java.util.Set<String> usedAnswerSets = new java.util.HashSet<>();
    private boolean unknownAnswerSetUsed;

    ModelResult run() {
      if (name.isBlank()) {
        report(DiagnosticCode.E0209, "the model's name is empty", nameSpan);
      }
      Optional<Scale> scale = checkLevels();
      Unanswered unanswered = Unanswered.error();
      if (unansweredLevel.isPresent()) {
        Optional<Level> level = resolveLevel(unansweredLevel.get(), "for unanswered questions");
        if (level.isPresent()) {
          unanswered = Unanswered.asLevel(level.get());
        }
      }
      Rules checkedRules = rules.withUnanswered(unanswered);
      checkedAnswerSets = checkAnswerSets();
      ImmutableMap<String, Dimension> checkedDimensions = checkDimensions(checkedRules);
      warnUnusedAnswerSets();
      ImmutableMap<String, Group> checkedGroups = checkGroups(checkedDimensions, checkedRules);
      if (!checkedGroups.isEmpty()) {
        checkedDimensions = inGroupOrder(checkedDimensions, checkedGroups);
      }
      scale.ifPresent(s -> checkScoreRules(s, checkedRules));
      scale.ifPresent(s -> checkPlus(s, checkedRules));
      checkOverallTarget();
      final ImmutableMap<String, Dimension> dims = checkedDimensions;
      if (firstValued.isEmpty() && !scale.map(Scale::hasThresholds).orElse(false)) {
        scale.ifPresent(s -> warnUnreachedLevels(s, dims, checkedRules));
      }
      ImmutableList<Diagnostic> sorted = Diagnostics.sorted(diagnostics);
      if (Diagnostics.hasErrors(sorted) || scale.isEmpty()) {
        return new ModelResult(Optional.empty(), sorted, Optional.empty());
      }
      MaturityModel model =
          new MaturityModel(
              name, version, scale.get(), checkedRules, checkedDimensions, checkedGroups, checkedAnswerSets,
              ImmutableList.of());
      if (examples.isEmpty()) {
        return new ModelResult(Optional.of(model), sorted, Optional.empty());
      }
      diagnostics.addAll(ExampleChecks.check(examples, model));
      sorted = Diagnostics.sorted(diagnostics);
      if (Diagnostics.hasErrors(sorted)) {
        return new ModelResult(Optional.empty(), sorted, Optional.empty());
      }
      MaturityModel withExamples =
          new MaturityModel(
              name, version, scale.get(), checkedRules, checkedDimensions, checkedGroups, checkedAnswerSets,
              ImmutableList.copyOf(examples));
      return new ModelResult(Optional.of(withExamples), sorted, Optional.empty());
    }

    private Optional<Scale> checkLevels() {
      if (levels.isEmpty()) {
        report(DiagnosticCode.E0205, "the model declares no levels", Optional.empty());
        return Optional.empty();
      }
      Map<String, Optional<SourceSpan>> seen = new HashMap<>();
      ImmutableList.Builder<Level> list = ImmutableList.builder();
      boolean thresholds = levelThresholds.stream().anyMatch(Optional::isPresent);
      BigDecimal previous = null;
      for (int i = 0; i < levels.size(); i++) {
        Declared<String> id = levels.get(i);
        Optional<Declared<BigDecimal>> threshold = levelThresholds.get(i);
        if (thresholds && threshold.isEmpty()) {
          report(
              DiagnosticCode.E0213,
              "level '" + id.value() + "' has no threshold, but other levels have one",
              id.span(),
              "either every level says where it starts ('from 1') or none does");
        }
        if (threshold.isPresent()) {
          BigDecimal t = threshold.get().value();
          if (!validDecimal(t)) {
            report(
                DiagnosticCode.E0213,
                "the threshold of level '" + id.value() + "' must be a decimal from 0 to "
                    + MAX_WEIGHT.toPlainString() + " with at most " + MAX_WEIGHT_SCALE + " decimal places, not "
                    + t.toPlainString(),
                threshold.get().span());
          } else if (previous != null && t.compareTo(previous) <= 0) {
            report(
                DiagnosticCode.E0213,
                "the threshold of level '" + id.value() + "' (" + t.toPlainString()
                    + ") must be above the threshold of the level before it (" + previous.toPlainString() + ")",
                threshold.get().span(),
                "levels are declared lowest first, and each starts at a higher score");
          }
          previous = t;
        }
        if (checkUnique("level", id, seen)) {
          Level level =
              new Level(
                  id.value(), levelNames.get(i), levelsById.size(), threshold.map(t -> t.value().stripTrailingZeros()));
          levelsById.put(id.value(), level);
          list.add(level);
        }
        if (levelNames.get(i).isBlank()) {
          report(DiagnosticCode.E0209, "level '" + id.value() + "' has an empty name", id.span());
        }
      }
      return Optional.of(new Scale(list.build()));
    }

    private ImmutableMap<String, Dimension> checkDimensions(Rules checkedRules) {
      Map<String, Optional<SourceSpan>> seen = new HashMap<>();
      ImmutableMap.Builder<String, Dimension> result = ImmutableMap.builder();
      for (DimensionBuilder d : dimensions) {
        boolean unique = checkUnique("dimension", d.id, seen);
        if (d.name.isBlank()) {
          report(DiagnosticCode.E0209, "dimension '" + d.id.value() + "' has an empty name", d.id.span());
        }
        checkWeight(d.weight, "dimension '" + d.id.value() + "'");
        if (d.questions.isEmpty()) {
          report(DiagnosticCode.W0303, "dimension '" + d.id.value() + "' has no question", d.id.span());
        }
        ImmutableMap.Builder<String, Question> questions = ImmutableMap.builder();
        for (QuestionBuilder q : d.questions) {
          Optional<Question> question = checkQuestion(d, q, checkedRules);
          question.ifPresent(value -> questions.put(value.id(), value));
        }
        if (unique) {
          result.put(
              d.id.value(),
              new Dimension(d.id.value(), d.name, d.weight.value(), d.combination, questions.buildKeepingLast()));
        }
      }
      return result.buildKeepingLast();
    }

    /** The options as declared (of a question or an answer set), checked; {@code what} names their owner. */
    private ImmutableMap<String, Option> resolveOptions(List<PendingOption> pending, String what) {
      Map<String, Optional<SourceSpan>> seenOptions = new HashMap<>();
      ImmutableMap.Builder<String, Option> options = ImmutableMap.builder();
      for (PendingOption o : pending) {
        boolean optionUnique = checkUnique("option", o.id(), seenOptions, " in " + what);
        Optional<Level> level = Optional.empty();
        if (o.value().isPresent()) {
          checkOptionKind(true, o.id().span());
          BigDecimal v = o.value().get().value();
          if (!validDecimal(v)) {
            report(
                DiagnosticCode.E0215,
                "the value of option '" + o.id().value() + "' of " + what + " must be a decimal from 0 to "
                    + MAX_WEIGHT.toPlainString() + " with at most " + MAX_WEIGHT_SCALE + " decimal places, not "
                    + v.toPlainString(),
                o.value().get().span());
            continue;
          }
          if (optionUnique) {
            options.put(
                o.id().value(), new Option(o.id().value(), o.text(), Optional.empty(), Optional.of(v.stripTrailingZeros())));
          }
          continue;
        }
        if (o.level().isPresent()) {
          checkOptionKind(false, o.id().span());
          level = resolveLevel(o.level().get(), "for option '" + o.id().value() + "' of " + what);
          if (level.isEmpty()) {
            continue;
          }
        }
        if (optionUnique) {
          options.put(o.id().value(), new Option(o.id().value(), o.text(), level));
        }
      }
      return options.buildKeepingLast();
    }

    /** The answer sets, checked: ids unique, options as a question's. */
    private ImmutableMap<String, AnswerSet> checkAnswerSets() {
      Map<String, Optional<SourceSpan>> seen = new HashMap<>();
      ImmutableMap.Builder<String, AnswerSet> result = ImmutableMap.builder();
      for (AnswerSetBuilder s : answerSets) {
        boolean unique = checkUnique("answer set", s.id, seen);
        ImmutableMap<String, Option> options = resolveOptions(s.options, "answer set '" + s.id.value() + "'");
        if (s.options.isEmpty()) {
          report(DiagnosticCode.W0304, "answer set '" + s.id.value() + "' has no option", s.id.span());
        }
        if (unique) {
          result.put(s.id.value(), new AnswerSet(s.id.value(), options));
        }
      }
      return result.buildKeepingLast();
    }

    /** W0307: an answer set that no question uses (not beside E0221, which may be its misspelt use). */
    private void warnUnusedAnswerSets() {
      if (unknownAnswerSetUsed) {
        return;
      }
      for (AnswerSetBuilder s : answerSets) {
        if (!usedAnswerSets.contains(s.id.value())) {
          report(DiagnosticCode.W0307, "no question uses the answer set '" + s.id.value() + "'", s.id.span(),
              "write 'answers " + s.id.value() + "' after a question's text, or remove the set");
        }
      }
    }

    private Optional<Question> checkQuestion(DimensionBuilder d, QuestionBuilder q, Rules checkedRules) {
      boolean unique = checkUnique("question", q.id, questionIds);
      String what = "question '" + q.id.value() + "'";
      if (q.text.isBlank()) {
        report(DiagnosticCode.E0209, what + " has an empty text", q.id.span());
      }
      checkWeight(q.weight, what);
      ImmutableMap<String, Option> options;
      Optional<String> answerSet = q.answerSet.map(Declared::value);
      if (q.answerSet.isPresent()) {
        Declared<String> setId = q.answerSet.get();
        if (!q.options.isEmpty()) {
          report(
              DiagnosticCode.E0222,
              what + " uses the answer set '" + setId.value() + "' and declares options of its own",
              q.options.get(0).id().span(),
              "a question takes its options from its answer set or declares them, not both");
        }
        AnswerSet set = checkedAnswerSets.get(setId.value());
        if (set == null) {
          report(
              DiagnosticCode.E0221,
              "unknown answer set '" + setId.value() + "' for " + what,
              setId.span(),
              Suggestions.didYouMean(setId.value(), checkedAnswerSets.keySet())
                  .orElse(checkedAnswerSets.isEmpty()
                      ? "declare it: answers " + setId.value() + " { option … }"
                      : "the answer sets are: " + String.join(", ", checkedAnswerSets.keySet())));
          options = ImmutableMap.of();
          unknownAnswerSetUsed = true;
        } else {
          usedAnswerSets.add(set.id());
          options = set.options();
        }
      } else {
        if (q.options.isEmpty()) {
          report(DiagnosticCode.W0304, what + " has no option", q.id.span());
        }
        options = resolveOptions(q.options, what);
      }
      Map<String, Optional<SourceSpan>> seenActions = new HashMap<>();

      List<Action> actions = new ArrayList<>();
      for (PendingAction a : q.actions) {
        Optional<Level> level = resolveLevel(a.level(), "for an action of " + what);
        if (level.isEmpty()) {
          continue;
        }
        boolean actionUnique = checkUnique("action to", a.level(), seenActions, " in " + what);
        if (a.text().isBlank()) {
          report(DiagnosticCode.E0209, "the action to reach '" + a.level().value() + "' in " + what + " has an empty text", a.level().span());
        }
        if (level.get().rank() == 0) {
          report(
              DiagnosticCode.E0210,
              "'" + level.get().id() + "' is the lowest level: no action can reach it",
              a.level().span());
        } else if (actionUnique) {
          actions.add(new Action(d.id.value(), q.id.value(), level.get(), a.text()));
        }
      }
      actions.sort((x, y) -> Integer.compare(x.level().rank(), y.level().rank()));
      ImmutableMap<String, Action> actionMap =
          actions.stream().collect(ImmutableMap.toImmutableMap(x -> x.level().id(), x -> x));
      Optional<Level> at = Optional.empty();
      if (q.at.isPresent()) {
        at = resolveLevel(q.at.get(), "for the 'at' of " + what);
      }
      Question question =
          new Question(q.id.value(), q.text, q.weight.value(), options, actionMap, at, answerSet);
      if (at.isEmpty() && q.at.isEmpty() && combinationOf(d, checkedRules) == Combination.SUM_OF_MEANS_BY_LEVEL) {
        report(
            DiagnosticCode.E0216,
            what + " has no 'at' level, but its dimension's level is the sum of means by level",
            q.id.span(),
            "say which level the question belongs to: question " + q.id.value() + " \"…\" at <level> { … }");
      }
      if (at.isEmpty() && q.at.isEmpty() && combinationOf(d, checkedRules) == Combination.STAGED) {
        report(
            DiagnosticCode.E0220,
            what + " has no 'at' level, but its dimension's level is staged",
            q.id.span(),
            "say which level the question is placed at: question " + q.id.value() + " \"…\" at <level> { … }");
      }
      if (question.isValued()) {
        warnUnplannedValued(question, q);
      } else {
        warnMissingActions(question, q, checkedRules, combinationOf(d, checkedRules) == Combination.STAGED);
      }
      return unique ? Optional.of(question) : Optional.empty();
    }

    private Combination combinationOf(DimensionBuilder d, Rules checkedRules) {
      return d.combination.orElse(checkedRules.dimensionLevel());
    }

    /** A valued question is planned once, to its 'at' level, with that level's action text. */
    private void warnUnplannedValued(Question question, QuestionBuilder q) {
      if (question.at().isEmpty()) {
        if (q.at.isEmpty()) {
          report(
              DiagnosticCode.W0306,
              "question '" + question.id() + "' gives values but has no 'at' level: no plan lists it",
              q.id.span(),
              "add 'at <level>' after its text, and a 'to <level>' action");
        }
        return;
      }
      Level at = question.at().get();
      if (at.rank() == 0) {
        report(
            DiagnosticCode.W0306,
            "question '" + question.id() + "' gives values and is at the lowest level, " + at.name()
                + ": no plan lists it",
            q.at.flatMap(Declared::span).or(() -> q.id.span()),
            "a plan step reaches a level above the lowest; put the question at the level its activity belongs to");
        return;
      }
      if (!question.actions().containsKey(at.id())) {
        report(
            DiagnosticCode.W0302,
            "question '" + question.id() + "' has no action text to reach " + at.name(),
            q.id.span());
      }
    }

    /** E0214: all options of a model give levels, or all give values (not applicable aside). */
    private void checkOptionKind(boolean valued, Optional<SourceSpan> span) {
      Optional<Optional<SourceSpan>> other = valued ? firstLeveled : firstValued;
      if (other.isPresent()) {
        Optional<SourceSpan> first = other.get();
        Diagnostic d =
            Diagnostic.of(
                DiagnosticCode.E0214,
                valued
                    ? "this option gives a value, but the model's options give levels"
                    : "this option gives a level, but the model's options give values",
                span);
        diagnostics.add(first.map(f -> d.withHint("the first option of the other kind is at " + f.line() + ":" + f.column())).orElse(d));
        return;
      }
      if (valued && firstValued.isEmpty()) {
        firstValued = Optional.of(span);
      } else if (!valued && firstLeveled.isEmpty()) {
        firstLeveled = Optional.of(span);
      }
    }

    /** E0212, E0216: rules that give scores need thresholds; 'sum of means by level' combines questions only. */
    private void checkScoreRules(Scale scale, Rules r) {
      record Used(String rule, Combination c, Optional<SourceSpan> span) {}
      List<Used> used = new ArrayList<>();
      used.add(new Used("dimension level", r.dimensionLevel(), span("dimension level")));
      if (r.hasOverallLevel()) {
        used.add(new Used("overall level", r.overallLevel(), span("overall level")));
      }
      if (r.hasOverallTarget()) {
        used.add(new Used("overall target", r.overallTarget(), span("overall target")));
      }
      if (!groups.isEmpty()) {
        used.add(new Used("group level", r.groupLevel(), span("group level")));
      }
      for (DimensionBuilder d : dimensions) {
        d.combination.ifPresent(c -> used.add(new Used("level of dimension '" + d.id.value() + "'", c, d.combinationSpan)));
      }
      for (Used u : used) {
        Combination c = u.c();
        String[] rule = {u.rule()};
        if (c.needsThresholds() && !scale.hasThresholds()) {
          report(
              DiagnosticCode.E0212,
              "the " + rule[0] + " '" + c.words() + "' gives a score, and the levels declare no thresholds",
              u.span(),
              "declare where each level starts ('l1 \"Level 1\" from 1'), or use a rule that rounds, such as"
                  + " 'mean … rounded down'");
        }
        if (c == Combination.SUM_OF_MEANS_BY_LEVEL && !rule[0].startsWith("dimension level") && !rule[0].startsWith("level of")) {
          report(
              DiagnosticCode.E0216,
              "the " + rule[0] + " cannot be the sum of means by level: only questions belong to levels",
              u.span());
        }
      }
    }

    /** E0218: a plus between levels needs levels with thresholds to be between. */
    private void checkPlus(Scale scale, Rules r) {
      if (r.plusBetweenLevels() && !scale.hasThresholds()) {
        report(
            DiagnosticCode.E0218,
            "a score can only be between levels that declare thresholds, and these levels declare none",
            span("between levels"),
            "declare where each level starts ('l1 \"Level 1\" from 1'), or leave the rule out");
      }
    }

    /** E0219: an overall target rule in a model with no overall level. */
    private void checkOverallTarget() {
      if (overallTargetWithoutLevel) {
        report(
            DiagnosticCode.E0219,
            "the rules combine an overall target, but the model has no overall level (overall level = none)",
            span("overall target"),
            "leave the overall target rule out, or give the model an overall level");
      }
    }

    private Optional<SourceSpan> span(String rule) {
      return ruleSpans.getOrDefault(rule, Optional.empty());
    }

    /** E0217: with groups, every dimension is in exactly one group; a group rule needs groups. */
    private ImmutableMap<String, Group> checkGroups(ImmutableMap<String, Dimension> dims, Rules r) {
      if (groups.isEmpty()) {
        if (r.groupLevel() != Rules.DEFAULT_GROUP_LEVEL) {
          report(DiagnosticCode.E0217, "the rules set the group level, but the model has no group", Optional.empty());
        }
        return ImmutableMap.of();
      }
      Map<String, Optional<SourceSpan>> seen = new HashMap<>();
      java.util.Set<DimensionBuilder> grouped = new java.util.HashSet<>();
      ImmutableMap.Builder<String, Group> result = ImmutableMap.builder();
      for (GroupBuilder g : groups) {
        boolean unique = checkUnique("group", g.id, seen);
        if (g.name.isBlank()) {
          report(DiagnosticCode.E0209, "group '" + g.id.value() + "' has an empty name", g.id.span());
        }
        grouped.addAll(g.members);
        if (unique) {
          result.put(
              g.id.value(),
              new Group(
                  g.id.value(),
                  g.name,
                  g.members.stream().map(m -> m.id.value()).distinct().collect(ImmutableList.toImmutableList())));
        }
      }
      for (DimensionBuilder d : dimensions) {
        if (!grouped.contains(d)) {
          report(
              DiagnosticCode.E0217,
              "dimension '" + d.id.value() + "' is in no group, but the model has groups",
              d.id.span(),
              "put every dimension in a group, or use no groups");
        }
      }
      return result.buildKeepingLast();
    }

    private ImmutableMap<String, Dimension> inGroupOrder(
        ImmutableMap<String, Dimension> dims, ImmutableMap<String, Group> checkedGroups) {
      Map<String, Dimension> ordered = new LinkedHashMap<>();
      for (Group g : checkedGroups.values()) {
        for (String id : g.dimensionIds()) {
          Dimension d = dims.get(id);
          if (d != null) {
            ordered.putIfAbsent(id, d);
          }
        }
      }
      dims.forEach(ordered::putIfAbsent);
      return ImmutableMap.copyOf(ordered);
    }

    /** W0302: a step the plan can ask for (from a level the question can stand at) has no text. */
    /** W0302; {@code staged}: no plan steps a staged dimension's question above its 'at' level. */
    private void warnMissingActions(Question question, QuestionBuilder q, Rules checkedRules, boolean staged) {
      if (levelsById.isEmpty()) {
        return;
      }
      int top = staged && question.at().isPresent() ? question.at().get().rank() : levelsById.size() - 1;
      TreeSet<Integer> reachable = new TreeSet<>();
      question.options().values().forEach(o -> o.level().ifPresent(l -> reachable.add(l.rank())));
      checkedRules.unanswered().level().ifPresent(l -> reachable.add(l.rank()));
      if (reachable.isEmpty()) {
        return;
      }
      TreeSet<Integer> steps = new TreeSet<>();
      if (checkedRules.actionPlan() == PlanPolicy.NEXT_LEVEL) {
        reachable.stream().filter(r -> r < top).forEach(r -> steps.add(r + 1));
      } else {
        for (int r = reachable.first() + 1; r <= top; r++) {
          steps.add(r);
        }
      }
      List<String> missing = new ArrayList<>();
      List<Level> ordered = ImmutableList.copyOf(levelsById.values());
      for (int step : steps) {
        Level level = ordered.get(step);
        if (!question.actions().containsKey(level.id())) {
          missing.add(level.name());
        }
      }
      if (!missing.isEmpty()) {
        report(
            DiagnosticCode.W0302,
            "question '" + question.id() + "' has no action text to reach " + String.join(", ", missing),
            q.id.span());
      }
    }

    private void warnUnreachedLevels(Scale scale, ImmutableMap<String, Dimension> dims, Rules checkedRules) {
      boolean[] reached = new boolean[scale.size()];
      checkedRules.unanswered().level().ifPresent(l -> reached[l.rank()] = true);
      for (Dimension d : dims.values()) {
        for (Question q : d.questions().values()) {
          for (Option o : q.options().values()) {
            o.level().ifPresent(l -> reached[l.rank()] = true);
          }
        }
      }
      if (dims.values().stream().allMatch(d -> d.questions().isEmpty())) {
        return; // nothing to reach with; W0303 already says so.
      }
      for (Declared<String> id : levels) {
        Level level = levelsById.get(id.value());
        if (level != null && !reached[level.rank()] && spanOwner(id)) {
          report(DiagnosticCode.W0301, "no option reaches level '" + level.id() + "'", id.span());
        }
      }
    }

    /** True for the first declaration of a level id (duplicates were reported already). */
    private boolean spanOwner(Declared<String> id) {
      return levels.stream().filter(l -> l.value().equals(id.value())).findFirst().orElseThrow() == id;
    }

    private Optional<Level> resolveLevel(Declared<String> ref, String context) {
      Level level = levelsById.get(ref.value());
      if (level != null) {
        return Optional.of(level);
      }
      if (!levels.isEmpty()) {
        Diagnostic d =
            Diagnostic.of(DiagnosticCode.E0203, "unknown level '" + ref.value() + "' " + context, ref.span());
        Optional<String> hint = Suggestions.didYouMean(ref.value(), levelsById.keySet());
        diagnostics.add(hint.map(d::withHint).orElse(d));
      }
      return Optional.empty();
    }

    private boolean checkUnique(String kind, Declared<String> id, Map<String, Optional<SourceSpan>> seen) {
      return checkUnique(kind, id, seen, "");
    }

    private boolean checkUnique(
        String kind, Declared<String> id, Map<String, Optional<SourceSpan>> seen, String where) {
      if (id.value().isEmpty()) {
        report(DiagnosticCode.E0209, "a " + kind + " has an empty id" + where, id.span());
        return false;
      }
      Optional<SourceSpan> first = seen.putIfAbsent(id.value(), id.span());
      if (first == null) {
        return true;
      }
      Diagnostic d = Diagnostic.of(DiagnosticCode.E0201, "duplicate " + kind + " '" + id.value() + "'" + where, id.span());
      diagnostics.add(
          first.map(s -> d.withHint("first declared at " + s.line() + ":" + s.column())).orElse(d));
      return false;
    }

    private void checkWeight(Declared<BigDecimal> weight, String what) {
      BigDecimal w = weight.value();
      if (w.signum() <= 0) {
        report(DiagnosticCode.E0208, "the weight of " + what + " must be positive, not " + w.toPlainString(), weight.span());
      } else if (w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > MAX_WEIGHT_SCALE) {
        report(
            DiagnosticCode.E0208,
            "the weight of " + what + " must be at most " + MAX_WEIGHT.toPlainString() + " with at most "
                + MAX_WEIGHT_SCALE + " decimal places, not " + w.toPlainString(),
            weight.span());
      }
    }

    private void report(DiagnosticCode code, String message, Optional<SourceSpan> span) {
      diagnostics.add(Diagnostic.of(code, message, span));
    }

    private void report(DiagnosticCode code, String message, Optional<SourceSpan> span, String hint) {
      diagnostics.add(Diagnostic.of(code, message, span).withHint(hint));
    }

    private boolean validDecimal(BigDecimal v) {
      return v.signum() >= 0 && v.compareTo(MAX_WEIGHT) <= 0 && v.stripTrailingZeros().scale() <= MAX_WEIGHT_SCALE;
    }
  }
}
