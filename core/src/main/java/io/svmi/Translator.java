package io.svmi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the copy of a model whose texts are in another language ({@link MaturityModel#translated}):
 * every level, option, action, question, dimension, group and answer set rebuilt with the
 * translation's text where it has one, the default language's where not. Ids and rules stay.
 */
final class Translator {
  private Translator() {}

  static MaturityModel translate(MaturityModel model, Translation t, Language language) {
    ImmutableMap<String, Level> levels = model.scale().levels().stream()
        .collect(ImmutableMap.toImmutableMap(Level::id,
            l -> new Level(l.id(), t.level(l.id()).orElse(l.name()), l.rank(), l.threshold())));
    Function<Level, Level> level = l -> levels.get(l.id());
    ImmutableMap<String, AnswerSet> answerSets = model.answerSets().values().stream()
        .collect(ImmutableMap.toImmutableMap(AnswerSet::id, s -> new AnswerSet(s.id(),
            options(s.options(), level, o -> t.answerSetOption(s.id(), o.id())))));
    ImmutableMap.Builder<String, Dimension> dimensions = ImmutableMap.builder();
    for (Dimension d : model.dimensions().values()) {
      ImmutableMap.Builder<String, Question> questions = ImmutableMap.builder();
      for (Question q : d.questions().values()) {
        ImmutableMap<String, Option> options = q.answerSet().isPresent()
            ? answerSets.get(q.answerSet().get()).options()
            : options(q.options(), level, o -> t.option(q.id(), o.id()));
        ImmutableMap<String, Action> actions = q.actions().values().stream()
            .collect(ImmutableMap.toImmutableMap(a -> a.level().id(), a -> new Action(
                a.dimensionId(), a.questionId(), level.apply(a.level()),
                t.action(q.id(), a.level().id()).orElse(a.text()))));
        questions.put(q.id(), new Question(q.id(), t.question(q.id()).orElse(q.text()), q.weight(), options, actions,
            q.at().map(level), q.answerSet(), q.indicator()));
      }
      dimensions.put(d.id(), new Dimension(d.id(), t.dimension(d.id()).orElse(d.name()), d.weight(), d.combination(),
          questions.buildOrThrow()));
    }
    ImmutableMap<String, Group> groups = model.groups().values().stream()
        .collect(ImmutableMap.toImmutableMap(Group::id,
            g -> new Group(g.id(), t.group(g.id()).orElse(g.name()), g.dimensionIds())));
    Rules rules = model.rules().withUnanswered(
        model.rules().unanswered().level().map(l -> Unanswered.asLevel(level.apply(l))).orElse(Unanswered.error()));
    return new MaturityModel(
        t.modelName().orElse(model.name()),
        model.version(),
        new Scale(ImmutableList.copyOf(levels.values())),
        rules,
        dimensions.buildOrThrow(),
        groups,
        answerSets,
        model.profiles().values().stream().collect(ImmutableMap.toImmutableMap(Profile::id, p -> new Profile(
            p.id(), p.name(), p.targets().entrySet().stream().collect(
                ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> level.apply(e.getValue())))))),
        model.examples(),
        model.examplePositions(),
        model.languages(),
        model.translations(),
        model,
        Optional.of(language));
  }

  private static ImmutableMap<String, Option> options(
      Map<String, Option> options, Function<Level, Level> level, Function<Option, Optional<String>> text) {
    return options.values().stream()
        .collect(ImmutableMap.toImmutableMap(Option::id, o -> new Option(
            o.id(), text.apply(o).orElse(o.text()), o.level().map(level), o.value())));
  }
}
