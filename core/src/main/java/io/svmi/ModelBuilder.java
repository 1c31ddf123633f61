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
  private Rules rules = Rules.defaults();
  private Optional<Declared<String>> unansweredLevel = Optional.empty();
  private final List<DimensionBuilder> dimensions = new ArrayList<>();
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
    return level(id, name, null);
  }

  public ModelBuilder level(String id, String name, @Nullable SourceSpan idSpan) {
    levels.add(new Declared<>(checkNotNull(id, "id"), Optional.ofNullable(idSpan)));
    levelNames.add(checkNotNull(name, "name"));
    return this;
  }

  public ModelBuilder dimensionLevel(Combination combination) {
    rules = rules.withDimensionLevel(combination);
    return this;
  }

  /** Sets the overall rule, and the overall target rule with it unless that is set later. */
  public ModelBuilder overallLevel(Combination combination) {
    rules = rules.withOverallLevel(combination);
    return this;
  }

  public ModelBuilder overallTarget(Combination combination) {
    rules = rules.withOverallTarget(combination);
    return this;
  }

  public ModelBuilder actionPlan(PlanPolicy policy) {
    rules = rules.withActionPlan(policy);
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
      options.add(
          new PendingOption(
              new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)),
              checkNotNull(text),
              Optional.of(new Declared<>(checkNotNull(levelId), Optional.ofNullable(levelSpan)))));
      return this;
    }

    /** An answer that marks the question not applicable. */
    public QuestionBuilder optionNotApplicable(String id, String text) {
      return optionNotApplicable(id, text, null);
    }

    public QuestionBuilder optionNotApplicable(String id, String text, @Nullable SourceSpan idSpan) {
      options.add(
          new PendingOption(new Declared<>(checkNotNull(id), Optional.ofNullable(idSpan)), checkNotNull(text), Optional.empty()));
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

  private record PendingOption(Declared<String> id, String text, Optional<Declared<String>> level) {}

  private record PendingAction(Declared<String> level, String text) {}

  /** One run of the checks; collects every diagnostic, then builds the model if there is no error. */
  private final class Checker {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Level> levelsById = new LinkedHashMap<>();
    private final Map<String, Optional<SourceSpan>> questionIds = new HashMap<>();

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
      ImmutableMap<String, Dimension> checkedDimensions = checkDimensions(checkedRules);
      scale.ifPresent(s -> warnUnreachedLevels(s, checkedDimensions, checkedRules));
      ImmutableList<Diagnostic> sorted = Diagnostics.sorted(diagnostics);
      if (Diagnostics.hasErrors(sorted) || scale.isEmpty()) {
        return new ModelResult(Optional.empty(), sorted, Optional.empty());
      }
      MaturityModel model =
          new MaturityModel(name, version, scale.get(), checkedRules, checkedDimensions, ImmutableList.of());
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
              name, version, scale.get(), checkedRules, checkedDimensions, ImmutableList.copyOf(examples));
      return new ModelResult(Optional.of(withExamples), sorted, Optional.empty());
    }

    private Optional<Scale> checkLevels() {
      if (levels.isEmpty()) {
        report(DiagnosticCode.E0205, "the model declares no levels", Optional.empty());
        return Optional.empty();
      }
      Map<String, Optional<SourceSpan>> seen = new HashMap<>();
      ImmutableList.Builder<Level> list = ImmutableList.builder();
      for (int i = 0; i < levels.size(); i++) {
        Declared<String> id = levels.get(i);
        if (checkUnique("level", id, seen)) {
          Level level = new Level(id.value(), levelNames.get(i), levelsById.size());
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

    private Optional<Question> checkQuestion(DimensionBuilder d, QuestionBuilder q, Rules checkedRules) {
      boolean unique = checkUnique("question", q.id, questionIds);
      String what = "question '" + q.id.value() + "'";
      if (q.text.isBlank()) {
        report(DiagnosticCode.E0209, what + " has an empty text", q.id.span());
      }
      checkWeight(q.weight, what);
      if (q.options.isEmpty()) {
        report(DiagnosticCode.W0304, what + " has no option", q.id.span());
      }
      Map<String, Optional<SourceSpan>> seenOptions = new HashMap<>();
      ImmutableMap.Builder<String, Option> options = ImmutableMap.builder();
      for (PendingOption o : q.options) {
        boolean optionUnique = checkUnique("option", o.id(), seenOptions, " in " + what);
        Optional<Level> level = Optional.empty();
        if (o.level().isPresent()) {
          level = resolveLevel(o.level().get(), "for option '" + o.id().value() + "' of " + what);
          if (level.isEmpty()) {
            continue;
          }
        }
        if (optionUnique) {
          options.put(o.id().value(), new Option(o.id().value(), o.text(), level));
        }
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
      Question question = new Question(q.id.value(), q.text, q.weight.value(), options.buildKeepingLast(), actionMap);
      warnMissingActions(question, q, checkedRules);
      return unique ? Optional.of(question) : Optional.empty();
    }

    /** W0302: a step the plan can ask for (from a level the question can stand at) has no text. */
    private void warnMissingActions(Question question, QuestionBuilder q, Rules checkedRules) {
      if (levelsById.isEmpty()) {
        return;
      }
      int top = levelsById.size() - 1;
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
  }
}
