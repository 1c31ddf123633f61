package io.svmi.dsl;

import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.PlanPolicy;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated valid models for the round-trip and totality properties (a small generator of our own;
 * the testkit module has the shared ones). Ids include the language's keywords and rule words;
 * texts are any non-blank strings, quotes, backslashes and line breaks included.
 */
final class Models {
  private Models() {}

  private static final List<String> KEYWORDS =
      List.of("model", "version", "levels", "rules", "dimension", "level", "weight", "question", "option", "to",
          "not", "applicable", "error", "lowest", "of", "questions", "next", "up", "top", "mean");

  record OptionSpec(String id, String text, int level) {}

  record ActionSpec(int level, String text) {}

  record QuestionSpec(String id, String text, BigDecimal weight, List<OptionSpec> options, List<ActionSpec> actions) {}

  record DimensionSpec(String id, String name, BigDecimal weight, Optional<Combination> combination, List<QuestionSpec> questions) {}

  record RuleSpec(Combination dimension, Combination overall, Combination target, PlanPolicy plan, Optional<Integer> unanswered) {}

  static Arbitrary<String> id() {
    Arbitrary<String> plain =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withChars('A', 'Z', '_').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_', '-').ofMaxLength(5),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(1))
            .as((a, b, c) -> b.endsWith("-") && c.isEmpty() ? a + b + "x" : a + b + c);
    return Arbitraries.oneOf(plain, plain, plain, Arbitraries.of(KEYWORDS));
  }

  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().withCharRange('a', 'z').withChars("\"\\\n\t\r #{}->=é€😀").ofMinLength(1).ofMaxLength(12))
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<BigDecimal> weight() {
    return Arbitraries.oneOf(
        Arbitraries.just(BigDecimal.ONE),
        Arbitraries.integers().between(1, 100).map(BigDecimal::valueOf),
        Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3));
  }

  static Arbitrary<MaturityModel> models() {
    return id().list().uniqueElements().ofMinSize(1).ofMaxSize(5).flatMap(Models::modelsWithLevels);
  }

  private static Arbitrary<MaturityModel> modelsWithLevels(List<String> levels) {
    return Combinators.combine(
            text(),
            text().optional(),
            text().list().ofSize(levels.size()),
            rules(levels.size()),
            dimension(levels.size()).list().uniqueElements(DimensionSpec::id).ofMaxSize(3))
        .as((name, version, levelNames, rules, dimensions) -> build(name, version, levels, levelNames, rules, dimensions));
  }

  private static Arbitrary<RuleSpec> rules(int levels) {
    Arbitrary<Combination> c = Arbitraries.of(Combination.class);
    return Combinators.combine(
            c, c, c, Arbitraries.of(PlanPolicy.class), Arbitraries.integers().between(0, levels - 1).optional())
        .as(RuleSpec::new);
  }

  private static Arbitrary<DimensionSpec> dimension(int levels) {
    return Combinators.combine(
            id(), text(), weight(), Arbitraries.of(Combination.class).optional(), question(levels).list().ofMaxSize(3))
        .as(DimensionSpec::new);
  }

  private static Arbitrary<QuestionSpec> question(int levels) {
    Arbitrary<OptionSpec> option =
        Combinators.combine(id(), text(), Arbitraries.integers().between(-1, levels - 1)).as(OptionSpec::new);
    Arbitrary<List<ActionSpec>> actions =
        levels < 2
            ? Arbitraries.just(List.of())
            : Combinators.combine(Arbitraries.integers().between(1, levels - 1), text())
                .as(ActionSpec::new)
                .list()
                .uniqueElements(ActionSpec::level)
                .ofMaxSize(levels - 1);
    return Combinators.combine(id(), text(), weight(), option.list().uniqueElements(OptionSpec::id).ofMaxSize(4), actions)
        .as(QuestionSpec::new);
  }

  private static MaturityModel build(
      String name, Optional<String> version, List<String> levels, List<String> levelNames, RuleSpec rules,
      List<DimensionSpec> dimensions) {
    ModelBuilder b = MaturityModel.builder().name(name);
    version.ifPresent(b::version);
    for (int i = 0; i < levels.size(); i++) {
      b.level(levels.get(i), levelNames.get(i));
    }
    b.dimensionLevel(rules.dimension()).overallLevel(rules.overall()).overallTarget(rules.target()).actionPlan(rules.plan());
    rules.unanswered().ifPresent(i -> b.unansweredAs(levels.get(i)));
    Set<String> questionIds = new HashSet<>();
    for (DimensionSpec d : dimensions) {
      ModelBuilder.DimensionBuilder db = b.dimension(d.id(), d.name()).weight(d.weight());
      d.combination().ifPresent(db::combination);
      for (QuestionSpec q : d.questions()) {
        String qid = q.id();
        for (int n = 2; !questionIds.add(qid); n++) {
          qid = q.id() + "_" + n;
        }
        ModelBuilder.QuestionBuilder qb = db.question(qid, q.text()).weight(q.weight());
        for (OptionSpec o : q.options()) {
          if (o.level() < 0) {
            qb.optionNotApplicable(o.id(), o.text());
          } else {
            qb.option(o.id(), o.text(), levels.get(o.level()));
          }
        }
        for (ActionSpec a : q.actions()) {
          qb.action(levels.get(a.level()), a.text());
        }
      }
    }
    return b.build();
  }
}
