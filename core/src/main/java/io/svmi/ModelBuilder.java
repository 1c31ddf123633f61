package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import com.google.common.collect.Sets;
import io.svmi.ModelDraft.ActionDecl;
import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.GroupDecl;
import io.svmi.ModelDraft.LevelDecl;
import io.svmi.ModelDraft.OptionDecl;
import io.svmi.ModelDraft.QuestionDecl;
import io.svmi.internal.SourceMap;
import io.svmi.internal.SourceMap.Part;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a {@link MaturityModel} in Java: {@link #check()} runs every check of {@link ModelChecks}
 * (one class per rule, such as {@code UniqueIdsCheck}) and reports every problem at once as
 * {@link Diagnostic}s; {@link #build()} throws them in one {@link ModelException}. The builder
 * itself only records declarations and assembles the model the checks found no error in.
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
 * <p>Where each declaration was written (in a rules file) is not part of this API: the language's
 * reader records it beside the declarations, in the builder's source map, and the checks'
 * diagnostics point at it. A builder is not thread-safe; the model it builds is.
 */
public final class ModelBuilder {
  static {
    SourceMapAccess.load();
  }

  /** Where the declarations were written, taken as each one is received (see {@link SourceMap}). */
  final SourceMap sources = new SourceMap();
  private Declared<String> name = new Declared<>("", Optional.empty());
  private Optional<String> version = Optional.empty();
  private final List<LevelDecl> levels = new ArrayList<>();
  private final List<GroupBuilder> groups = new ArrayList<>();
  private final Map<String, Optional<SourceSpan>> ruleSpans = new HashMap<>();
  private Rules rules = Rules.defaults();
  private Optional<Declared<String>> unansweredLevel = Optional.empty();
  private boolean overallTargetWithoutLevel;
  private final List<DimensionBuilder> dimensions = new ArrayList<>();
  private final List<AnswerSetBuilder> answerSets = new ArrayList<>();
  private final List<ProfileBuilder> profiles = new ArrayList<>();
  private final List<Example> examples = new ArrayList<>();
  private final List<ExamplePositions> examplePositions = new ArrayList<>();
  private final List<ModelDraft.LanguageDecl> languages = new ArrayList<>();
  private final List<TranslationBuilder> translations = new ArrayList<>();

  private final EnumSet<Incomplete> incomplete = EnumSet.noneOf(Incomplete.class);
  private final List<Diagnostic> reported = new ArrayList<>();

  ModelBuilder() {}

  /**
   * What a reader of some other form (a rules file) left out of the declarations because of errors
   * it reported itself. The checks then report nothing that the missing part could explain.
   */
  public enum Incomplete {
    /**
     * Some declarations were left out: no warnings are reported (a level no option reaches may be
     * reached by a skipped option), nor an example's missing answer.
     */
    DECLARATIONS,
    /** Some levels were left out, too: neither unknown levels nor an empty scale are reported. */
    LEVELS
  }

  /**
   * Says that declarations were left out because of the given errors, which {@link #check()} then
   * reports with its own (so that a result without a model always has an error).
   *
   * @throws IllegalArgumentException if {@code reported} has no error
   */
  public ModelBuilder incomplete(Incomplete what, Collection<Diagnostic> reported) {
    checkArgument(Diagnostics.hasErrors(reported), "a declaration is left out because of an error");
    incomplete.add(checkNotNull(what, "what"));
    incomplete.add(Incomplete.DECLARATIONS);
    this.reported.addAll(reported);
    return this;
  }

  public ModelBuilder name(String name) {
    this.name = declared(checkNotNull(name, "name"), Part.MODEL_NAME);
    return this;
  }

  public ModelBuilder version(String version) {
    this.version = Optional.of(checkNotNull(version, "version"));
    return this;
  }

  /** Declares the next level, above those declared before it. */
  public ModelBuilder level(String id, String name) {
    levels.add(new LevelDecl(declared(checkNotNull(id, "id"), Part.LEVEL, id), checkNotNull(name, "name"), Optional.empty()));
    return this;
  }

  /**
   * Declares the next level, reached from the given score ({@code l1 "Level 1" from 1}). Either
   * every level has a threshold or none; thresholds increase strictly.
   */
  public ModelBuilder level(String id, String name, BigDecimal threshold) {
    levels.add(
        new LevelDecl(
            declared(checkNotNull(id, "id"), Part.LEVEL, id),
            checkNotNull(name, "name"),
            Optional.of(declared(checkNotNull(threshold, "threshold"), Part.THRESHOLD, id))));
    return this;
  }

  /** How the dimensions of a group combine (only in a model with groups). */
  public ModelBuilder groupLevel(Combination combination) {
    rule("group level");
    rules = rules.withGroupLevel(combination);
    return this;
  }

  /** Declares the next group of dimensions and returns its builder. */
  public GroupBuilder group(String id, String name) {
    GroupBuilder g = new GroupBuilder(declared(checkNotNull(id), Part.GROUP, id), checkNotNull(name));
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
      DimensionBuilder d = ModelBuilder.this.dimension(id, name);
      members.add(d);
      return d;
    }

    public GroupBuilder dimension(String id, String name, Consumer<DimensionBuilder> body) {
      body.accept(dimension(id, name));
      return this;
    }
  }

  public ModelBuilder dimensionLevel(Combination combination) {
    rule("dimension level");
    rules = rules.withDimensionLevel(combination);
    return this;
  }

  /** Sets the overall rule, and the overall target rule with it unless that is set later. */
  public ModelBuilder overallLevel(Combination combination) {
    rule("overall level");
    rules = rules.withOverallLevel(combination);
    return this;
  }

  /** Sets the overall target rule; in a model with no overall level, {@link #check()} reports it (E0219). */
  public ModelBuilder overallTarget(Combination combination) {
    rule("overall target");
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
    rule("overall level");
    rules = rules.withoutOverallLevel();
    return this;
  }

  /** {@code overall target = none}: the overall target is the assessment's, or none. */
  public ModelBuilder noOverallTarget() {
    rule("overall target");
    rules = rules.withoutOverallTarget();
    return this;
  }

  /** Takes where a rule's value was written, by the rule's words ("overall level"). */
  private void rule(String words) {
    ruleSpans.put(words, sources.take(Part.RULE, words));
  }

  /**
   * Declares an answer set: options declared once, which questions use with {@link
   * QuestionBuilder#answers(String)}.
   */
  public AnswerSetBuilder answerSet(String id) {
    AnswerSetBuilder s = new AnswerSetBuilder(sources, declared(checkNotNull(id, "id"), Part.ANSWER_SET, id));
    answerSets.add(s);
    return s;
  }

  /** Declares an answer set and fills it in. */
  public ModelBuilder answerSet(String id, Consumer<AnswerSetBuilder> body) {
    body.accept(answerSet(id));
    return this;
  }

  /** Builds one answer set; obtained from {@link ModelBuilder#answerSet(String)}. */
  public static final class AnswerSetBuilder {
    final SourceMap sources;
    private final Declared<String> id;
    private final List<OptionDecl> options = new ArrayList<>();

    private AnswerSetBuilder(SourceMap sources, Declared<String> id) {
      this.sources = sources;
      this.id = id;
    }

    /** An answer that places the question at the level with the given id. */
    public AnswerSetBuilder option(String id, String text, String levelId) {
      options.add(leveledOption(sources, this.id.value(), id, text, levelId));
      return this;
    }

    /** An answer with a value (score-based models: 0, 0.25, 0.5, 1). */
    public AnswerSetBuilder option(String id, String text, BigDecimal value) {
      options.add(valuedOption(sources, this.id.value(), id, text, value));
      return this;
    }

    /** An answer that marks the question not applicable. */
    public AnswerSetBuilder optionNotApplicable(String id, String text) {
      options.add(notApplicableOption(sources, this.id.value(), id, text));
      return this;
    }

    private ModelDraft.AnswerSetDecl draft() {
      return new ModelDraft.AnswerSetDecl(id, ImmutableList.copyOf(options));
    }
  }

  /** An option of the question or answer set {@code owner}, at a level. */
  private static OptionDecl leveledOption(SourceMap sources, String owner, String id, String text, String levelId) {
    return new OptionDecl(
        declared(sources, checkNotNull(id), Part.OPTION, owner, id),
        checkNotNull(text),
        Optional.of(declared(sources, checkNotNull(levelId), Part.OPTION_LEVEL, owner, id)),
        Optional.empty());
  }

  private static OptionDecl valuedOption(SourceMap sources, String owner, String id, String text, BigDecimal value) {
    return new OptionDecl(
        declared(sources, checkNotNull(id), Part.OPTION, owner, id),
        checkNotNull(text),
        Optional.empty(),
        Optional.of(declared(sources, checkNotNull(value), Part.OPTION_VALUE, owner, id)));
  }

  private static OptionDecl notApplicableOption(SourceMap sources, String owner, String id, String text) {
    return new OptionDecl(
        declared(sources, checkNotNull(id), Part.OPTION, owner, id), checkNotNull(text), Optional.empty(), Optional.empty());
  }

  /**
   * Declares a named target profile ({@code profile baseline "Baseline" { target A1a = achieved }}):
   * a target level per dimension, which an assessment names instead of (or beside) its own targets.
   */
  public ProfileBuilder profile(String id, String name) {
    ProfileBuilder p =
        new ProfileBuilder(sources, declared(checkNotNull(id, "id"), Part.PROFILE, id), checkNotNull(name, "name"));
    profiles.add(p);
    return p;
  }

  /** Declares a target profile and fills it in. */
  public ModelBuilder profile(String id, String name, Consumer<ProfileBuilder> body) {
    body.accept(profile(id, name));
    return this;
  }

  /** Builds one target profile; obtained from {@link ModelBuilder#profile(String, String)}. */
  public static final class ProfileBuilder {
    final SourceMap sources;
    private final Declared<String> id;
    private final String name;
    private final List<ModelDraft.ProfileTargetDecl> targets = new ArrayList<>();

    private ProfileBuilder(SourceMap sources, Declared<String> id, String name) {
      this.sources = sources;
      this.id = id;
      this.name = name;
    }

    /** The profile's target for a dimension. */
    public ProfileBuilder target(String dimensionId, String levelId) {
      targets.add(new ModelDraft.ProfileTargetDecl(
          declared(sources, checkNotNull(dimensionId, "dimensionId"), Part.PROFILE_DIMENSION, id.value(), dimensionId),
          declared(sources, checkNotNull(levelId, "levelId"), Part.PROFILE_LEVEL, id.value(), dimensionId)));
      return this;
    }

    private ModelDraft.ProfileDecl draft() {
      return new ModelDraft.ProfileDecl(id, name, ImmutableList.copyOf(targets));
    }
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
    rule("between levels");
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
    unansweredLevel = Optional.of(declared(checkNotNull(levelId), Part.UNANSWERED));
    return this;
  }

  /** Declares the next dimension and returns its builder. */
  public DimensionBuilder dimension(String id, String name) {
    DimensionBuilder d = new DimensionBuilder(sources, declared(checkNotNull(id), Part.DIMENSION, id), checkNotNull(name));
    dimensions.add(d);
    return d;
  }

  /** Declares the next dimension and fills it in. */
  public ModelBuilder dimension(String id, String name, Consumer<DimensionBuilder> body) {
    body.accept(dimension(id, name));
    return this;
  }

  /**
   * Declares a language the model's texts may be shown in; the first declared is the default, the
   * language of the texts given everywhere else. A model that declares none has its texts in one
   * unnamed language and no translation.
   */
  public ModelBuilder language(String id, String name) {
    languages.add(new ModelDraft.LanguageDecl(declared(checkNotNull(id, "id"), Part.LANGUAGE, id), checkNotNull(name, "name")));
    return this;
  }

  /**
   * Starts a translation of the model's texts into a declared language other than the default
   * (E0230 otherwise). Texts it lacks fall back to the default language, with a warning (W0309).
   */
  public TranslationBuilder translation(String language) {
    TranslationBuilder t =
        new TranslationBuilder(sources, declared(checkNotNull(language, "language"), Part.TRANSLATION, language));
    translations.add(t);
    return t;
  }

  /** Starts a translation and fills it in. */
  public ModelBuilder translation(String language, Consumer<TranslationBuilder> body) {
    body.accept(translation(language));
    return this;
  }

  /**
   * Adds a worked example, checked with the model: its assessment must fit the model (E0401 to
   * E0407) and its expectations name only what the model has (E0413), each once (E0414).
   */
  public ModelBuilder example(Example example) {
    examples.add(checkNotNull(example, "example"));
    examplePositions.add(ExamplePositions.take(example, sources));
    return this;
  }

  /**
   * Checks the model ({@link ModelChecks} lists every check): never throws for a bad model; the
   * result holds the model or the errors, and the warnings.
   */
  public ModelResult check() {
    ModelDraft draft = draft();
    Findings findings = new Findings(draft.incomplete().contains(Incomplete.DECLARATIONS));
    reported.forEach(findings::add);
    long reportedErrors = findings.errorCount();
    ModelChecks.checkDeclarations(draft, findings);
    Optional<MaturityModel> model = Optional.empty();
    // Assembled only when every reference is known: not with no levels (E0205) or levels left out.
    if (findings.errorCount() == reportedErrors && !draft.levels().isEmpty() && !draft.levelsIncomplete()) {
      model = Optional.of(assemble(draft));
      ModelChecks.checkModel(draft, model.get(), findings);
    }
    return new ModelResult(findings.hasErrors() ? Optional.empty() : model, findings.sorted(), Optional.empty());
  }

  /** Builds the model, or throws a {@link ModelException} carrying every diagnostic. */
  public MaturityModel build() {
    return check().orElseThrow();
  }

  /** Builds one dimension; obtained from {@link ModelBuilder#dimension}. */
  public static final class DimensionBuilder {
    final SourceMap sources;
    private final Declared<String> id;
    private final String name;
    private Declared<BigDecimal> weight = new Declared<>(BigDecimal.ONE, Optional.empty());
    private Optional<Declared<Combination>> combination = Optional.empty();
    private final List<QuestionBuilder> questions = new ArrayList<>();

    private DimensionBuilder(SourceMap sources, Declared<String> id, String name) {
      this.sources = sources;
      this.id = id;
      this.name = name;
    }

    /** The dimension's weight in a weighted overall combination (1 unless set). */
    public DimensionBuilder weight(BigDecimal weight) {
      this.weight = declared(sources, checkNotNull(weight), Part.DIMENSION_WEIGHT, id.value());
      return this;
    }

    /** Overrides the model's rule for combining this dimension's question levels. */
    public DimensionBuilder combination(Combination combination) {
      this.combination =
          Optional.of(declared(sources, checkNotNull(combination, "combination"), Part.DIMENSION_COMBINATION, id.value()));
      return this;
    }

    public QuestionBuilder question(String id, String text) {
      QuestionBuilder q = new QuestionBuilder(sources, declared(sources, checkNotNull(id), Part.QUESTION, id), checkNotNull(text));
      questions.add(q);
      return q;
    }

    public DimensionBuilder question(String id, String text, Consumer<QuestionBuilder> body) {
      body.accept(question(id, text));
      return this;
    }

    /**
     * Declares an indicator: a statement that is met or not (options {@value Question#MET} and
     * {@value Question#NOT_MET}), in the column of the given level, for a dimension graded by
     * {@link Combination#INDICATORS}. Its builder takes actions; options are refused (E0225).
     */
    public QuestionBuilder indicator(String id, String text, String columnLevelId) {
      return indicator(id, text).at(columnLevelId);
    }

    /** An indicator whose column is not given (E0223 unless set with {@link QuestionBuilder#at}). */
    public QuestionBuilder indicator(String id, String text) {
      QuestionBuilder q = question(id, text);
      q.indicator = true;
      return q;
    }

    /** Declares an indicator and fills it in (its actions). */
    public DimensionBuilder indicator(String id, String text, String columnLevelId, Consumer<QuestionBuilder> body) {
      body.accept(indicator(id, text, columnLevelId));
      return this;
    }

    private DimensionDecl draft() {
      return new DimensionDecl(
          id, name, weight, combination,
          questions.stream().map(QuestionBuilder::draft).collect(ImmutableList.toImmutableList()));
    }
  }

  /** Builds one question; obtained from {@link DimensionBuilder#question}. */
  public static final class QuestionBuilder {
    final SourceMap sources;
    private final Declared<String> id;
    private final String text;
    private Declared<BigDecimal> weight = new Declared<>(BigDecimal.ONE, Optional.empty());
    private final List<OptionDecl> options = new ArrayList<>();
    private final List<ActionDecl> actions = new ArrayList<>();
    private Optional<Declared<String>> at = Optional.empty();
    private Optional<Declared<String>> answerSet = Optional.empty();
    private boolean indicator;

    private QuestionBuilder(SourceMap sources, Declared<String> id, String text) {
      this.sources = sources;
      this.id = id;
      this.text = text;
    }

    /** The question's weight in a weighted dimension combination (1 unless set). */
    public QuestionBuilder weight(BigDecimal weight) {
      this.weight = declared(sources, checkNotNull(weight), Part.QUESTION_WEIGHT, id.value());
      return this;
    }

    /** An answer that places the question at the level with the given id. */
    public QuestionBuilder option(String id, String text, String levelId) {
      options.add(leveledOption(sources, this.id.value(), id, text, levelId));
      return this;
    }

    /** An answer with a value (score-based models: 0, 0.25, 0.5, 1). */
    public QuestionBuilder option(String id, String text, BigDecimal value) {
      options.add(valuedOption(sources, this.id.value(), id, text, value));
      return this;
    }

    /** The level the question belongs to ({@code at l1}). */
    public QuestionBuilder at(String levelId) {
      this.at = Optional.of(declared(sources, checkNotNull(levelId), Part.QUESTION_AT, id.value()));
      return this;
    }

    /** An answer that marks the question not applicable. */
    public QuestionBuilder optionNotApplicable(String id, String text) {
      options.add(notApplicableOption(sources, this.id.value(), id, text));
      return this;
    }

    /**
     * Gives the question the options of an answer set declared with {@link
     * ModelBuilder#answerSet(String)}; it then declares no option of its own (E0222).
     */
    public QuestionBuilder answers(String answerSetId) {
      this.answerSet = Optional.of(declared(sources, checkNotNull(answerSetId), Part.QUESTION_ANSWERS, id.value()));
      return this;
    }

    /** The text of the action that moves this question up to the level with the given id. */
    public QuestionBuilder action(String levelId, String text) {
      actions.add(new ActionDecl(
          declared(sources, checkNotNull(levelId), Part.ACTION, id.value(), levelId), checkNotNull(text)));
      return this;
    }

    private QuestionDecl draft() {
      return new QuestionDecl(id, text, weight, at, answerSet, ImmutableList.copyOf(options), ImmutableList.copyOf(actions),
          indicator);
    }
  }

  /** A value as declared, with where it was written when a reader recorded it under the key. */
  private <T> Declared<T> declared(T value, Part part, String... ids) {
    return declared(sources, value, part, ids);
  }

  private static <T> Declared<T> declared(SourceMap sources, T value, Part part, String... ids) {
    return new Declared<>(value, sources.take(part, ids));
  }

  /** What has been declared so far, as the checks read it. */
  ModelDraft draft() {
    return new ModelDraft(
        name,
        version,
        ImmutableList.copyOf(levels),
        rules,
        ImmutableMap.copyOf(ruleSpans),
        unansweredLevel,
        groups.stream()
            .map(g -> new GroupDecl(
                g.id, g.name, g.members.stream().map(dimensions::indexOf).collect(ImmutableList.toImmutableList())))
            .collect(ImmutableList.toImmutableList()),
        dimensions.stream().map(DimensionBuilder::draft).collect(ImmutableList.toImmutableList()),
        answerSets.stream().map(AnswerSetBuilder::draft).collect(ImmutableList.toImmutableList()),
        profiles.stream().map(ProfileBuilder::draft).collect(ImmutableList.toImmutableList()),
        overallTargetWithoutLevel,
        ImmutableList.copyOf(examples),
        ImmutableList.copyOf(examplePositions),
        Sets.immutableEnumSet(incomplete),
        ImmutableList.copyOf(languages),
        translations.stream().map(TranslationBuilder::draft).collect(ImmutableList.toImmutableList()));
  }

  /** The model the checks found no error in: every id unique, every reference known. */
  static MaturityModel assemble(ModelDraft draft) {
    ImmutableMap<String, Level> levels = draft.levelsById();
    Rules rules =
        draft.rules().withUnanswered(
            draft.unanswered().map(l -> Unanswered.asLevel(levels.get(l.value()))).orElse(Unanswered.error()));
    ImmutableMap.Builder<String, Dimension> dimensions = ImmutableMap.builder();
    for (DimensionDecl d : draft.dimensions()) {
      ImmutableMap.Builder<String, Question> questions = ImmutableMap.builder();
      for (QuestionDecl q : d.questions()) {
        questions.put(q.id().value(), question(q, draft.optionsOf(q), d, levels));
      }
      dimensions.put(
          d.id().value(),
          new Dimension(
              d.id().value(), d.name(), d.weight().value(), d.combination().map(Declared::value),
              questions.buildOrThrow()));
    }
    ImmutableMap<String, Dimension> byId = dimensions.buildOrThrow();
    ImmutableMap.Builder<String, Group> groups = ImmutableMap.builder();
    Map<String, Dimension> ordered = new LinkedHashMap<>();
    for (GroupDecl g : draft.groups()) {
      ImmutableList<String> members =
          g.members().stream()
              .map(i -> draft.dimensions().get(i).id().value())
              .distinct()
              .collect(ImmutableList.toImmutableList());
      groups.put(g.id().value(), new Group(g.id().value(), g.name(), members));
      members.forEach(m -> ordered.putIfAbsent(m, byId.get(m)));
    }
    byId.forEach(ordered::putIfAbsent);
    ImmutableList<Language> languages = draft.languages().stream()
        .map(l -> new Language(l.id().value(), l.name()))
        .distinct()
        .collect(ImmutableList.toImmutableList());
    return new MaturityModel(
        draft.name().value(),
        draft.version(),
        new Scale(ImmutableList.copyOf(levels.values())),
        rules,
        ImmutableMap.copyOf(ordered),
        groups.buildOrThrow(),
        answerSets(draft, levels),
        profiles(draft, levels),
        draft.examples(),
        draft.examplePositions(),
        languages,
        translations(draft),
        null,
        languages.stream().findFirst());
  }

  /** The translations, by language, in the order the languages are declared (after the checks). */
  private static ImmutableMap<String, Translation> translations(ModelDraft draft) {
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    draft.languages().stream().skip(1).forEach(l -> texts.put(l.id().value(), new LinkedHashMap<>()));
    for (ModelDraft.TranslationDecl t : draft.translations()) {
      Map<String, String> into = texts.get(t.language().value());
      if (into != null) {
        t.texts().forEach(x -> into.putIfAbsent(x.key(), x.text()));
      }
    }
    ImmutableMap.Builder<String, Translation> out = ImmutableMap.builder();
    texts.forEach((language, byKey) -> out.put(language, new Translation(language, ImmutableMap.copyOf(byKey))));
    return out.buildOrThrow();
  }

  private static ImmutableMap<String, Profile> profiles(ModelDraft draft, Map<String, Level> levels) {
    ImmutableMap.Builder<String, Profile> profiles = ImmutableMap.builder();
    for (ModelDraft.ProfileDecl p : draft.profiles()) {
      ImmutableMap.Builder<String, Level> targets = ImmutableMap.builder();
      p.targets().forEach(t -> targets.put(t.dimension().value(), levels.get(t.level().value())));
      profiles.put(p.id().value(), new Profile(p.id().value(), p.name(), targets.buildOrThrow()));
    }
    return profiles.buildOrThrow();
  }

  private static ImmutableMap<String, AnswerSet> answerSets(ModelDraft draft, Map<String, Level> levels) {
    ImmutableMap.Builder<String, AnswerSet> sets = ImmutableMap.builder();
    for (ModelDraft.AnswerSetDecl s : draft.answerSets()) {
      sets.put(s.id().value(), new AnswerSet(s.id().value(), options(s.options(), levels)));
    }
    return sets.buildOrThrow();
  }

  private static ImmutableMap<String, Option> options(List<OptionDecl> declared, Map<String, Level> levels) {
    ImmutableMap.Builder<String, Option> options = ImmutableMap.builder();
    for (OptionDecl o : declared) {
      String id = o.id().value();
      options.put(
          id,
          o.value().isPresent()
              ? new Option(id, o.text(), Optional.empty(), Optional.of(o.value().get().value().stripTrailingZeros()))
              : new Option(id, o.text(), o.level().map(l -> levels.get(l.value()))));
    }
    return options.buildOrThrow();
  }

  private static Question question(
      QuestionDecl q, List<OptionDecl> declaredOptions, DimensionDecl d, Map<String, Level> levels) {
    ImmutableMap<String, Option> options = options(declaredOptions, levels);
    ImmutableMap<String, Action> actions =
        q.actions().stream()
            .map(a -> new Action(d.id().value(), q.id().value(), levels.get(a.level().value()), a.text()))
            // Not Comparator.comparingInt: the JDK's own lambdas are spun at run time, not archived.
            .sorted((a, b) -> Integer.compare(a.level().rank(), b.level().rank()))
            .collect(ImmutableMap.toImmutableMap(a -> a.level().id(), a -> a));
    return new Question(
        q.id().value(), q.text(), q.weight().value(), options, actions,
        q.at().map(l -> levels.get(l.value())), q.answerSet().map(Declared::value), q.indicator());
  }
}
