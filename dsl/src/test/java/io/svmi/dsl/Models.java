package io.svmi.dsl;

import io.svmi.Combination;
import io.svmi.Example;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.PlanPolicy;
import io.svmi.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated valid models for the round-trip and totality properties: a small generator of our own
 * (the testkit module has the shared ones), drawing from jqwik's random source. Ids include the
 * language's keywords and rule words; texts include quotes, backslashes, line breaks, tabs, '#',
 * non-ASCII and arbitrary characters.
 */
final class Models {
  private Models() {}

  private static final List<String> KEYWORDS =
      List.of("model", "version", "levels", "rules", "dimension", "level", "weight", "question", "option", "to",
          "not", "applicable", "error", "lowest", "of", "questions", "next", "up", "top", "mean",
          "example", "subject", "answer", "target", "overall", "expect");

  private static final List<String> PIECES =
      List.of("a", "Z", "1", " ", "\"", "\\", "\n", "\t", "\r", "#", "{", "}", "->", "=", "é", "€", "😀", "\\n", "word");

  private static final String ID_START = "abcdefghijklmnopqrstuvwxyzAZ_";
  private static final String ID_PART = ID_START + "09-";

  static Arbitrary<MaturityModel> models() {
    return Arbitraries.randomValue(Models::model);
  }

  static MaturityModel model(Random r) {
    ModelBuilder b = MaturityModel.builder().name(text(r));
    if (r.nextBoolean()) {
      b.version(text(r));
    }
    List<String> levels = new ArrayList<>(uniqueIds(r, 1 + r.nextInt(5)));
    for (String level : levels) {
      b.level(level, text(r));
    }
    Combination[] combinations = Combination.values();
    b.dimensionLevel(combinations[r.nextInt(combinations.length)]);
    b.overallLevel(combinations[r.nextInt(combinations.length)]);
    b.overallTarget(combinations[r.nextInt(combinations.length)]);
    b.actionPlan(PlanPolicy.values()[r.nextInt(PlanPolicy.values().length)]);
    if (r.nextBoolean()) {
      b.unansweredAs(levels.get(r.nextInt(levels.size())));
    }
    Set<String> questionIds = new HashSet<>();
    for (String dimensionId : uniqueIds(r, r.nextInt(4))) {
      ModelBuilder.DimensionBuilder d = b.dimension(dimensionId, text(r)).weight(weight(r));
      if (r.nextInt(3) == 0) {
        d.combination(combinations[r.nextInt(combinations.length)]);
      }
      for (int q = r.nextInt(4); q > 0; q--) {
        String id = id(r);
        while (!questionIds.add(id)) {
          id = id + "_" + r.nextInt(10);
        }
        ModelBuilder.QuestionBuilder qb = d.question(id, text(r)).weight(weight(r));
        for (String option : uniqueIds(r, r.nextInt(5))) {
          int level = r.nextInt(levels.size() + 1) - 1;
          if (level < 0) {
            qb.optionNotApplicable(option, text(r));
          } else {
            qb.option(option, text(r), levels.get(level));
          }
        }
        for (int level = 1; level < levels.size(); level++) {
          if (r.nextBoolean()) {
            qb.action(levels.get(level), text(r));
          }
        }
      }
    }
    MaturityModel withoutExamples = b.build();
    boolean answerable = withoutExamples.rules().unanswered().level().isPresent()
        || withoutExamples.questions().values().stream().noneMatch(q -> q.options().isEmpty());
    Set<String> names = new HashSet<>();
    for (int e = answerable ? r.nextInt(3) : 0; e > 0; e--) {
      String name = text(r);
      if (names.add(name)) {
        b.example(example(r, name, withoutExamples, levels));
      }
    }
    return b.build();
  }

  /** An example whose assessment fits the model, with expectations of anything in it. */
  private static Example example(Random r, String name, MaturityModel model, List<String> levels) {
    Example.Builder e = Example.builder(name);
    if (r.nextBoolean()) {
      e.subject(text(r));
    }
    boolean answerAll = model.rules().unanswered().level().isEmpty();
    for (Question q : model.questions().values()) {
      if (!q.options().isEmpty() && (answerAll || r.nextBoolean())) {
        List<String> options = List.copyOf(q.options().keySet());
        e.answer(q.id(), options.get(r.nextInt(options.size())));
      }
    }
    List<String> dimensions = List.copyOf(model.dimensions().keySet());
    for (String d : dimensions) {
      if (r.nextBoolean()) {
        e.target(d, levels.get(r.nextInt(levels.size())));
      }
      if (r.nextBoolean()) {
        e.expect(d, levels.get(r.nextInt(levels.size())), r.nextBoolean() ? levels.get(r.nextInt(levels.size())) : null);
      }
      if (r.nextInt(3) == 0) {
        String level = levels.get(r.nextInt(levels.size()));
        List<String> questions = List.copyOf(model.dimensions().get(d).questions().keySet());
        if (r.nextBoolean() && !questions.isEmpty()) {
          e.expectActionsOf(d, level, questions.subList(0, 1 + r.nextInt(questions.size())));
        } else {
          List<String> texts = new ArrayList<>();
          for (int i = r.nextInt(3); i > 0; i--) {
            texts.add(text(r));
          }
          e.expectActionTexts(d, level, texts);
        }
      }
    }
    if (r.nextBoolean()) {
      e.overallTarget(levels.get(r.nextInt(levels.size())));
    }
    if (r.nextBoolean() || dimensions.isEmpty()) {
      e.expectOverall(levels.get(r.nextInt(levels.size())), r.nextBoolean() ? levels.get(r.nextInt(levels.size())) : null);
    }
    return e.build();
  }

  private static Set<String> uniqueIds(Random r, int n) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    while (ids.size() < n) {
      ids.add(id(r));
    }
    return ids;
  }

  static String id(Random r) {
    if (r.nextInt(4) == 0) {
      return KEYWORDS.get(r.nextInt(KEYWORDS.size()));
    }
    StringBuilder s = new StringBuilder().append(ID_START.charAt(r.nextInt(ID_START.length())));
    for (int i = r.nextInt(6); i > 0; i--) {
      s.append(ID_PART.charAt(r.nextInt(ID_PART.length())));
    }
    return s.charAt(s.length() - 1) == '-' ? s.append('x').toString() : s.toString();
  }

  static String text(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = 1 + r.nextInt(6); i > 0; i--) {
      s.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : PIECES.get(r.nextInt(PIECES.size())));
    }
    String text = s.toString();
    return text.isBlank() ? "t" + text : text;
  }

  static BigDecimal weight(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> BigDecimal.ONE;
      case 1 -> BigDecimal.valueOf(1 + r.nextInt(100));
      default -> BigDecimal.valueOf(1 + r.nextInt(1_000_000), 3);
    };
  }
}
