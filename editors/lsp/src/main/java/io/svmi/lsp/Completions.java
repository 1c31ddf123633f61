package io.svmi.lsp;

import static io.svmi.dsl.grammar.SvmiGrammarParser.*;

import io.svmi.Combination;
import io.svmi.PlanPolicy;
import io.svmi.lsp.Symbol.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion of what may stand at the cursor: the keywords the grammar expects there, level ids
 * after {@code ->} and {@code to}, rule names and values in a {@code rules} block, question,
 * option, dimension, group and level ids in examples.
 */
final class Completions {
  private Completions() {}

  static final List<String> RULE_NAMES =
      List.of("dimension level", "group level", "overall level", "overall target", "action plan", "unanswered",
          "between levels");

  static List<CompletionItem> at(SyntaxIndex index, int cursor) {
    String text = index.lines().text();
    Optional<ExpectedAtCursor.Result> found = ExpectedAtCursor.at(text, cursor);
    if (found.isEmpty()) {
      return List.of();
    }
    ExpectedAtCursor.Result r = found.get();
    Range replace = index.lines().range(r.prefixStart(), cursor);
    ParserRuleContext role = roleOf(r.context());
    if (role instanceof RulesBlockContext || role instanceof RuleSettingContext) {
      return rules(index, cursor);
    }
    List<CompletionItem> items = new ArrayList<>();
    Set<Integer> types = new LinkedHashSet<>(r.expected().toList());
    int before = r.previous().map(Token::getType).orElse(Token.INVALID_TYPE);
    if (!types.contains(ID)) {
      for (int type : types) {
        if (SyntaxWords.isKeyword(type)) {
          items.add(keyword(SyntaxWords.word(type), replace));
        }
      }
      return items;
    }
    if (role instanceof OptionTargetContext || (role instanceof OptionDeclContext && before == ARROW)) {
      levels(index, replace, items);
      items.add(keyword("not applicable", replace));
    } else if (role instanceof ActionDeclContext || role instanceof QuestionAtContext
        || role instanceof ExampleOverallTargetContext) {
      levels(index, replace, items);
    } else if (role instanceof ExampleAnswerContext || role instanceof ExampleTargetAnswerContext) {
      if (before == EQUALS) {
        IdentContext question = role instanceof ExampleAnswerContext a ? a.question : ((ExampleTargetAnswerContext) role).question;
        if (question != null) {
          for (Symbol o : index.answers(question.getText())) {
            items.add(item(o.id(), CompletionItemKind.Value, o.name() + o.level().map(l -> " → " + l).orElse(""), replace));
          }
        }
      } else {
        ids(index, Kind.QUESTION, CompletionItemKind.Field, replace, items);
      }
    } else if (role instanceof ExampleTargetContext) {
      if (before == EQUALS) {
        levels(index, replace, items);
      } else {
        ids(index, Kind.DIMENSION, CompletionItemKind.Module, replace, items);
      }
    } else if (role instanceof ExpectationContext e) {
      expectation(index, e, before, replace, items);
    } else if (role instanceof QuestionAnswersContext || role instanceof AnswerSetTextContext) {
      ids(index, Kind.ANSWER_SET, CompletionItemKind.Enum, replace, items);
    } else if (role instanceof TranslationDeclContext) {
      index.symbols(Kind.LANGUAGE).stream().skip(1)
          .forEach(l -> items.add(item(l.id(), CompletionItemKind.Constant, l.name(), replace)));
    } else if (role instanceof LevelTextContext || role instanceof ActionTextContext) {
      levels(index, replace, items);
    } else if (role instanceof GroupTextContext) {
      ids(index, Kind.GROUP, CompletionItemKind.Folder, replace, items);
    } else if (role instanceof DimensionTextContext) {
      ids(index, Kind.DIMENSION, CompletionItemKind.Module, replace, items);
    } else if (role instanceof QuestionTextContext) {
      ids(index, Kind.QUESTION, CompletionItemKind.Field, replace, items);
    } else if (role instanceof OptionTextContext o && o.getParent() != null
        && o.getParent().getParent() instanceof QuestionTextContext q && q.id != null) {
      for (Symbol option : index.options(q.id.getText())) {
        items.add(item(option.id(), CompletionItemKind.Value, option.name(), replace));
      }
    } else if (role instanceof OptionTextContext o && o.getParent() instanceof AnswerSetTextContext a && a.id != null) {
      for (Symbol option : index.options("@" + a.id.getText())) {
        items.add(item(option.id(), CompletionItemKind.Value, option.name(), replace));
      }
    } else if (role instanceof LevelOverrideContext) {
      for (String phrase : combinations("questions")) {
        items.add(item(phrase, CompletionItemKind.Value, "a dimension's own rule", replace));
      }
    }
    return items;
  }

