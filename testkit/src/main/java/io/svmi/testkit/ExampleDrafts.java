package io.svmi.testkit;

import io.svmi.Dimension;
import io.svmi.Example;
import io.svmi.MaturityModel;
import io.svmi.Question;
import io.svmi.Score;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Up to two {@code example} blocks for a model whose questions can all be answered (or left out):
 * answers and target answers that fit the model, and expectations of anything in it, right or
 * wrong: levels or no level, with or without exact scores (whole, decimal or with no finite
 * decimal), of dimensions, groups, questions and overall, targets, and the actions of a cell.
 * Choices are drawn as numbers taken modulo the number of choices, so they shrink to the first.
 */
final class ExampleDrafts {
  private static final int DIMENSION_CHOICES = 12;

  private ExampleDrafts() {}

  static Arbitrary<List<Example>> examples(MaturityModel model, List<String> levels, Arbitrary<String> texts) {
    int questions = model.questions().size();
    int dimensions = model.dimensions().size();
    Arbitrary<List<Integer>> choices = choice().list().ofSize(3).list().ofSize(questions)
        .map(perQuestion -> perQuestion.stream().flatMap(List::stream).toList());
    Arbitrary<List<Boolean>> answered = ModelArbitrary.chance(50).list().ofSize(questions);
    Arbitrary<List<List<Integer>>> perDimension = choice().list().ofSize(DIMENSION_CHOICES).list().ofSize(dimensions);
    Arbitrary<List<List<String>>> cellTexts = texts.list().ofMaxSize(2).list().ofSize(dimensions);
    Arbitrary<Draft> draft = Combinators.combine(texts, texts.optional(0.5), choices, answered, perDimension, cellTexts,
            choice().list().ofSize(8 + 3 * model.groups().size()))
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
        int answer = choices.get(3 * i);
        int aim = choices.get(3 * i + 1);
        int expectation = choices.get(3 * i + 2);
        if (!q.options().isEmpty() && (answerAll || answered.get(i))) {
          List<String> options = List.copyOf(q.options().keySet());
          e.answer(q.id(), options.get(answer % options.size()));
        }
        List<String> aims = q.options().values().stream().filter(o -> !o.isNotApplicable()).map(o -> o.id()).toList();
        boolean graded = model.dimensions().values().stream().filter(d -> d.questions().containsKey(q.id()))
            .anyMatch(d -> d.combination().orElse(model.rules().dimensionLevel()) == io.svmi.Combination.INDICATORS);
        if (aim % 4 == 1 && !aims.isEmpty() && !graded) {   // no target answer where indicators grade (E0418)
          e.targetAnswer(q.id(), aims.get(aim / 4 % aims.size()));
        }
        if (expectation % 4 == 1) {
          e.expect(Example.ExpectedLevel.question(q.id(), expected(levels, expectation / 4, aim)));
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
          e.expect(Example.ExpectedLevel.dimension(d, expected(levels, c.get(3), c.get(10)),
              c.get(4) % 2 == 1 ? expected(levels, c.get(5), c.get(11)) : null));
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
      boolean graded = model.rules().hasOverallLevel();
      if (graded && overall.get(0) % 2 == 1) {
        e.overallTarget(level(levels, overall.get(1)));
      }
      if (graded && (overall.get(2) % 2 == 1 || dimensions.isEmpty())) {
        e.expect(Example.ExpectedLevel.overall(expected(levels, overall.get(3), overall.get(4)),
            overall.get(0) % 4 == 3 ? expected(levels, overall.get(2), overall.get(5)) : null));
      }
      List<String> groups = List.copyOf(model.groups().keySet());
      for (int g = 0; g < groups.size(); g++) {
        int expectation = overall.get(8 + 3 * g);
        if (expectation % 3 != 0) {
          e.expect(Example.ExpectedLevel.group(groups.get(g), expected(levels, expectation / 2, overall.get(9 + 3 * g)),
              expectation % 4 == 3 ? expected(levels, overall.get(10 + 3 * g), overall.get(6)) : null));
        }
      }
      return e.build();
    }

    /** A level (or, one time in six, no level), and a third of the time an exact score with it. */
    private static Example.Expected expected(List<String> levels, int level, int score) {
      if (level % 6 == 5) {
        return Example.Expected.noLevel();
      }
      Example.Expected expected = Example.Expected.level(level(levels, level));
      // Whole (2), decimal (3/2) and with no finite decimal (5/3) scores.
      return score % 3 == 1 ? expected.withScore(Score.of(score % 7, 1 + score / 3 % 3)) : expected;
    }

    private static String level(List<String> levels, int choice) {
      return levels.get(choice % levels.size());
    }
  }
}
