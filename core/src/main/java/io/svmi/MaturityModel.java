package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A compiled maturity model: its ordered {@link Scale} of levels, its {@link Dimension}s with their
 * {@link Question}s, and the {@link Rules} that combine levels and plan actions.
 *
 * <p>A model is immutable and thread-safe: build it once (with {@link #builder()} or the language
 * compiler), then {@link #evaluate} any number of assessments from any number of threads. Every id
 * is resolved to an index when the model is built, so evaluation is array work.
 */
public final class MaturityModel {
  private final String name;
  private final Optional<String> version;
  private final Scale scale;
  private final Rules rules;
  private final ImmutableMap<String, Dimension> dimensions;
  private final ImmutableMap<String, Group> groups;
  private final ImmutableMap<String, AnswerSet> answerSets;
  private final ImmutableMap<String, Profile> profiles;
  private final boolean scoreBased;
  private final ImmutableList<Example> examples;
  private final ImmutableList<Language> languages;
  private final ImmutableMap<String, Translation> translations;
  /** The model in its default language, for a translated copy; null for that model itself. */
  private final @Nullable MaturityModel original;
  private final Optional<Language> shownIn;
  /** Where each example's parts were written, parallel to {@code examples}; not part of equality. */
  private final ImmutableList<ExamplePositions> examplePositions;
  private final ImmutableMap<String, Question> questions;
  private final ImmutableMap<String, Dimension> dimensionOfQuestion;
  private final ModelIndex index;
  /** The hash code, computed when first asked (0 until then): a command that never hashes the model never pays for it. */
  private int hash;

  /** A model; {@code original} is the default-language model of a translated copy shown in {@code shownIn}. */
  MaturityModel(
      String name,
      Optional<String> version,
      Scale scale,
      Rules rules,
      ImmutableMap<String, Dimension> dimensions,
      ImmutableMap<String, Group> groups,
      ImmutableMap<String, AnswerSet> answerSets,
      ImmutableMap<String, Profile> profiles,
      ImmutableList<Example> examples,
      ImmutableList<ExamplePositions> examplePositions,
      ImmutableList<Language> languages,
      ImmutableMap<String, Translation> translations,
      @Nullable MaturityModel original,
      Optional<Language> shownIn) {
    this.original = original;
    this.shownIn = checkNotNull(shownIn);
    this.languages = checkNotNull(languages);
    this.translations = checkNotNull(translations);
    this.answerSets = checkNotNull(answerSets);
    this.profiles = checkNotNull(profiles);
    this.name = checkNotNull(name);
    this.version = checkNotNull(version);
    this.scale = checkNotNull(scale);
    this.rules = checkNotNull(rules);
    this.dimensions = checkNotNull(dimensions);
    this.groups = checkNotNull(groups);
    this.examples = checkNotNull(examples);
    this.examplePositions = checkNotNull(examplePositions);
    checkArgument(examplePositions.size() == examples.size(), "a position per example");
    ImmutableMap.Builder<String, Question> qs = ImmutableMap.builder();
    ImmutableMap.Builder<String, Dimension> owners = ImmutableMap.builder();
    for (Dimension d : dimensions.values()) {
      for (Question q : d.questions().values()) {
        qs.put(q.id(), q);
        owners.put(q.id(), d);
      }
    }
    this.questions = qs.buildOrThrow();
    this.dimensionOfQuestion = owners.buildOrThrow();
    this.scoreBased =
        scale.hasThresholds()
            || !groups.isEmpty()
            || (rules.hasOverallLevel() && rules.overallLevel().needsThresholds())
            || (rules.hasOverallTarget() && rules.overallTarget().needsThresholds())
            // 'at' makes a model score-based, unless it places the questions of a staged dimension or the
            // indicators of a dimension graded by them.
            || dimensions.values().stream().anyMatch(d -> d.questions().values().stream()
                .anyMatch(q -> q.isValued() || q.at().isPresent() && combinationOf(d) != Combination.STAGED
                    && combinationOf(d) != Combination.INDICATORS))
            || dimensions.values().stream().anyMatch(d -> combinationOf(d).needsThresholds());
    this.index = new ModelIndex(this);
  }

  /** Starts a model in Java; see {@link ModelBuilder}. */
  public static ModelBuilder builder() {
    return new ModelBuilder();
  }

  public String name() {
    return name;
  }

  public Optional<String> version() {
    return version;
  }

  public Scale scale() {
    return scale;
  }

  public Rules rules() {
    return rules;
  }

  /** The dimensions by id, in model order. */
  public ImmutableMap<String, Dimension> dimensions() {
    return dimensions;
  }

  public Optional<Dimension> dimension(String id) {
    return Optional.ofNullable(dimensions.get(id));
  }

  /** The groups of dimensions by id, in model order; empty when the model has none. */
  public ImmutableMap<String, Group> groups() {
    return groups;
  }

  /** The answer sets declared once and used by questions, in declaration order; often empty. */
  public ImmutableMap<String, AnswerSet> answerSets() {
    return answerSets;
  }

  /** The named target profiles by id, in the order declared ({@code profile baseline { … }}). */
  public ImmutableMap<String, Profile> profiles() {
    return profiles;
  }

  public Optional<Profile> profile(String id) {
    return Optional.ofNullable(profiles.get(id));
  }

  public Optional<Group> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  /**
   * True for a score-based model: one with level thresholds, valued options, {@code at} levels,
   * groups or a combination read by thresholds. Its results speak of scores; an ordinal model's
   * results are the same levels as ever (their scores are available too).
   */
  public boolean isScoreBased() {
    return scoreBased;
  }

  /** Every question by id, in model order (dimension by dimension). */
  public ImmutableMap<String, Question> questions() {
    return questions;
  }

  public Optional<Question> question(String id) {
    return Optional.ofNullable(questions.get(id));
  }

  /** The dimension a question of this model belongs to. */
  public Dimension dimensionOf(Question question) {
    Dimension d = dimensionOfQuestion.get(question.id());
    if (d == null || !d.questions().get(question.id()).equals(question)) {
      throw new IllegalArgumentException("question '" + question.id() + "' is not in this model");
    }
    return d;
  }

  /** The rule that combines the given dimension's question levels (its own, or the model's). */
  public Combination combinationOf(Dimension dimension) {
    return dimension.combination().orElse(rules.dimensionLevel());
  }

  /** Every action the model declares, in plan order (dimension, level, question). */
  public ImmutableList<Action> actions() {
    return index.declaredActions();
  }

  /**
   * The languages the model's texts may be shown in, the default (the language of its own texts)
   * first; empty when the model declares none.
   */
  public ImmutableList<Language> languages() {
    return languages;
  }

  /** The language of the model's own texts: the first it declares, if it declares any. */
  public Optional<Language> defaultLanguage() {
    return languages.isEmpty() ? Optional.empty() : Optional.of(languages.get(0));
  }

  /** The translations, by language id, one for each declared language but the default. */
  public ImmutableMap<String, Translation> translations() {
    return translations;
  }

  /**
   * The language this model's texts are shown in: the default language, or the one given to
   * {@link #translated}; empty when the model declares no languages.
   */
  public Optional<Language> language() {
    return shownIn;
  }

  /** Whether the model can be shown in the language: the default, or one it translates into. */
  public boolean hasLanguage(String languageId) {
    return languages.stream().anyMatch(l -> l.id().equals(languageId));
  }

  /**
   * This model with its texts in a declared language: the names of the model, levels, groups and
   * dimensions and the texts of questions, options and actions are the translation's, each one
   * the translation lacks the default language's. Ids, rules and evaluation are unchanged, so
   * answers and targets read against either model alike. The default language gives this model.
   *
   * @throws IllegalArgumentException if the model does not declare the language; the message
   *     lists the languages it declares ({@link #hasLanguage} asks first)
   */
  public MaturityModel translated(String languageId) {
    checkNotNull(languageId, "languageId");
    if (!hasLanguage(languageId)) {
      throw new IllegalArgumentException(
          languages.isEmpty()
              ? "the model '" + name + "' declares no languages, so it has no '" + languageId + "' texts"
              : "the model '" + name + "' has no language '" + languageId + "'; its languages are "
                  + languages.stream().map(Language::toString).collect(java.util.stream.Collectors.joining(", ")));
    }
    MaturityModel base = original == null ? this : original;
    Translation t = translations.get(languageId);
    return t == null ? base : Translator.translate(base, t, languages.stream()
        .filter(l -> l.id().equals(languageId)).findFirst().orElseThrow());
  }

  /** The worked examples the model carries, in the order they were declared. */
  public ImmutableList<Example> examples() {
    return examples;
  }

  /** Runs every example (see {@link Example#run}), in order. */
  public ImmutableList<ExampleResult> runExamples() {
    ImmutableList.Builder<ExampleResult> results = ImmutableList.builder();
    for (int i = 0; i < examples.size(); i++) {
      results.add(ExampleRun.run(examples.get(i), examplePositions.get(i), this));
    }
    return results.build();
  }

  /**
   * Where the parts of one of the model's examples were written (none for an example the model
   * does not carry). Its examples' names are unique, so an equal example is that example.
   */
  ExamplePositions positionsOf(Example example) {
    int i = examples.indexOf(example);
    return i < 0 ? ExamplePositions.none(example) : examplePositions.get(i);
  }

  ImmutableList<ExamplePositions> examplePositions() {
    return examplePositions;
  }

  /** Starts an assessment against this model. */
  public Assessment.Builder assessment() {
    return Assessment.builder(this);
  }

  /**
   * Evaluates an assessment: every question's, dimension's and the overall level, the targets and
   * the action plan.
   *
   * @throws AssessmentException if the assessment was built for a different model
   */
  public Evaluation evaluate(Assessment assessment) throws AssessmentException {
    if (assessment.model() != this && !assessment.model().equals(this)) {
      throw new AssessmentException(
          ImmutableList.of(
              Diagnostic.of(
                  DiagnosticCode.E0408,
                  "the assessment was built for model '"
                      + assessment.model().name()
                      + "', not for '"
                      + name
                      + "'")),
          Optional.empty());
    }
    return Evaluator.evaluate(this, assessment);
  }

  ModelIndex index() {
    return index;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof MaturityModel m
        && hashCode() == m.hashCode()
        && name.equals(m.name)
        && version.equals(m.version)
        && scale.equals(m.scale)
        && rules.equals(m.rules)
        && dimensions.equals(m.dimensions)
        && groups.equals(m.groups)
        && answerSets.equals(m.answerSets)
        && profiles.equals(m.profiles)
        && examples.equals(m.examples)
        && languages.equals(m.languages)
        && translations.equals(m.translations);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(name, version, scale, rules, dimensions, groups, answerSets, profiles, examples, languages,
          translations);
      hash = h;   // racy but safe, as String's: every thread computes the same value
    }
    return h;
  }

  @Override
  public String toString() {
    return "MaturityModel["
        + name
        + version.map(v -> " " + v).orElse("")
        + ", "
        + scale.size()
        + " levels, "
        + dimensions.size()
        + " dimensions, "
        + questions.size()
        + " questions]";
  }
}