  private static void expectation(SyntaxIndex index, ExpectationContext e, int before, Range replace, List<CompletionItem> items) {
    switch (before) {
      case EXPECT -> {
        for (String w : List.of("overall", "group", "question", "dimension")) {
          items.add(keyword(w, replace));
        }
        ids(index, Kind.DIMENSION, CompletionItemKind.Module, replace, items);
      }
      case GROUP -> ids(index, Kind.GROUP, CompletionItemKind.Folder, replace, items);
      case QUESTION -> ids(index, Kind.QUESTION, CompletionItemKind.Field, replace, items);
      case DIMENSION -> ids(index, Kind.DIMENSION, CompletionItemKind.Module, replace, items);
      case TO -> levels(index, replace, items);
      case EQUALS, COMMA -> {
        if (e.TO() != null) {
          ids(index, Kind.QUESTION, CompletionItemKind.Field, replace, items);
        } else {
          levels(index, replace, items);
          items.add(keyword("no level", replace));
        }
      }
      case ARROW -> {
        levels(index, replace, items);
        items.add(keyword("no level", replace));
      }
      default -> {}
    }
  }

  /** In a rules block: rule names at the start of a line, the rule's values after its '='. */
  private static List<CompletionItem> rules(SyntaxIndex index, int cursor) {
    LineMap lines = index.lines();
    int line = lines.position(cursor).getLine();
    int lineStart = lines.lineStart(line);
    String typed = lines.text().substring(lineStart, cursor);
    int equals = typed.indexOf('=');
    List<CompletionItem> items = new ArrayList<>();
    if (equals < 0) {
      Range replace = lines.range(lineStart + indent(typed, 0), cursor);
      for (String name : RULE_NAMES) {
        CompletionItem item = item(name, CompletionItemKind.Property, "a rule", replace);
        item.setTextEdit(Either.forLeft(new TextEdit(replace, name + " = ")));
        items.add(item);
      }
      return items;
    }
    String name = String.join(" ", typed.substring(0, equals).trim().split("\\s+"));
    Range replace = lines.range(lineStart + indent(typed, equals + 1), cursor);
    for (String value : ruleValues(index, name)) {
      items.add(item(value, CompletionItemKind.Value, name, replace));
    }
    return items;
  }

  static List<String> ruleValues(SyntaxIndex index, String rule) {
    boolean grouped = !index.symbols(Kind.GROUP).isEmpty();
    return switch (rule) {
      case "dimension level" -> combinations("questions");
      case "group level" -> combinations("dimensions");
      case "overall level" -> orNone(combinations(grouped ? "groups" : "dimensions"));
      case "overall target" -> orNone(combinations(grouped ? "group targets" : "dimension targets"));
      case "action plan" -> List.of(PlanPolicy.NEXT_LEVEL.words(), PlanPolicy.UP_TO_TARGET.words(), PlanPolicy.UP_TO_TOP.words());
      case "unanswered" -> {
        List<String> values = new ArrayList<>(List.of("error"));
        index.symbols(Kind.LEVEL).forEach(l -> values.add("level " + l.id()));
        yield values;
      }
      case "between levels" -> List.of("plain", "plus");
      default -> List.of();
    };
  }

  /** The overall rules may also be {@code none}: no overall level, or no combined overall target. */
  private static List<String> orNone(List<String> combinations) {
    List<String> out = new ArrayList<>(combinations);
    out.add("none");
    return out;
  }

  /** {@code lowest of questions}, {@code mean of dimensions rounded down}: every combination phrase. */
  static List<String> combinations(String subject) {
    List<String> out = new ArrayList<>();
    for (Combination c : Combination.values()) {
      boolean questionsOnly = c == Combination.SUM_OF_MEANS_BY_LEVEL || c == Combination.STAGED;
      if (questionsOnly && !subject.equals("questions")) {
        continue;
      }
      if (c == Combination.STAGED) {
        out.add(c.words());
        continue;
      }
      String words = c.words();
      int rounded = words.indexOf(" rounded");
      out.add(rounded < 0
          ? words + " of " + subject
          : words.substring(0, rounded) + " of " + subject + words.substring(rounded));
    }
    return out;
  }

  private static int indent(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void levels(SyntaxIndex index, Range replace, List<CompletionItem> items) {
    for (Symbol l : index.symbols(Kind.LEVEL)) {
      CompletionItem item = item(l.id(), CompletionItemKind.EnumMember, l.name(), replace);
      item.setSortText(String.format("%04d", l.rank()));
      items.add(item);
    }
  }

  private static void ids(SyntaxIndex index, Kind kind, CompletionItemKind itemKind, Range replace, List<CompletionItem> items) {
    for (Symbol s : index.symbols(kind)) {
      items.add(item(s.id(), itemKind, s.name(), replace));
    }
  }

  private static CompletionItem keyword(String word, Range replace) {
    return item(word, CompletionItemKind.Keyword, "keyword", replace);
  }

  private static CompletionItem item(String label, CompletionItemKind kind, String detail, Range replace) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setDetail(detail);
    item.setTextEdit(Either.forLeft(new TextEdit(replace, label)));
    return item;
  }

  /** The rule that gives a name its role: an id, words or a level belong to the rule around them. */
  private static ParserRuleContext roleOf(ParserRuleContext context) {
    ParserRuleContext c = context;
    while ((c instanceof IdentContext || c instanceof WordsContext || c instanceof Value_Context
            || c instanceof WeightContext || c instanceof ExpectedLevelsContext || c instanceof ExpectedLevelContext
            || c instanceof ScoreContext)
        && c.getParent() != null) {
      c = c.getParent();
    }
    return c;
  }
}
