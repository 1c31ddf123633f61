package io.svmi.testkit;

import com.google.common.collect.ImmutableList;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Raw answer sheets for {@link SvmiArbitraries#answerSheets}: a list of numbers drawn by jqwik,
 * read one by one as choices (round again past the end, for a large model). Each choice's simplest value is 0, so a failing sheet shrinks
 * towards a careful one (every question answered with its first option, no typo).
 */
final class AnswerSheets {
  private AnswerSheets() {}

  static Arbitrary<AnswerSheet> of(MaturityModel model) {
    // Enough numbers for a careful sheet of a small model; a large one reads them round again.
    int size = Math.min(8 * (model.questions().size() + model.dimensions().size()) + 16, 160);
    return Arbitraries.integers().between(0, 9_999).list().ofSize(size).map(raw -> sheet(model, new Choices(raw)));
  }

  /** Reads the drawn numbers in turn (round again past the end). */
  private static final class Choices {
    private final List<Integer> raw;
    private int next;

    Choices(List<Integer> raw) {
      this.raw = raw;
    }

    int below(int bound) {
      return bound <= 1 || raw.isEmpty() ? 0 : raw.get(next++ % raw.size()) % bound;
    }

    boolean chance(int percent) {
      return below(100) >= 100 - percent;
    }

    <T> T pick(List<T> values) {
      return values.get(below(values.size()));
    }
  }

  private static AnswerSheet sheet(MaturityModel model, Choices d) {
    ImmutableList<String> questions = model.questions().keySet().asList();
    ImmutableList<String> dimensions = model.dimensions().keySet().asList();
    ImmutableList<String> levels = SvmiArbitraries.levelIds(model);
    // About a third of the sheets are written with care (every question answered, no typo).
    boolean careless = d.chance(70);
    List<AnswerSheet.Entry> answers = new ArrayList<>();
    for (Question q : model.questions().values()) {
      if (!careless || !d.chance(10)) {
        List<String> options = q.options().values().stream().map(Option::id).toList();
        String option = options.isEmpty() || (careless && d.chance(15)) ? junk(d, options) : d.pick(options);
        answers.add(new AnswerSheet.Entry(careless && d.chance(10) ? junk(d, questions) : q.id(), option));
      }
    }
    int extra = careless ? d.below(3) : 0;
    for (int i = 0; i < extra; i++) {
      answers.add(new AnswerSheet.Entry(maybeJunk(d, questions), junk(d, List.of("o0", "na"))));
    }
    List<AnswerSheet.Entry> targets = new ArrayList<>();
    int count = d.below(1 + (careless ? Math.min(4, dimensions.size() + 1) : dimensions.size()));
    for (int i = 0; i < count; i++) {
      targets.add(careless
          ? new AnswerSheet.Entry(maybeJunk(d, dimensions), maybeJunk(d, levels))
          : new AnswerSheet.Entry(dimensions.get(i % dimensions.size()), d.pick(levels)));
    }
    // A model with no overall level takes no overall target: only careless sheets give one.
    Optional<String> overall = d.chance(30) && (careless || model.rules().hasOverallLevel())
        ? Optional.of(careless ? maybeJunk(d, levels) : d.pick(levels))
        : Optional.empty();
    // Target answers: mostly an option the question has (not applicable ones too, which are
    // wrong), sometimes another question's option or an unknown question.
    List<AnswerSheet.Entry> aims = new ArrayList<>();
    int aimed = d.below(1 + Math.min(3, questions.size()));
    for (int i = 0; i < aimed; i++) {
      Question q = model.questions().get(d.pick(questions));
      List<String> options = q.options().values().stream().map(Option::id).toList();
      aims.add(new AnswerSheet.Entry(careless ? maybeJunk(d, questions) : q.id(),
          options.isEmpty() || (careless && d.chance(25)) ? junk(d, options) : d.pick(options)));
    }
    return new AnswerSheet(ImmutableList.copyOf(answers), ImmutableList.copyOf(targets), overall,
        ImmutableList.copyOf(aims));
  }

  private static String maybeJunk(Choices d, List<String> valid) {
    return d.chance(25) || valid.isEmpty() ? junk(d, valid) : d.pick(valid);
  }

  /** An id that is probably wrong: misspelt, changed in case, empty, or odd characters. */
  private static String junk(Choices d, List<String> near) {
    String base = near.isEmpty() ? "x" : d.pick(near);
    return switch (d.below(6)) {
      case 0 -> base + "x";
      case 1 -> base.toUpperCase(Locale.ROOT).equals(base)
          ? base.toLowerCase(Locale.ROOT)
          : base.toUpperCase(Locale.ROOT);
      case 2 -> base.isEmpty() ? "" : base.substring(1);
      case 3 -> "";
      case 4 -> " " + base + "\t";
      default -> "é\u0000\uD83D\uDE00" + base;
    };
  }
}
