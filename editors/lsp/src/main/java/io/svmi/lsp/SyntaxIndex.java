package io.svmi.lsp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.dsl.grammar.SvmiGrammarBaseVisitor;
import io.svmi.dsl.grammar.SvmiGrammarLexer;
import io.svmi.dsl.grammar.SvmiGrammarParser;
import io.svmi.dsl.grammar.SvmiGrammarParser.ActionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.AnswersDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionAnswersContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LanguageDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.TranslationDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LevelTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.GroupTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.DimensionTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionTextItemContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.AnswerSetTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.OptionTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.DimensionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.IndicatorDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleAnswerContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleOverallTargetContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleTargetAnswerContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleTargetContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExpectationContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExpectedLevelContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExpectedLevelsContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.FileContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.GroupDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.IdentContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LevelDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.OptionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionAtContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.RuleSettingContext;
import io.svmi.lsp.Symbol.Kind;
import io.svmi.lsp.Symbol.Occurrence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * What the language server knows of a rules file's syntax, read from its parse tree (which ANTLR
 * builds even for a broken file): every declared id, every place an id is written (declarations
 * and uses, examples included), the rule lines and the action lines. Independent of the compiler:
 * it works on files that do not compile, and it is built only when a request needs it.
 */
final class SyntaxIndex {
  /** A line of the {@code rules} block: its name and value words as written. */
  record RuleLine(int start, int end, String name, String value) {}

  /** An action: the step of a question to a level. */
  record ActionLine(int start, int end, String questionId, String levelId) {}

  private final LineMap lines;
  private final FileContext tree;
  private final Map<Kind, Map<String, Symbol>> symbols;
  private final ImmutableList<Occurrence> occurrences;
  private final ImmutableList<RuleLine> rules;
  private final ImmutableList<ActionLine> actions;

