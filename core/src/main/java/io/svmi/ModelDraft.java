package io.svmi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A model as it was declared to a {@link ModelBuilder}, before any check: ids as written (repeated,
 * empty or unknown ones too), with where each was written. It is what every {@link ModelCheck}
 * reads, and what the builder turns into a {@link MaturityModel} once no check finds an error.
 *
 * @param levels the levels, lowest first, as declared
 * @param rules the rules as set (unanswered questions are an error here; see {@code unanswered})
 * @param ruleSpans where each rule's value was written, by the rule's words ("overall level")
 * @param unanswered the level an unanswered question stands at, when the rules name one
 * @param groups the groups; a member is an index into {@code dimensions}
 * @param answerSets the answer sets ({@code answers F { option … }}), as declared
 * @param profiles the target profiles ({@code profile baseline "Baseline" { target A = l }}), as declared
 * @param overallTargetWithoutLevel an overall target rule was set in a model with no overall level
 * @param examplePositions where each example's parts were written, by the index of the example
 * @param incomplete what a reader left out of the declarations because of errors it reported
 * @param languages the languages declared, the default first
 * @param translations the translations, as declared
 */
record ModelDraft(
    Declared<String> name,
    Optional<String> version,
    ImmutableList<LevelDecl> levels,
    Rules rules,
    ImmutableMap<String, Optional<SourceSpan>> ruleSpans,
    Optional<Declared<String>> unanswered,
    ImmutableList<GroupDecl> groups,
    ImmutableList<DimensionDecl> dimensions,
    ImmutableList<AnswerSetDecl> answerSets,
    ImmutableList<ProfileDecl> profiles,
    boolean overallTargetWithoutLevel,
    ImmutableList<Example> examples,
    ImmutableList<ExamplePositions> examplePositions,
    ImmutableSet<ModelBuilder.Incomplete> incomplete,
    ImmutableList<LanguageDecl> languages,
    ImmutableList<TranslationDecl> translations) {

  /** A language the model's texts are in ({@code languages { cy "Cymraeg" }}); the first is the default. */
  record LanguageDecl(Declared<String> id, String name) {}

  /** The texts of one language ({@code translation cy { … }}), as written. */
  record TranslationDecl(Declared<String> language, ImmutableList<TextDecl> texts) {}

  /**
   * One translated text: what it translates ({@code kind} and the ids, such as a question's and
   * an option's), the text, and where it was written.
   */
  record TextDecl(Translation.Kind kind, ImmutableList<String> ids, String text, Optional<SourceSpan> span) {

    String key() {
      return Translation.key(kind, ids.toArray(new String[0]));
    }
  }

  /** A value or reference as written, with where it was written when known. */
  record Declared<T>(T value, Optional<SourceSpan> span) {}

  record LevelDecl(Declared<String> id, String name, Optional<Declared<BigDecimal>> threshold) {}

  record GroupDecl(Declared<String> id, String name, ImmutableList<Integer> members) {}

  record DimensionDecl(
      Declared<String> id,
      String name,
      Declared<BigDecimal> weight,
      Optional<Declared<Combination>> combination,
      ImmutableList<QuestionDecl> questions) {}

  record QuestionDecl(
      Declared<String> id,
      String text,
      Declared<BigDecimal> weight,
      Optional<Declared<String>> at,
      Optional<Declared<String>> answerSet,
      ImmutableList<OptionDecl> options,
      ImmutableList<ActionDecl> actions,
      boolean indicator) {

    String what() {
      return (indicator ? "indicator '" : "question '") + id.value() + "'";
    }
  }

  /** An option: with a level, with a value, or (neither) not applicable. */
  record OptionDecl(
      Declared<String> id, String text, Optional<Declared<String>> level, Optional<Declared<BigDecimal>> value) {}

  /** Options declared once ({@code answers F { option … }}) for the questions that use them. */
  record AnswerSetDecl(Declared<String> id, ImmutableList<OptionDecl> options) {

    String what() {
      return "answer set '" + id.value() + "'";
    }
  }

  record ActionDecl(Declared<String> level, String text) {}

  /** A named target profile: a target level per dimension. */
  record ProfileDecl(Declared<String> id, String name, ImmutableList<ProfileTargetDecl> targets) {}

  record ProfileTargetDecl(Declared<String> dimension, Declared<String> level) {}

  /** A rule as set, for the checks of rules: its words, its combination and where it was written. */
  record RuleUse(String rule, Combination combination, Optional<SourceSpan> span) {}

  /**
   * The levels the scale will have, by id: the first declaration of each non-empty id, ranked in
   * that order (repeated and empty ids are reported by {@link UniqueIdsCheck}).
   */
  ImmutableMap<String, Level> levelsById() {
    Map<String, Level> byId = new LinkedHashMap<>();
    for (LevelDecl l : levels) {
      String id = l.id().value();
      if (!id.isEmpty() && !byId.containsKey(id)) {
        byId.put(id, new Level(id, l.name(), byId.size(), l.threshold().map(t -> t.value().stripTrailingZeros())));
      }
    }
    return ImmutableMap.copyOf(byId);
  }

  /** True when levels declare where they start ({@code from 1}). */
  boolean hasThresholds() {
    return levels.stream().anyMatch(l -> l.threshold().isPresent());
  }

  /**
   * The answer set a question uses, when it uses one that is declared (the first declaration of
   * its id; an unknown one is reported by {@link AnswerSetsCheck}).
   */
  Optional<AnswerSetDecl> answerSetOf(QuestionDecl q) {
    return q.answerSet().flatMap(
        id -> answerSets.stream().filter(s -> s.id().value().equals(id.value())).findFirst());
  }

  /**
   * The options a question has: its answer set's when it uses one, else its own; an indicator's
   * are {@code met} and {@code not_met}, placed by its column (none while its column is unknown).
   */
  ImmutableList<OptionDecl> optionsOf(QuestionDecl q) {
    if (q.indicator()) {
      return indicatorOptions(q);
    }
    return q.answerSet().isPresent() ? answerSetOf(q).map(AnswerSetDecl::options).orElse(ImmutableList.of()) : q.options();
  }

  /**
   * Met places an indicator at its column, not met one level below it; an indicator of the lowest
   * column (a statement that keeps the outcome at the lowest level) is met at the lowest level and
   * not met one above it.
   */
  private ImmutableList<OptionDecl> indicatorOptions(QuestionDecl q) {
    ImmutableMap<String, Level> byId = levelsById();
    Optional<Level> column = q.at().map(a -> byId.get(a.value()));
    if (column.isEmpty() || byId.size() < 2) {
      return ImmutableList.of();
    }
    java.util.List<Level> scale = byId.values().asList();
    int rank = column.get().rank();
    Level notMet = scale.get(rank == 0 ? 1 : rank - 1);
    Optional<SourceSpan> span = q.id().span();
    return ImmutableList.of(
        new OptionDecl(new Declared<>(Question.MET, span), "Met",
            Optional.of(new Declared<>(column.get().id(), span)), Optional.empty()),
        new OptionDecl(new Declared<>(Question.NOT_MET, span), "Not met",
            Optional.of(new Declared<>(notMet.id(), span)), Optional.empty()));
  }

  java.util.stream.Stream<QuestionDecl> questions() {
    return dimensions.stream().flatMap(d -> d.questions().stream());
  }

  /** How the questions of the dimension combine: its own rule, else the model's. */
  Combination combinationOf(DimensionDecl d) {
    return d.combination().map(Declared::value).orElse(rules.dimensionLevel());
  }

  /** Every combination rule in use, model-wide rules first, then the dimensions' own. */
  ImmutableList<RuleUse> ruleUses() {
    ImmutableList.Builder<RuleUse> used = ImmutableList.builder();
    used.add(new RuleUse("dimension level", rules.dimensionLevel(), ruleSpan("dimension level")));
    if (rules.hasOverallLevel()) {
      used.add(new RuleUse("overall level", rules.overallLevel(), ruleSpan("overall level")));
    }
    if (rules.hasOverallTarget()) {
      used.add(new RuleUse("overall target", rules.overallTarget(), ruleSpan("overall target")));
    }
    if (!groups.isEmpty()) {
      used.add(new RuleUse("group level", rules.groupLevel(), ruleSpan("group level")));
    }
    for (DimensionDecl d : dimensions) {
      d.combination().ifPresent(c -> used.add(
          new RuleUse("level of dimension '" + d.id().value() + "'", c.value(), c.span())));
    }
    return used.build();
  }

  Optional<SourceSpan> ruleSpan(String rule) {
    return ruleSpans.getOrDefault(rule, Optional.empty());
  }

  /** True when a reader left some levels out: references to levels may name one it skipped. */
  boolean levelsIncomplete() {
    return incomplete.contains(ModelBuilder.Incomplete.LEVELS);
  }
}
