package io.svmi.testkit;

import io.svmi.Combination;
import io.svmi.Example;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.PlanPolicy;
import io.svmi.TranslationBuilder;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A generated model as plain data: what {@link ModelArbitrary} draws with jqwik's combinators (so
 * that jqwik shrinks it part by part) and then builds. An empty id or text stands for the plain
 * one of its position ("D2", "Dimension 2"); drawn ids are made unique where the language needs
 * it. Levels of options and questions are indices into the levels; -1 marks not applicable.
 */
record ModelBlueprint(
    String name,
    Optional<String> version,
    boolean scoreBased,
    List<LevelPart> levels,
    Rules rules,
    List<DimensionPart> dimensions,
    boolean sharedAnswers,
    boolean translated,
    Optional<List<Integer>> profile) {

  record LevelPart(String id, String name, BigDecimal step) {}

  record Rules(
      Combination dimensionLevel,
      Combination overallLevel,
      Combination overallTarget,
      Optional<Combination> groupLevel,
      PlanPolicy actionPlan,
      Optional<Integer> unansweredAs,
      boolean plusBetweenLevels,
      Overall overall) {}

  /** Whether the model grades overall: both rules, no overall target rule, or none at all. */
  enum Overall {
    GRADED,
    NO_TARGET,
    NONE
  }

  record DimensionPart(
      String id, String name, BigDecimal weight, Optional<Combination> combination, boolean newGroup,
      String groupName, List<QuestionPart> questions) {}

  /**
   * {@code at} is the level of a question of a score-based model or of a staged dimension;
   * {@code actions} one per level above the lowest.
   */
  record QuestionPart(
      String id, String text, BigDecimal weight, int at, List<OptionPart> options, List<Optional<String>> actions,
      boolean indicator) {}

  /** An option at a level (ordinal models) or with a value (score-based); level -1 is not applicable. */
  record OptionPart(String id, String text, int level, BigDecimal value) {}

  private static final List<BigDecimal> SAMM_VALUES =
      List.of(new BigDecimal("0"), new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE);

  /**
   * This score-based blueprint made SAMM-like (see {@link SammLike}): four levels from 0, 1, 2, 3,
   * sum of means by level with no override, up to target, questions at levels 1, 2, 3 in turn,
   * answers worth 0, 0.25, 0.5 or 1 with one worth 1, no not-applicable option. Dimensions need
   * three questions at least, so that every level has one.
   */
  ModelBlueprint sammLike() {
    List<LevelPart> four = java.util.stream.IntStream.range(0, 4)
        .mapToObj(r -> r < levels.size() ? levels.get(r) : new LevelPart("", "", BigDecimal.ZERO))
        .map(l -> new LevelPart(l.id(), l.name(), BigDecimal.ZERO))
        .toList();
    Rules samm = new Rules(Combination.SUM_OF_MEANS_BY_LEVEL, rules.overallLevel(), rules.overallTarget(),
        rules.groupLevel(), PlanPolicy.UP_TO_TARGET, Optional.empty(), rules.plusBetweenLevels(),
        rules.overall());
    List<DimensionPart> practices = dimensions.stream().map(d -> new DimensionPart(d.id(), d.name(), d.weight(),
        Optional.empty(), d.newGroup(), d.groupName(),
        java.util.stream.IntStream.range(0, d.questions().size()).mapToObj(j -> {
          QuestionPart q = d.questions().get(j);
          List<OptionPart> options = new java.util.ArrayList<>(q.options().stream()
              .filter(o -> o.level() >= 0)
              .map(o -> new OptionPart(o.id(), o.text(), 0, SAMM_VALUES.get(Math.floorMod(o.value().hashCode(), 4))))
              .toList());
          if (options.stream().noneMatch(o -> o.value().compareTo(BigDecimal.ONE) == 0)) {
            options.add(new OptionPart("", "", 0, BigDecimal.ONE));
          }
          return new QuestionPart(q.id(), q.text(), q.weight(), 1 + j % 3, options, q.actions(), false);
        }).toList())).toList();
    return new ModelBlueprint(name, version, true, four, samm, practices, sharedAnswers, translated, profile);
  }

  MaturityModel build() {
    return build(List.of());
  }

  /**
   * The model; a translated blueprint declares the languages {@code en} and {@code cy} and
   * translates every other text of the model (the rest fall back to English, with W0309).
   */
  MaturityModel build(List<Example> examples) {
    MaturityModel plain = assemble(examples, null);
    return translated ? assemble(examples, plain) : plain;
  }

  /** Welsh-looking texts of every other text of {@code plain}, in model order. */
  private static void translate(ModelBuilder b, MaturityModel plain) {
    b.language("en", "English").language("cy", "Cymraeg");
    TranslationBuilder t = b.translation("cy");
    int[] n = {0};
    java.util.function.Predicate<String> every2nd = x -> n[0]++ % 2 == 0;
    if (every2nd.test("")) {
      t.modelName("cy " + plain.name());
    }
    plain.scale().levels().forEach(l -> {
      if (every2nd.test(l.id())) {
        t.level(l.id(), "cy " + l.name());
      }
    });
    plain.answerSets().values().forEach(s -> s.options().values().forEach(o -> {
      if (every2nd.test(o.id())) {
        t.answerSetOption(s.id(), o.id(), "cy " + o.text());
      }
    }));
    plain.groups().values().forEach(g -> {
      if (every2nd.test(g.id())) {
        t.group(g.id(), "cy " + g.name());
      }
    });
    for (io.svmi.Dimension d : plain.dimensions().values()) {
      if (every2nd.test(d.id())) {
        t.dimension(d.id(), "cy " + d.name());
      }
      for (io.svmi.Question q : d.questions().values()) {
        if (every2nd.test(q.id())) {
          t.question(q.id(), "cy " + q.text());
        }
        if (q.answerSet().isEmpty()) {
          q.options().values().forEach(o -> {
            if (every2nd.test(o.id())) {
              t.option(q.id(), o.id(), "cy " + o.text());
            }
          });
        }
        q.actions().values().forEach(a -> {
          if (every2nd.test(a.level().id())) {
            t.action(q.id(), a.level().id(), "cy " + a.text());
          }
        });
      }
    }
  }

  private MaturityModel assemble(List<Example> examples, @Nullable MaturityModel translateFrom) {
    ModelBuilder b = MaturityModel.builder().name(name.isEmpty() ? "Generated model" : name);
    if (translateFrom != null) {
      translate(b, translateFrom);
    }
    version.ifPresent(b::version);
    List<String> levelIds = levelIds();
    BigDecimal threshold = BigDecimal.ZERO;
    for (int r = 0; r < levels.size(); r++) {
      LevelPart l = levels.get(r);
      String levelName = l.name().isEmpty() ? "Level " + r : l.name();
      if (scoreBased) {
        threshold = r == 0 ? l.step() : threshold.add(l.step()).add(BigDecimal.ONE);
        b.level(levelIds.get(r), levelName, threshold);
      } else {
        b.level(levelIds.get(r), levelName);
      }
    }
    b.dimensionLevel(rules.dimensionLevel());
    switch (rules.overall()) {
      case GRADED -> b.overallLevel(rules.overallLevel()).overallTarget(rules.overallTarget());
      case NO_TARGET -> b.overallLevel(rules.overallLevel()).noOverallTarget();
      case NONE -> b.noOverallLevel();
    }
    b.actionPlan(rules.actionPlan());
    rules.unansweredAs().ifPresent(r -> b.unansweredAs(levelIds.get(r)));
    if (rules.plusBetweenLevels()) {
      b.plusBetweenLevels();
    }
    boolean grouped = rules.groupLevel().isPresent() && !dimensions.isEmpty();
    rules.groupLevel().filter(g -> grouped).ifPresent(b::groupLevel);
    Set<String> dimensionIds = new HashSet<>();
    List<String> orderedDimensionIds = new java.util.ArrayList<>();
    Set<String> questionIds = new HashSet<>();
    Set<String> groupIds = new HashSet<>();
    ModelBuilder.GroupBuilder group = null;
    for (int i = 1; i <= dimensions.size(); i++) {
      DimensionPart d = dimensions.get(i - 1);
      String id = unique(dimensionIds, d.id().isEmpty() ? "D" + i : d.id());
      orderedDimensionIds.add(id);
      String dimensionName = d.name().isEmpty() ? "Dimension " + i : d.name();
      if (grouped && (group == null || d.newGroup())) {
        String groupId = unique(groupIds, d.id().isEmpty() ? "G" + i : d.id() + "_g");
        group = b.group(groupId, d.groupName().isEmpty() ? "Group " + i : d.groupName());
      }
      ModelBuilder.DimensionBuilder db = group != null ? group.dimension(id, dimensionName) : b.dimension(id, dimensionName);
      db.weight(d.weight());
      d.combination().ifPresent(db::combination);
      // Shared answers: the dimension's questions all use one answer set, its first question's options.
      Optional<String> set = sharedAnswers && !d.questions().isEmpty() && !d.questions().get(0).options().isEmpty()
          ? Optional.of(id + "_answers")
          : Optional.empty();
      set.ifPresent(s -> options(b.answerSet(s), d.questions().get(0).options(), levelIds));
      for (int j = 1; j <= d.questions().size(); j++) {
        QuestionPart q = d.questions().get(j - 1);
        String questionId = unique(questionIds, q.id().isEmpty() ? id + "Q" + j : q.id());
        Combination c = d.combination().orElse(rules.dimensionLevel());
        String text = q.text().isEmpty() ? "Question " + j + " of dimension " + i : q.text();
        if (c == Combination.INDICATORS && q.indicator() && levelIds.size() > 1) {
          indicator(db.indicator(questionId, text, levelIds.get(q.at())), q, levelIds);
          continue;
        }
        question(db.question(questionId, text), q,
            levelIds, c == Combination.STAGED || c == Combination.INDICATORS, set);
      }
    }
    // A target profile: the i-th rank targets the i-th dimension (a negative rank, or none, leaves it out).
    profile.ifPresent(ranks -> {
      ModelBuilder.ProfileBuilder p = b.profile("p1", "Profile 1");
      List<String> ids = List.copyOf(dimensionIds.isEmpty() ? List.of() : orderedDimensionIds);
      for (int k = 0; k < ranks.size() && k < ids.size(); k++) {
        if (ranks.get(k) >= 0) {
          p.target(ids.get(k), levelIds.get(Math.min(ranks.get(k), levelIds.size() - 1)));
        }
      }
    });
    examples.forEach(b::example);
    return b.build();
  }

  /** The level ids, in order: drawn ones made unique, else l0, l1, … */
  List<String> levelIds() {
    Set<String> used = new HashSet<>();
    return java.util.stream.IntStream.range(0, levels.size())
        .mapToObj(r -> unique(used, levels.get(r).id().isEmpty() ? "l" + r : levels.get(r).id()))
        .toList();
  }

  /** An indicator: met or not, in the column of its {@code at} level; an action to its column when drawn. */
  private void indicator(ModelBuilder.QuestionBuilder qb, QuestionPart q, List<String> levelIds) {
    int column = q.at();
    if (column > 0 && column - 1 < q.actions().size()) {
      q.actions().get(column - 1).ifPresent(t -> qb.action(levelIds.get(column), t.isEmpty() ? "Meet it" : t));
    }
  }

  /**
   * {@code placed}: the question is in a staged dimension or one graded by indicators, which places
   * every question at a level.
   */
  private void question(
      ModelBuilder.QuestionBuilder qb, QuestionPart q, List<String> levelIds, boolean placed, Optional<String> set) {
    qb.weight(q.weight());
    if (scoreBased || placed) {
      qb.at(levelIds.get(q.at()));
    }
    if (set.isPresent()) {
      qb.answers(set.get());
    } else {
      options(qb::option, qb::option, qb::optionNotApplicable, q.options(), levelIds);
    }
    for (int r = 1; r < levelIds.size() && r - 1 < q.actions().size(); r++) {
      Optional<String> text = q.actions().get(r - 1);
      if (text.isPresent() && (!scoreBased || r == q.at())) {
        qb.action(levelIds.get(r), text.get().isEmpty() ? "Reach level " + r : text.get());
      }
    }
  }

  private void options(ModelBuilder.AnswerSetBuilder set, List<OptionPart> options, List<String> levelIds) {
    options(set::option, set::option, set::optionNotApplicable, options, levelIds);
  }

  /** Declares options (of a question or an answer set) through the three ways of declaring one. */
  private void options(
      OptionAt atLevel, OptionValued valued, java.util.function.BiConsumer<String, String> notApplicable,
      List<OptionPart> options, List<String> levelIds) {
    Set<String> optionIds = new HashSet<>();
    for (int k = 0; k < options.size(); k++) {
      OptionPart o = options.get(k);
      String id = unique(optionIds, o.id().isEmpty() ? "o" + k : o.id());
      if (o.level() < 0) {
        notApplicable.accept(id, o.text().isEmpty() ? "Not applicable" : o.text());
      } else if (scoreBased) {
        valued.accept(id, o.text().isEmpty() ? "Answer worth " + o.value() : o.text(), o.value());
      } else {
        atLevel.accept(id, o.text().isEmpty() ? "Answer at level " + o.level() : o.text(), levelIds.get(o.level()));
      }
    }
  }

  private interface OptionAt {
    void accept(String id, String text, String levelId);
  }

  private interface OptionValued {
    void accept(String id, String text, BigDecimal value);
  }

  /** The id, or the id with a suffix when it is taken already. */
  private static String unique(Set<String> used, String id) {
    String candidate = id;
    for (int n = 1; !used.add(candidate); n++) {
      candidate = id + "_" + n;
    }
    return candidate;
  }
}
