package io.svmi.testkit;

import io.svmi.Combination;
import io.svmi.Example;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.PlanPolicy;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    List<DimensionPart> dimensions) {

  record LevelPart(String id, String name, BigDecimal step) {}

  record Rules(
      Combination dimensionLevel,
      Combination overallLevel,
      Combination overallTarget,
      Optional<Combination> groupLevel,
      PlanPolicy actionPlan,
      Optional<Integer> unansweredAs) {}

  record DimensionPart(
      String id, String name, BigDecimal weight, Optional<Combination> combination, boolean newGroup,
      String groupName, List<QuestionPart> questions) {}

  /** {@code at} is the level of a question of a score-based model; {@code actions} one per level above the lowest. */
  record QuestionPart(
      String id, String text, BigDecimal weight, int at, List<OptionPart> options, List<Optional<String>> actions) {}

  /** An option at a level (ordinal models) or with a value (score-based); level -1 is not applicable. */
  record OptionPart(String id, String text, int level, BigDecimal value) {}

  MaturityModel build() {
    return build(List.of());
  }

  MaturityModel build(List<Example> examples) {
    ModelBuilder b = MaturityModel.builder().name(name.isEmpty() ? "Generated model" : name);
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
    b.overallLevel(rules.overallLevel());
    b.overallTarget(rules.overallTarget());
    b.actionPlan(rules.actionPlan());
    rules.unansweredAs().ifPresent(r -> b.unansweredAs(levelIds.get(r)));
    boolean grouped = rules.groupLevel().isPresent() && !dimensions.isEmpty();
    rules.groupLevel().filter(g -> grouped).ifPresent(b::groupLevel);
    Set<String> dimensionIds = new HashSet<>();
    Set<String> questionIds = new HashSet<>();
    Set<String> groupIds = new HashSet<>();
    ModelBuilder.GroupBuilder group = null;
    for (int i = 1; i <= dimensions.size(); i++) {
      DimensionPart d = dimensions.get(i - 1);
      String id = unique(dimensionIds, d.id().isEmpty() ? "D" + i : d.id());
      String dimensionName = d.name().isEmpty() ? "Dimension " + i : d.name();
      if (grouped && (group == null || d.newGroup())) {
        String groupId = unique(groupIds, d.id().isEmpty() ? "G" + i : d.id() + "_g");
        group = b.group(groupId, d.groupName().isEmpty() ? "Group " + i : d.groupName());
      }
      ModelBuilder.DimensionBuilder db = group != null ? group.dimension(id, dimensionName) : b.dimension(id, dimensionName);
      db.weight(d.weight());
      d.combination().ifPresent(db::combination);
      for (int j = 1; j <= d.questions().size(); j++) {
        QuestionPart q = d.questions().get(j - 1);
        String questionId = unique(questionIds, q.id().isEmpty() ? id + "Q" + j : q.id());
        question(db.question(questionId, q.text().isEmpty() ? "Question " + j + " of dimension " + i : q.text()), q,
            levelIds);
      }
    }
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

  private void question(ModelBuilder.QuestionBuilder qb, QuestionPart q, List<String> levelIds) {
    qb.weight(q.weight());
    if (scoreBased) {
      qb.at(levelIds.get(q.at()));
    }
    Set<String> optionIds = new HashSet<>();
    for (int k = 0; k < q.options().size(); k++) {
      OptionPart o = q.options().get(k);
      String id = unique(optionIds, o.id().isEmpty() ? "o" + k : o.id());
      if (o.level() < 0) {
        qb.optionNotApplicable(id, o.text().isEmpty() ? "Not applicable" : o.text());
      } else if (scoreBased) {
        qb.option(id, o.text().isEmpty() ? "Answer worth " + o.value() : o.text(), o.value());
      } else {
        qb.option(id, o.text().isEmpty() ? "Answer at level " + o.level() : o.text(), levelIds.get(o.level()));
      }
    }
    for (int r = 1; r < levelIds.size() && r - 1 < q.actions().size(); r++) {
      Optional<String> text = q.actions().get(r - 1);
      if (text.isPresent() && (!scoreBased || r == q.at())) {
        qb.action(levelIds.get(r), text.get().isEmpty() ? "Reach level " + r : text.get());
      }
    }
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
