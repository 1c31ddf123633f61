package io.svmi.lsp;

import io.svmi.lsp.Symbol.Kind;
import io.svmi.lsp.Symbol.Occurrence;
import io.svmi.lsp.SyntaxIndex.ActionLine;
import io.svmi.lsp.SyntaxIndex.RuleLine;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What a hover shows: a level's name and rank; a question's text and options with their levels;
 * an option's text and level; a dimension's or group's name and members; what a rule line means in
 * plain words; which step an action is.
 */
final class Hovers {
  private Hovers() {}

  static Optional<Hover> at(SyntaxIndex index, int offset) {
    Optional<ActionLine> action = index.actionAt(offset);
    if (action.isPresent()) {
      return Optional.of(hover(index, action.get().start(), action.get().end(), step(index, action.get())));
    }
    Optional<Occurrence> o = index.occurrenceAt(offset);
    if (o.isPresent()) {
      Optional<Symbol> s = index.symbol(o.get().kind(), o.get().key());
      String text = s.map(symbol -> describe(index, symbol))
          .orElseGet(() -> "unknown " + o.get().kind().word() + " `" + o.get().key() + "`: it is not declared in this file");
      return Optional.of(hover(index, o.get().start(), o.get().end(), text));
    }
    Optional<RuleLine> rule = index.ruleAt(offset);
    if (rule.isPresent()) {
      RuleLine r = rule.get();
      return Optional.of(hover(index, r.start(), r.end(),
          "**rule** `" + r.name() + " = " + r.value() + "`\n\n" + RuleMeanings.meaning(r.name(), r.value(), index)));
    }
    return Optional.empty();
  }

  static String describe(SyntaxIndex index, Symbol s) {
    return switch (s.kind()) {
      case LEVEL -> {
        int count = index.symbols(Kind.LEVEL).size();
        yield "**level** `" + s.id() + "` " + s.name() + "\n\nrank " + s.rank() + " of " + count + " levels "
            + "(rank 0, the lowest, is " + index.symbols(Kind.LEVEL).get(0).name() + ")";
      }
      case QUESTION -> {
        List<Symbol> options = index.answers(s.id());
        String header = "**question** `" + s.id() + "`" + s.container().map(d -> " of dimension `" + d + "`").orElse("")
            + s.level().map(set -> ", answered from answer set `" + set + "`").orElse("")
            + "\n\n" + s.name();
        yield options.isEmpty()
            ? header + "\n\n(no options)"
            : header + "\n\n" + options.stream()
                .map(o -> "- `" + o.id() + "` " + o.name() + o.level().map(l -> " → " + levelLabel(index, l)).orElse(""))
                .collect(Collectors.joining("\n"));
      }
      case OPTION -> "**option** `" + s.id() + "` of " + s.container()
          .map(c -> c.startsWith("@") ? "answer set `" + c.substring(1) + "`" : "question `" + c + "`").orElse("?")
          + s.level().map(l -> " → " + levelLabel(index, l)).orElse("") + "\n\n" + s.name();
      case DIMENSION -> {
        List<String> questions = index.symbols(Kind.QUESTION).stream()
            .filter(q -> q.container().equals(Optional.of(s.id()))).map(Symbol::id).toList();
        yield "**dimension** `" + s.id() + "` " + s.name()
            + s.container().map(g -> " (group `" + g + "`)").orElse("")
            + "\n\n" + (questions.isEmpty() ? "no questions" : "questions: " + String.join(", ", questions));
      }
      case GROUP -> {
        List<String> dimensions = index.symbols(Kind.DIMENSION).stream()
            .filter(d -> d.container().equals(Optional.of(s.id()))).map(Symbol::id).toList();
        yield "**group** `" + s.id() + "` " + s.name() + "\n\ndimensions: " + String.join(", ", dimensions);
      }
      case PROFILE -> "**profile** `" + s.id() + "`" + (s.name().isEmpty() ? "" : " " + s.name())
          + "\n\na target level per dimension; an assessment aims for it with `\"profile\": \"" + s.id()
          + "\"` (answers file), `profile " + s.id() + "` (example) or `--profile " + s.id() + "`";
      case EXAMPLE -> "**example** \"" + s.name() + "\": runs when the file is saved (and with `svmi test`)";
      case ANSWER_SET -> {
        List<Symbol> options = index.options("@" + s.id());
        yield "**answer set** `" + s.id() + "`, used by the questions that say `answers " + s.id() + "`\n\n"
            + options.stream()
                .map(o -> "- `" + o.id() + "` " + o.name() + o.level().map(l -> " → " + levelLabel(index, l)).orElse(""))
                .collect(Collectors.joining("\n"));
      }
      case LANGUAGE -> {
        boolean first = index.symbols(Kind.LANGUAGE).get(0).id().equals(s.id());
        yield "**language** `" + s.id() + "` " + s.name() + "\n\n" + (first
            ? "the model's default: its own texts are in it"
            : "its texts are in `translation " + s.id() + " { … }` blocks (or a file beside the model); a text left out"
                + " is shown in the default language");
      }
    };
  }

  /** "the step of question A1 from Mature to Leader": the action listed when A1 stands one level below. */
  private static String step(SyntaxIndex index, ActionLine a) {
    Optional<Symbol> level = index.symbol(Kind.LEVEL, a.levelId());
    if (level.isEmpty()) {
      return "**action** of question `" + a.questionId() + "` to `" + a.levelId() + "`, which is not a declared level";
    }
    int rank = level.get().rank();
    List<Symbol> levels = index.symbols(Kind.LEVEL);
    if (rank == 0) {
      return "**action** of question `" + a.questionId() + "` to " + level.get().name()
          + ", the lowest level: no answer is below it, so no plan lists it";
    }
    Symbol below = levels.get(rank - 1);
    return "**action** of question `" + a.questionId() + "`: the step from " + below.name() + " to "
        + level.get().name() + " (step " + rank + " of " + (levels.size() - 1) + ")\n\n"
        + "The plan lists it when the question stands at " + below.name()
        + " (with `action plan = next level`), or below " + level.get().name() + " (`up to target`, `up to top`).";
  }

  private static String levelLabel(SyntaxIndex index, String level) {
    return index.symbol(Kind.LEVEL, level).map(l -> "`" + l.id() + "` " + l.name()).orElse("`" + level + "`");
  }

  private static Hover hover(SyntaxIndex index, int start, int end, String markdown) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), index.lines().range(start, end));
  }
}
