package io.svmi.testkit;

import io.svmi.Dimension;
import io.svmi.Example;
import io.svmi.MaturityModel;
import io.svmi.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Up to two {@code example} blocks for an ordinal model whose questions can all be answered (or
 * left out): answers that fit the model, and expectations of anything in it (levels, targets,
 * the actions of a cell), right or wrong. Choices are drawn as numbers taken modulo the number of
 * choices, so they shrink to the first.
 */
final class ExampleDrafts {
  private static final int DIMENSION_CHOICES = 10;

  private ExampleDrafts() {}

  static Arbitrary<List<Example>> examples(MaturityModel model, List<String> levels, Arbitrary<String> texts) {
    int questions = model.questions().size();
    int dimensions = model.dimensions().size();
    Arbitrary<List<Integer>> choices = choice().list().ofSize(questions);
    Arbitrary<List<Boolean>> answered = ModelArbitrary.chance(50).list().ofSize(questions);
    Arbitrary<List<List<Integer>>> perDimension = choice().list().ofSize(DIMENSION_CHOICES).list().ofSize(dimensions);
    Arbitrary<List<List<String>>> cellTexts = texts.list().ofMaxSize(2).list().ofSize(dimensions);
    Arbitrary<Draft> draft = Combinators.combine(texts, texts.optional(0.5), choices, answered, perDimension, cellTexts,
            choice().list().ofSize(4))
        .as(Draft::new);
    return draft.list().ofMaxSize(2).map(drafts -> {
      List<Example> examples = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (int i = 0; i < drafts.size(); i++) {
        Example e = drafts.get(i).build(model, levels, i);
        if (names.add(e.name())) {
          examples.add(e);
        }
      }
      return examples;
    });
  }

  private static Arbitrary<Integer> choice() {
    return Arbitraries.integers().between(0, 999);
  }

  private record Draft(String name, Optional<String> subject, List<Integer> choices, List<Boolean> answered,
      List<List<Integer>> perDimension, List<List<String>> cellTexts, List<Integer> overall) {

    Example build(MaturityModel model, List<String> levels, int index) {
      Example.Builder e = Example.builder(name.isEmpty() ? "example " + (index + 1) : name);
      subject.ifPresent(e::subject);
      boolean answerAll = model.rules().unanswered().level().isEmpty();
      List<Question> questions = model.questions().values().asList();
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        if (!q.options().isEmpty() && (answerAll || answered.get(i))) {
          List<String> options = List.copyOf(q.options().keySet());
          e.answer(q.id(), options.get(choices.get(i) % options.size()));
        }
      }
      List<Dimension> dimensions = model.dimensions().values().asList();
      for (int i = 0; i < dimensions.size(); i++) {
        String d = dimensions.get(i).id();
        List<Integer> c = perDimension.get(i);
        if (c.get(0) % 2 == 1) {
          e.target(d, level(levels, c.get(1)));
        }
        if (c.get(2) % 2 == 1) {
          e.expect(d, level(levels, c.get(3)), c.get(4) % 2 == 1 ? level(levels, c.get(5)) : null);
        }
        if (c.get(6) % 3 == 1) {
          String level = level(levels, c.get(7));
          List<String> ids = List.copyOf(dimensions.get(i).questions().keySet());
          if (c.get(8) % 2 == 1 && !ids.isEmpty()) {
            e.expectActionsOf(d, level, ids.subList(0, 1 + c.get(9) % ids.size()));
          } else {
            e.expectActionTexts(d, level, cellTexts.get(i).stream().map(t -> t.isEmpty() ? "Reach " + level : t).toList());
          }
        }
      }
      if (overall.get(0) % 2 == 1) {
        e.overallTarget(level(levels, overall.get(1)));
      }
      if (overall.get(2) % 2 == 1 || dimensions.isEmpty()) {
        e.expectOverall(level(levels, overall.get(3)), overall.get(0) % 4 == 3 ? level(levels, overall.get(2)) : null);
      }
      return e.build();
    }

    private static String level(List<String> levels, int choice) {
      return levels.get(choice % levels.size());
    }
  }
}