  private SyntaxIndex(LineMap lines, FileContext tree, Reader reader) {
    this.lines = lines;
    this.tree = tree;
    Map<Kind, Map<String, Symbol>> byKind = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      byKind.put(k, ImmutableMap.copyOf(reader.symbols.get(k)));
    }
    this.symbols = byKind;
    this.occurrences =
        reader.occurrences.stream()
            .sorted(Comparator.comparingInt(Occurrence::start))
            .collect(ImmutableList.toImmutableList());
    this.rules = ImmutableList.copyOf(reader.rules);
    this.actions = ImmutableList.copyOf(reader.actions);
  }

  static SyntaxIndex of(String text) {
    LineMap lines = new LineMap(text);
    SvmiGrammarLexer lexer = new SvmiGrammarLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    SvmiGrammarParser parser = new SvmiGrammarParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(new BaseErrorListener());
    FileContext tree = parser.file();
    Reader reader = new Reader(lines);
    reader.visit(tree);
    return new SyntaxIndex(lines, tree, reader);
  }

  LineMap lines() {
    return lines;
  }

  FileContext tree() {
    return tree;
  }

  /** The declaration of an id (the first, when it is declared twice). */
  Optional<Symbol> symbol(Kind kind, String key) {
    return Optional.ofNullable(symbols.get(kind).get(key));
  }

  /** The declarations of one kind, in the order of the file. */
  ImmutableList<Symbol> symbols(Kind kind) {
    return ImmutableList.copyOf(symbols.get(kind).values());
  }

  /** The id written at an offset (the cursor may stand just after it). */
  Optional<Occurrence> occurrenceAt(int offset) {
    Occurrence best = null;
    for (Occurrence o : occurrences) {
      if (o.start() > offset) {
        break;
      }
      if (offset <= o.end()) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every place an id is written, declarations and uses, in the order of the file. */
  ImmutableList<Occurrence> occurrences(Kind kind, String key) {
    return occurrences.stream()
        .filter(o -> o.kind() == kind && o.key().equals(key))
        .collect(ImmutableList.toImmutableList());
  }

  Optional<RuleLine> ruleAt(int offset) {
    return rules.stream().filter(r -> r.start() <= offset && offset <= r.end()).findFirst();
  }

  Optional<ActionLine> actionAt(int offset) {
    return actions.stream().filter(a -> a.start() <= offset && offset <= a.end()).findFirst();
  }

  /** The options of a question, in the order written. */
  /** The options a question is answered with: its own, or those of the answer set it names. */
  ImmutableList<Symbol> answers(String questionId) {
    Optional<String> set = symbol(Kind.QUESTION, questionId).flatMap(Symbol::level);
    return set.isPresent() ? options("@" + set.get()) : options(questionId);
  }

  ImmutableList<Symbol> options(String questionId) {
    return symbols.get(Kind.OPTION).values().stream()
        .filter(o -> o.container().equals(Optional.of(questionId)))
        .collect(ImmutableList.toImmutableList());
  }

  /** The level declared with a display name, if any. */
  Optional<Symbol> levelNamed(String name) {
    return symbols.get(Kind.LEVEL).values().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The texts of a rules file unquoted: the escapes {@code \" \\ \n \t \r}; others kept as written. */
  static String unquote(String literal) {
    int end = literal.length() > 1 && literal.endsWith("\"") ? literal.length() - 1 : literal.length();
    StringBuilder out = new StringBuilder(end);
    for (int i = 1; i < end; i++) {
      char c = literal.charAt(i);
      if (c == '\\' && i + 1 < end) {
        char e = literal.charAt(++i);
        out.append(
            switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> e;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Reads declarations and uses from the tree; skips what a syntax error left incomplete. */
  private static final class Reader extends SvmiGrammarBaseVisitor<Void> {
    private final LineMap lines;
    private final Map<Kind, Map<String, Symbol>> symbols = new EnumMap<>(Kind.class);
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final List<RuleLine> rules = new ArrayList<>();
    private final List<ActionLine> actions = new ArrayList<>();
    private @Nullable String group;
    private @Nullable String dimension;
    private @Nullable String question;
    private @Nullable String answerSet;
    private int levelRank;

    Reader(LineMap lines) {
      this.lines = lines;
      for (Kind k : Kind.values()) {
        symbols.put(k, new LinkedHashMap<>());
      }
    }

    @Override
    public Void visitLevelDecl(LevelDeclContext ctx) {
      declare(Kind.LEVEL, ctx.id, ctx, null, text(ctx.name), null, levelRank++);
      return null;
    }

    @Override
    public Void visitGroupDecl(GroupDeclContext ctx) {
      declare(Kind.GROUP, ctx.id, ctx, null, text(ctx.name), null, -1);
      group = real(ctx.id) ? ctx.id.getText() : null;
      visitChildren(ctx);
      group = null;
      return null;
    }

    @Override
    public Void visitDimensionDecl(DimensionDeclContext ctx) {
      declare(Kind.DIMENSION, ctx.id, ctx, group, text(ctx.name), null, -1);
      dimension = real(ctx.id) ? ctx.id.getText() : null;
      visitChildren(ctx);
      dimension = null;
      return null;
    }

    @Override
    public Void visitQuestionDecl(QuestionDeclContext ctx) {
      // A question's "level" is the answer set it takes its options from, if any.
      @Nullable String set = ctx.questionAnswers() != null && real(ctx.questionAnswers().set)
          ? ctx.questionAnswers().set.getText() : null;
      return question(ctx, ctx.id, ctx.text, set);
    }

    /** An indicator is a question answered met or not_met: hover, outline and references treat it so. */
    @Override
    public Void visitIndicatorDecl(IndicatorDeclContext ctx) {
      return question(ctx, ctx.id, ctx.text, null);
    }

    /**
     * A question (or an indicator) of the current dimension, its options and actions inside it;
     * {@code answerSet} is the answer set a question takes its options from, if any.
     */
    private @Nullable Void question(
        ParserRuleContext ctx, @Nullable IdentContext id, @Nullable Token text, @Nullable String answerSet) {
      declare(Kind.QUESTION, id, ctx, dimension, text(text), answerSet, -1);
      question = real(id) ? id.getText() : null;
      visitChildren(ctx);
      question = null;
      return null;
    }

    @Override
    public Void visitAnswersDecl(AnswersDeclContext ctx) {
      declare(Kind.ANSWER_SET, ctx.id, ctx, null, "", null, -1);
      answerSet = real(ctx.id) ? ctx.id.getText() : null;
      visitChildren(ctx);
      answerSet = null;
      return null;
    }

    @Override
    public Void visitQuestionAnswers(QuestionAnswersContext ctx) {
      use(Kind.ANSWER_SET, ctx.set);
      return null;
    }

    @Override
    public Void visitLanguageDecl(LanguageDeclContext ctx) {
      declare(Kind.LANGUAGE, ctx.id, ctx, null, text(ctx.name), null, -1);
      return null;
    }

    @Override
    public Void visitTranslationDecl(TranslationDeclContext ctx) {
      use(Kind.LANGUAGE, ctx.language);
      return visitChildren(ctx);
    }

    @Override
    public Void visitLevelText(LevelTextContext ctx) {
      use(Kind.LEVEL, ctx.id);
      return null;
    }

    @Override
    public Void visitGroupText(GroupTextContext ctx) {
      use(Kind.GROUP, ctx.id);
      return null;
    }

    @Override
    public Void visitDimensionText(DimensionTextContext ctx) {
      use(Kind.DIMENSION, ctx.id);
      return null;
    }

    @Override
    public Void visitQuestionText(QuestionTextContext ctx) {
      use(Kind.QUESTION, ctx.id);
      for (QuestionTextItemContext item : ctx.questionTextItem()) {
        if (item.optionText() != null && real(ctx.id) && real(item.optionText().id)) {
          use(Kind.OPTION, Symbol.optionKey(ctx.id.getText(), item.optionText().id.getText()), item.optionText().id);
        } else if (item.actionText() != null) {
          use(Kind.LEVEL, item.actionText().level);
        }
      }
      return null;
    }

    @Override
    public Void visitAnswerSetText(AnswerSetTextContext ctx) {
      use(Kind.ANSWER_SET, ctx.id);
      for (OptionTextContext o : ctx.optionText()) {
        if (real(ctx.id) && real(o.id)) {
          use(Kind.OPTION, Symbol.answerSetOptionKey(ctx.id.getText(), o.id.getText()), o.id);
        }
      }
      return null;
    }

    @Override
    public Void visitQuestionAt(QuestionAtContext ctx) {
      use(Kind.LEVEL, ctx.level);
      return null;
    }

    @Override
    public Void visitOptionDecl(OptionDeclContext ctx) {
      if (question == null && answerSet == null || !real(ctx.id)) {
        return null;
      }
      String to = null;
      if (ctx.optionTarget() != null) {
        var target = ctx.optionTarget();
        if (target.level != null && real(target.level)) {
          to = target.level.getText();
          use(Kind.LEVEL, target.level);
        } else if (target.NOT() != null) {
          to = "not applicable";
        } else if (target.value != null) {
          to = target.value.getText();
        }
      }
      String key = question != null ? Symbol.optionKey(question, ctx.id.getText())
          : Symbol.answerSetOptionKey(answerSet, ctx.id.getText());
      declare(Kind.OPTION, key, ctx.id, ctx, question != null ? question : "@" + answerSet, text(ctx.text), to, -1);
      return null;
    }

    @Override
    public Void visitActionDecl(ActionDeclContext ctx) {
      use(Kind.LEVEL, ctx.level);
      if (question != null && real(ctx.level)) {
        actions.add(new ActionLine(
            lines.start(ctx.getStart()), lines.end(ctx.getStop()), question, ctx.level.getText()));
      }
      return null;
    }

    @Override
    public Void visitRuleSetting(RuleSettingContext ctx) {
      if (ctx.key == null || ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()) {
        return null;
      }
      String name = words(ctx.key);
      String value = ctx.value == null ? "" : words(ctx.value);
      rules.add(new RuleLine(lines.start(ctx.getStart()), lines.end(ctx.getStop()), name, value));
      if (name.equals("unanswered") && ctx.value != null && !ctx.value.ident().isEmpty()) {
        // `unanswered = leader` or `unanswered = level leader`: the last word is a level.
        List<IdentContext> ids = ctx.value.ident();
        IdentContext last = ids.get(ids.size() - 1);
        if (!last.getText().equals("error") || ids.size() == 2) {
          use(Kind.LEVEL, last);
        }
      }
      return null;
    }

    @Override
    public Void visitExampleDecl(ExampleDeclContext ctx) {
      if (ctx.name != null && ctx.name.getTokenIndex() >= 0 && ctx.name.getType() == SvmiGrammarParser.TEXT) {
        String name = unquote(ctx.name.getText());
        if (!symbols.get(Kind.EXAMPLE).containsKey(name)) {
          symbols.get(Kind.EXAMPLE).put(name, new Symbol(Kind.EXAMPLE, name, name,
              lines.start(ctx.name), lines.end(ctx.name), lines.start(ctx.getStart()), end(ctx),
              name, Optional.empty(), Optional.empty(), -1));
        }
      }
      return visitChildren(ctx);
    }

    @Override
    public Void visitExampleAnswer(ExampleAnswerContext ctx) {
      answer(ctx.question, ctx.option);
      return null;
    }

    @Override
    public Void visitExampleTargetAnswer(ExampleTargetAnswerContext ctx) {
      answer(ctx.question, ctx.option);
      return null;
    }

    private void answer(@Nullable IdentContext q, @Nullable IdentContext o) {
      use(Kind.QUESTION, q);
      if (real(q) && real(o)) {
        use(Kind.OPTION, Symbol.optionKey(q.getText(), o.getText()), o);
      }
    }

    @Override
    public Void visitExampleTarget(ExampleTargetContext ctx) {
      use(Kind.DIMENSION, ctx.dimension);
      use(Kind.LEVEL, ctx.level);
      return null;
    }

    @Override
    public Void visitProfileDecl(SvmiGrammarParser.ProfileDeclContext ctx) {
      declare(Kind.PROFILE, ctx.id, ctx, null, ctx.name == null ? "" : text(ctx.name), null, -1);
      return visitChildren(ctx);
    }

    @Override
    public Void visitProfileTarget(SvmiGrammarParser.ProfileTargetContext ctx) {
      use(Kind.DIMENSION, ctx.dimension);
      use(Kind.LEVEL, ctx.level);
      return null;
    }

    @Override
    public Void visitExampleProfile(SvmiGrammarParser.ExampleProfileContext ctx) {
      use(Kind.PROFILE, ctx.profile);
      return null;
    }

    @Override
    public Void visitExampleOverallTarget(ExampleOverallTargetContext ctx) {
      use(Kind.LEVEL, ctx.level);
      return null;
    }

    @Override
    public Void visitExpectation(ExpectationContext ctx) {
      use(Kind.GROUP, ctx.group);
      use(Kind.QUESTION, ctx.question);
      use(Kind.DIMENSION, ctx.dimension);
      use(Kind.LEVEL, ctx.level);
      for (IdentContext q : ctx.questions) {
        use(Kind.QUESTION, q);
      }
      return visitChildren(ctx);
    }

    @Override
    public Void visitExpectedLevels(ExpectedLevelsContext ctx) {
      return visitChildren(ctx);
    }

    @Override
    public Void visitExpectedLevel(ExpectedLevelContext ctx) {
      use(Kind.LEVEL, ctx.level);
      return null;
    }

    private void declare(
        Kind kind, @Nullable IdentContext id, ParserRuleContext ctx, @Nullable String container,
        String name, @Nullable String level, int rank) {
      if (real(id)) {
        declare(kind, id.getText(), id, ctx, container, name, level, rank);
      }
    }

    private void declare(
        Kind kind, String key, IdentContext id, ParserRuleContext ctx, @Nullable String container,
        String name, @Nullable String level, int rank) {
      int start = lines.start(id.getStart());
      int end = lines.end(id.getStop());
      occurrences.add(new Occurrence(kind, key, start, end, true));
      symbols.get(kind).putIfAbsent(key, new Symbol(kind, key, id.getText(), start, end,
          lines.start(ctx.getStart()), end(ctx), name, Optional.ofNullable(container),
          Optional.ofNullable(level), rank));
    }

    private void use(Kind kind, @Nullable IdentContext id) {
      if (real(id)) {
        use(kind, id.getText(), id);
      }
    }

    private void use(Kind kind, String key, IdentContext id) {
      occurrences.add(new Occurrence(kind, key, lines.start(id.getStart()), lines.end(id.getStop()), false));
    }

    private int end(ParserRuleContext ctx) {
      Token stop = ctx.getStop();
      if (stop == null || stop.getTokenIndex() < ctx.getStart().getTokenIndex() || stop.getType() == Token.EOF) {
        return lines.end(ctx.getStart());
      }
      return lines.end(stop);
    }

    private static String text(@Nullable Token t) {
      return t == null || t.getTokenIndex() < 0 || t.getType() != SvmiGrammarParser.TEXT ? "" : unquote(t.getText());
    }

    private static String words(ParserRuleContext ctx) {
      return ctx.children == null ? "" : ctx.children.stream()
          .filter(c -> c instanceof IdentContext)
          .map(c -> c.getText())
          .collect(Collectors.joining(" "));
    }

    private static boolean real(@Nullable IdentContext id) {
      return id != null && id.exception == null && id.getStart() != null && id.getStart().getTokenIndex() >= 0
          && id.getStop() != null && id.getStop() == id.getStart() && id.getStart().getType() != Token.EOF;
    }
  }
}
