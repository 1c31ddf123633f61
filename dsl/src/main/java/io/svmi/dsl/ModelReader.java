package io.svmi.dsl;

import io.svmi.Combination;
import io.svmi.DecimalLiteral;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Example;
import io.svmi.Score;
import io.svmi.ModelBuilder;
import io.svmi.ModelBuilder.DimensionBuilder;
import io.svmi.ModelBuilder.GroupBuilder;
import io.svmi.ModelBuilder.QuestionBuilder;
import io.svmi.PlanPolicy;
import io.svmi.SourceSpan;
import io.svmi.TranslationBuilder;
import io.svmi.internal.SourceMap;
import io.svmi.internal.SourceMap.Part;
import io.svmi.internal.Suggestions;
import io.svmi.dsl.grammar.SvmiGrammarBaseVisitor;
import io.svmi.dsl.grammar.SvmiGrammarParser.ActionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.AnswersDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.IndicatorDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ProfileDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionAtContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ProfileTargetContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.DeclarationContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.DimensionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.DimensionItemContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleAnswerContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleItemContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleOverallTargetContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleTargetAnswerContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExampleTargetContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExpectationContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ExpectedLevelContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ScoreContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.FileContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.GroupDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.IdentContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LevelDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LevelOverrideContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LevelsBlockContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ModelDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.OptionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionItemContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.RuleSettingContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.RulesBlockContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.WeightContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.AnswerSetTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.DimensionTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.GroupTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LanguageDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LanguagesBlockContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.LevelTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.ModelTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.OptionTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionTextContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.QuestionTextItemContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.TranslationDeclContext;
import io.svmi.dsl.grammar.SvmiGrammarParser.TranslationItemContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * The one class that reads the parse tree: it feeds a {@link ModelBuilder}, recording where each
 * declaration was written in the builder's {@link SourceMap} just before giving it (so that core's
 * checks point into the file), checks what only the text can get wrong (rule words, an
 * option without a level, repeated or missing declarations) and records an {@link Anchor} for
 * every element, for the formatter. Parts left incomplete by a syntax error are skipped, so that
 * one mistake is reported once.
 */
final class ModelReader extends SvmiGrammarBaseVisitor<Void> {
  private final Positions positions;
  private final boolean afterSyntaxErrors;
  private final ModelBuilder builder;
  private final SourceMap sources;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Anchor> anchors = new ArrayList<>();
  private @Nullable Token firstModel;
  private @Nullable Token firstLevels;
  private @Nullable Token firstRules;
  private boolean levelsDamaged;
  private boolean refusedAThreshold;
  private final Map<String, RuleSetting> rules = new HashMap<>();
  private @Nullable GroupBuilder group;
  private boolean sawGroup;
  private @Nullable DimensionBuilder dimension;
  private @Nullable String dimensionId;
  private @Nullable QuestionBuilder question;
  private @Nullable String questionId;

  /** A rule as written: its value words and where the rule was written. */
  private record RuleSetting(List<Token> value, Token first) {}

  /** A translation file's reader: translation blocks only (E0235 for anything else). */
  private final boolean translationsOnly;
  private @Nullable Token firstLanguages;

  /** @param afterSyntaxErrors true when the parser reported errors (and may have skipped the model line) */
  ModelReader(Positions positions, ModelBuilder builder, boolean afterSyntaxErrors) {
    this(positions, builder, afterSyntaxErrors, false);
  }

  private ModelReader(Positions positions, ModelBuilder builder, boolean afterSyntaxErrors, boolean translationsOnly) {
    this.positions = positions;
    this.builder = builder;
    this.sources = SourceMap.of(builder);
    this.afterSyntaxErrors = afterSyntaxErrors;
    this.translationsOnly = translationsOnly;
  }

  /** The reader of a translation file beside a model, adding its texts to the model's builder. */
  static ModelReader ofTranslations(Positions positions, ModelBuilder builder) {
    return new ModelReader(positions, builder, false, true);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  List<Anchor> anchors() {
    return anchors;
  }

  /** True when a level's threshold was too long to read (threshold errors would follow from it). */
  boolean refusedAThreshold() {
    return refusedAThreshold;
  }

  /** True when the levels are missing or were not read whole (unknown-level errors may follow). */
  boolean levelsIncomplete() {
    return firstLevels == null || levelsDamaged;
  }

  @Override
  public Void visitFile(FileContext ctx) {
    if (translationsOnly) {
      for (DeclarationContext d : ctx.declaration()) {
        if (d.translationDecl() != null) {
          visit(d);
        } else {
          diagnostics.add(
              Diagnostic.of(DiagnosticCode.E0235,
                      "a translation file holds translation blocks only, not '" + d.getStart().getText() + "'",
                      Optional.of(positions.span(d.getStart())))
                  .withHint("move it into the model; here write: translation <language> { … }"));
        }
      }
      return null;
    }
    for (DeclarationContext d : ctx.declaration()) {
      visit(d);
    }
    applyRules();
    if (firstModel == null) {
      builder.name("(no model line)");
    }
    if (firstModel == null && !afterSyntaxErrors) {
      diagnostics.add(
          Diagnostic.of(DiagnosticCode.E0211, "the file has no 'model' line")
              .withHint("start the file with: model \"Name of the model\""));
    }
    return null;
  }

  @Override
  public Void visitDeclaration(DeclarationContext ctx) {
    return visitChildren(ctx);
  }

  @Override
  public Void visitModelDecl(ModelDeclContext ctx) {
    if (repeated(firstModel, ctx.MODEL().getSymbol(), "the model line")) {
      return null;
    }
    firstModel = ctx.MODEL().getSymbol();
    anchor(Anchor.model(), ctx);
    if (real(ctx.name)) {
      written(positions.span(ctx.name), Part.MODEL_NAME);
      builder.name(Texts.unquote(ctx.name.getText()));
    } else {
      builder.name("(missing name)");
    }
    if (real(ctx.version)) {
      builder.version(Texts.unquote(ctx.version.getText()));
    }
    return null;
  }

  @Override
  public Void visitLevelsBlock(LevelsBlockContext ctx) {
    if (repeated(firstLevels, ctx.LEVELS().getSymbol(), "the levels")) {
      return null;
    }
    firstLevels = ctx.LEVELS().getSymbol();
    levelsDamaged = damaged(ctx);
    anchor(Anchor.levels(), ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    for (LevelDeclContext level : ctx.levelDecl()) {
      Token id = idToken(level.id);
      if (id == null) {
        continue;
      }
      Optional<BigDecimal> threshold = level.threshold() != null && real(terminal(level.threshold().NUMBER()))
          ? number(level.threshold().NUMBER().getSymbol())
          : Optional.empty();
      if (level.threshold() != null && threshold.isEmpty() && real(terminal(level.threshold().NUMBER()))) {
        refusedAThreshold = true;
        levelsDamaged = true;
      }
      written(positions.span(id), Part.LEVEL, id.getText());
      if (threshold.isPresent()) {
        written(positions.span(level.threshold().NUMBER().getSymbol()), Part.THRESHOLD, id.getText());
        builder.level(id.getText(), text(level.name), threshold.get());
      } else {
        builder.level(id.getText(), text(level.name));
      }
      anchor(Anchor.level(id.getText()), level);
    }
    closing(Anchor.levels(), terminal(ctx.RBRACE()));
    return null;
  }

  @Override
  public Void visitRulesBlock(RulesBlockContext ctx) {
    if (repeated(firstRules, ctx.RULES().getSymbol(), "the rules")) {
      return null;
    }
    firstRules = ctx.RULES().getSymbol();
    anchor(Anchor.rules(), ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    for (RuleSettingContext setting : ctx.ruleSetting()) {
      List<Token> key = words(setting.key == null ? List.of() : setting.key.ident());
      if (key.isEmpty()) {
        continue;
      }
      String name = join(key);
      SourceSpan keySpan = positions.span(key.get(0), key.get(key.size() - 1));
      if (setting.EQUALS() == null) {
        diagnostics.add(
            Diagnostic.of(DiagnosticCode.E0101, "expected '=' in the rule '" + name + "'", Optional.of(keySpan))
                .withHint("a rule is written 'name = value', such as 'action plan = next level'"));
        continue;
      }
      List<Token> value = words(setting.value == null ? List.of() : setting.value.ident());
      if (value.isEmpty()) {
        continue;
      }
      if (!RuleWords.RULES.contains(name)) {
        Diagnostic d = Diagnostic.of(DiagnosticCode.E0207, "unknown rule '" + name + "'", Optional.of(keySpan));
        diagnostics.add(
            d.withHint(
                Suggestions.didYouMean(name, RuleWords.RULES)
                    .orElse("the rules are: " + String.join(", ", RuleWords.RULES))));
        continue;
      }
      RuleSetting first = rules.get(name);
      if (first != null) {
        diagnostics.add(
            Diagnostic.of(DiagnosticCode.E0211, "the rule '" + name + "' is set twice", Optional.of(keySpan))
                .withHint("first set at " + at(first.first())));
        continue;
      }
      rules.put(name, new RuleSetting(value, key.get(0)));
      anchor(Anchor.rule(name), setting);
    }
    closing(Anchor.rules(), terminal(ctx.RBRACE()));
    return null;
  }

  /** Applies the rules once all are read: the overall target after the overall level it defaults to. */
  private void applyRules() {
    for (String name : RuleWords.RULES) {
      RuleSetting setting = rules.get(name);
      if (setting == null) {
        continue;
      }
      List<Token> value = setting.value();
      String words = join(value);
      SourceSpan span = positions.span(value.get(0), value.get(value.size() - 1));
      switch (name) {
        case RuleWords.ACTION_PLAN -> {
          PlanPolicy policy = RuleWords.POLICIES.get(words);
          if (policy == null) {
            unknownValue(words, name, span, RuleWords.POLICIES.keySet());
          } else {
            builder.actionPlan(policy);
          }
        }
        case RuleWords.UNANSWERED -> {
          if (words.equals(RuleWords.ERROR)) {
            builder.unansweredIsError();
          } else if (value.size() == 1) {
            written(span, Part.UNANSWERED);
            builder.unansweredAs(words);
          } else if (value.size() == 2 && value.get(0).getText().equals(RuleWords.LEVEL)) {
            written(positions.span(value.get(1)), Part.UNANSWERED);
            builder.unansweredAs(value.get(1).getText());
          } else {
            diagnostics.add(
                Diagnostic.of(DiagnosticCode.E0207, "unknown value '" + words + "' for unanswered", Optional.of(span))
                    .withHint("write 'error' or a level id, such as 'unanswered = " + "incomplete'"));
          }
        }
        case RuleWords.GROUP_LEVEL -> groupLevel(words, span);
        case RuleWords.BETWEEN_LEVELS -> {
          if (words.equals(RuleWords.PLUS)) {
            written(span, Part.RULE, name);
            builder.plusBetweenLevels();
          } else if (!words.equals(RuleWords.PLAIN)) {
            unknownValue(words, name, span, List.of(RuleWords.PLUS, RuleWords.PLAIN));
          }
        }
        case RuleWords.OVERALL_LEVEL, RuleWords.OVERALL_TARGET -> {
          if (words.equals(RuleWords.NONE)) {
            written(span, Part.RULE, name);
            if (name.equals(RuleWords.OVERALL_LEVEL)) {
              builder.noOverallLevel();
            } else {
              builder.noOverallTarget();
            }
            continue;
          }
          String subject = RuleWords.subjectOf(name, sawGroup);
          Optional<Combination> c = RuleWords.combination(words, subject);
          if (c.isEmpty()) {
            List<String> valid = new ArrayList<>(RuleWords.phrases(subject).keySet());
            valid.add(RuleWords.NONE);
            unknownValue(words, name, span, valid);
          } else {
            written(span, Part.RULE, name);
            if (name.equals(RuleWords.OVERALL_LEVEL)) {
              builder.overallLevel(c.get());
            } else {
              builder.overallTarget(c.get());
            }
          }
        }
        default -> {
          Optional<Combination> c = combination(words, RuleWords.subjectOf(name, sawGroup), name, span);
          if (c.isPresent()) {
            written(span, Part.RULE, name);
            builder.dimensionLevel(c.get());
          }
        }
      }
    }
  }

  /** The rule of a model with groups: how a group's dimensions combine. */
  private void groupLevel(String words, SourceSpan span) {
    if (!sawGroup) {
      diagnostics.add(
          Diagnostic.of(DiagnosticCode.E0217, "the rules set the group level, but the model has no group", Optional.of(span))
              .withHint("declare groups (group ID \"Name\" { dimension … }), or leave the rule out"));
      return;
    }
    combination(words, RuleWords.DIMENSIONS, RuleWords.GROUP_LEVEL, span).ifPresent(c -> {
      written(span, Part.RULE, RuleWords.GROUP_LEVEL);
      builder.groupLevel(c);
    });
  }

  @Override
  public Void visitGroupDecl(GroupDeclContext ctx) {
    Token id = idToken(ctx.id);
    if (id == null) {
      return null;
    }
    sawGroup = true;
    written(positions.span(id), Part.GROUP, id.getText());
    group = builder.group(id.getText(), text(ctx.name));
    String key = Anchor.group(id.getText());
    anchor(key, ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    for (DimensionDeclContext d : ctx.dimensionDecl()) {
      visitDimensionDecl(d);
    }
    closing(key, terminal(ctx.RBRACE()));
    group = null;
    return null;
  }

  private Optional<Combination> combination(String words, String subject, String rule, SourceSpan span) {
    Optional<Combination> c = RuleWords.combination(words, subject);
    if (c.isEmpty()) {
      unknownValue(words, rule, span, RuleWords.phrases(subject).keySet());
    }
    return c;
  }

  private void unknownValue(String words, String rule, SourceSpan span, Iterable<String> valid) {
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0207, "unknown value '" + words + "' for the " + rule, Optional.of(span));
    List<String> all = new ArrayList<>();
    valid.forEach(all::add);
    diagnostics.add(
        d.withHint(Suggestions.didYouMean(words, all).orElse("write one of: " + String.join("; ", all))));
  }

  @Override
  public Void visitDimensionDecl(DimensionDeclContext ctx) {
    Token id = idToken(ctx.id);
    if (id == null) {
      return null;
    }
    dimensionId = id.getText();
    written(positions.span(id), Part.DIMENSION, dimensionId);
    dimension = group != null ? group.dimension(dimensionId, text(ctx.name)) : builder.dimension(dimensionId, text(ctx.name));
    DimensionBuilder declared = dimension;
    weight(ctx.weight()).ifPresent(w -> {
      written(w.span(), Part.DIMENSION_WEIGHT, id.getText());
      declared.weight(w.value());
    });
    String key = Anchor.dimension(dimensionId);
    anchor(key, ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    Token override = null;
    for (DimensionItemContext item : ctx.dimensionItem()) {
      LevelOverrideContext o = item.levelOverride();
      if (o != null) {
        Token first = o.getStart();
        if (override != null) {
          diagnostics.add(
              Diagnostic.of(
                      DiagnosticCode.E0211, "dimension '" + dimensionId + "' sets its level twice", Optional.of(positions.span(first)))
                  .withHint("first set at " + at(override)));
          continue;
        }
        override = first;
        visitLevelOverride(o);
      } else if (item.questionDecl() != null) {
        visitQuestionDecl(item.questionDecl());
      } else if (item.indicatorDecl() != null) {
        visitIndicatorDecl(item.indicatorDecl());
      }
    }
    closing(key, terminal(ctx.RBRACE()));
    dimension = null;
    return null;
  }

  @Override
  public Void visitLevelOverride(LevelOverrideContext ctx) {
    List<Token> value = words(ctx.value == null ? List.of() : ctx.value.ident());
    if (value.isEmpty() || dimension == null || dimensionId == null) {
      return null;
    }
    anchor(Anchor.dimensionLevel(dimensionId), ctx);
    SourceSpan span = positions.span(value.get(0), value.get(value.size() - 1));
    combination(join(value), RuleWords.QUESTIONS, "level of dimension '" + dimensionId + "'", span)
        .ifPresent(c -> {
          written(span, Part.DIMENSION_COMBINATION, dimensionId);
          dimension.combination(c);
        });
    return null;
  }

  @Override
  public Void visitQuestionDecl(QuestionDeclContext ctx) {
    Token id = idToken(ctx.id);
    if (id == null || dimension == null) {
      return null;
    }
    questionId = id.getText();
    written(positions.span(id), Part.QUESTION, questionId);
    question = dimension.question(questionId, text(ctx.text));
    QuestionBuilder declared = question;
    weight(ctx.weight()).ifPresent(w -> {
      written(w.span(), Part.QUESTION_WEIGHT, id.getText());
      declared.weight(w.value());
    });
    at(ctx.questionAt());
    Token set = ctx.questionAnswers() == null ? null : idToken(ctx.questionAnswers().set);
    if (set != null) {
      written(positions.span(set), Part.QUESTION_ANSWERS, questionId);
      question.answers(set.getText());
    }
    body(ctx, realOr(terminal(ctx.LBRACE()), ctx.getStart()), ctx.questionItem(), terminal(ctx.RBRACE()));
    return null;
  }

  /** A question's or an indicator's {@code at} level. */
  private void at(@Nullable QuestionAtContext at) {
    Token level = at == null ? null : idToken(at.level);
    if (level != null && question != null && questionId != null) {
      written(positions.span(level), Part.QUESTION_AT, questionId);
      question.at(level.getText());
    }
  }

  /** The options and actions of the question being read, between its braces; then it is done. */
  private void body(ParserRuleContext ctx, Token headEnd, List<QuestionItemContext> items, @Nullable Token closing) {
    String key = Anchor.question(questionId);
    anchor(key, ctx.getStart(), headEnd);
    for (QuestionItemContext item : items) {
      if (item.optionDecl() != null) {
        visitOptionDecl(item.optionDecl());
      } else if (item.actionDecl() != null) {
        visitActionDecl(item.actionDecl());
      }
    }
    closing(key, closing);
    question = null;
  }

  @Override
  public Void visitIndicatorDecl(IndicatorDeclContext ctx) {
    Token id = idToken(ctx.id);
    if (id == null || dimension == null) {
      return null;
    }
    questionId = id.getText();
    written(positions.span(id), Part.QUESTION, questionId);
    question = dimension.indicator(questionId, text(ctx.text));
    at(ctx.questionAt());
    Token brace = terminal(ctx.LBRACE());
    // Without braces, an indicator is one line: its anchor runs to its last token.
    body(ctx, real(brace) ? brace : ctx.getStop(), ctx.questionItem(), terminal(ctx.RBRACE()));
    return null;
  }

  @Override
  public Void visitOptionDecl(OptionDeclContext ctx) {
    if (question == null || questionId == null) {
      return null;
    }
    QuestionBuilder q = question;
    option(ctx, Anchor.option(questionId, ""), "question '" + questionId + "'", questionId, new OptionSink() {
      @Override
      public void atLevel(String id, String text, String level) {
        q.option(id, text, level);
      }

      @Override
      public void valued(String id, String text, BigDecimal value) {
        q.option(id, text, value);
      }

      @Override
      public void notApplicable(String id, String text) {
        q.optionNotApplicable(id, text);
      }
    });
    return null;
  }

  /** Where an option goes: a question or an answer set. */
  private interface OptionSink {
    void atLevel(String id, String text, String level);

    void valued(String id, String text, BigDecimal value);

    void notApplicable(String id, String text);
  }

  /**
   * An option of a question or an answer set (whose id is {@code ownerId}); {@code anchorPrefix}
   * is its owner's option key with no option id.
   */
  private void option(OptionDeclContext ctx, String anchorPrefix, String owner, String ownerId, OptionSink sink) {
    Token id = idToken(ctx.id);
    if (id == null) {
      return;
    }
    String text = text(ctx.text);
    SourceSpan idSpan = positions.span(id);
    written(idSpan, Part.OPTION, ownerId, id.getText());
    anchor(anchorPrefix + id.getText(), ctx);
    if (ctx.ARROW() == null) {
      diagnostics.add(
          Diagnostic.of(
                  DiagnosticCode.E0206,
                  "option '" + id.getText() + "' of " + owner + " has no level",
                  Optional.of(idSpan))
              .withHint("end it with '-> <level>' or '-> not applicable'"));
      sink.notApplicable(id.getText(), text);
      return;
    }
    Token value = ctx.optionTarget() == null ? null : ctx.optionTarget().value;
    if (real(value)) {
      Optional<BigDecimal> v = number(value);
      if (v.isPresent()) {
        written(positions.span(value), Part.OPTION_VALUE, ownerId, id.getText());
        sink.valued(id.getText(), text, v.get());
      } else {
        sink.notApplicable(id.getText(), text);
      }
      return;
    }
    Token level = ctx.optionTarget() == null ? null : idToken(ctx.optionTarget().level);
    if (level == null) {
      // 'not applicable', or a level left out (a syntax error already says so).
      sink.notApplicable(id.getText(), text);
    } else {
      written(positions.span(level), Part.OPTION_LEVEL, ownerId, id.getText());
      sink.atLevel(id.getText(), text, level.getText());
    }
  }

  @Override
  public Void visitAnswersDecl(AnswersDeclContext ctx) {
    Token id = idToken(ctx.id);
    if (id == null) {
      return null;
    }
    written(positions.span(id), Part.ANSWER_SET, id.getText());
    ModelBuilder.AnswerSetBuilder set = builder.answerSet(id.getText());
    String key = Anchor.answerSet(id.getText());
    anchor(key, ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    String prefix = Anchor.option(Anchor.answerSetOptions(id.getText()), "");
    for (OptionDeclContext o : ctx.optionDecl()) {
      option(o, prefix, "answer set '" + id.getText() + "'", id.getText(), new OptionSink() {
        @Override
        public void atLevel(String optionId, String text, String level) {
          set.option(optionId, text, level);
        }

        @Override
        public void valued(String optionId, String text, BigDecimal value) {
          set.option(optionId, text, value);
        }

        @Override
        public void notApplicable(String optionId, String text) {
          set.optionNotApplicable(optionId, text);
        }
      });
    }
    closing(key, terminal(ctx.RBRACE()));
    return null;
  }

  @Override
  public Void visitLanguagesBlock(LanguagesBlockContext ctx) {
    if (repeated(firstLanguages, ctx.LANGUAGES().getSymbol(), "the languages")) {
      return null;
    }
    firstLanguages = ctx.LANGUAGES().getSymbol();
    anchor(Anchor.languages(), ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    for (LanguageDeclContext language : ctx.languageDecl()) {
      Token id = idToken(language.id);
      if (id != null) {
        written(positions.span(id), Part.LANGUAGE, id.getText());
        builder.language(id.getText(), text(language.name));
        anchor(Anchor.language(id.getText()), language);
      }
    }
    closing(Anchor.languages(), terminal(ctx.RBRACE()));
    return null;
  }

  @Override
  public Void visitTranslationDecl(TranslationDeclContext ctx) {
    Token language = idToken(ctx.language);
    if (language == null) {
      return null;
    }
    String lang = language.getText();
    written(positions.span(language), Part.TRANSLATION, lang);
    TranslationBuilder t = builder.translation(lang);
    String key = Anchor.translation(lang);
    anchor(key, ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    for (TranslationItemContext item : ctx.translationItem()) {
      if (item instanceof ModelTextContext m) {
        if (real(m.text)) {
          written(positions.span(m.getStart()), Part.TRANSLATED, lang);
          t.modelName(text(m.text));
          anchor(Anchor.translated(lang, "model"), m);
        }
      } else if (item instanceof LevelTextContext l) {
        named(l.id, l.text, lang, "level", t::level, l);
      } else if (item instanceof GroupTextContext g) {
        named(g.id, g.text, lang, "group", t::group, g);
      } else if (item instanceof DimensionTextContext d) {
        named(d.id, d.text, lang, "dimension", t::dimension, d);
      } else if (item instanceof QuestionTextContext q) {
        Token id = idToken(q.id);
        if (id == null) {
          continue;
        }
        String questionKey = Anchor.translated(lang, "question " + id.getText());
        anchor(questionKey, q.getStart(), q.LBRACE() != null ? realOr(terminal(q.LBRACE()), q.getStart()) : q.getStop());
        if (real(q.text)) {
          written(positions.span(id), Part.TRANSLATED, lang, id.getText());
          t.question(id.getText(), text(q.text));
        }
        for (QuestionTextItemContext x : q.questionTextItem()) {
          if (x.optionText() != null) {
            Token option = idToken(x.optionText().id);
            if (option != null && real(x.optionText().text)) {
              written(positions.span(option), Part.TRANSLATED, lang, id.getText(), option.getText());
              t.option(id.getText(), option.getText(), text(x.optionText().text));
              anchor(Anchor.translated(lang, "question " + id.getText() + " option " + option.getText()), x);
            }
          } else {
            Token level = idToken(x.actionText().level);
            if (level != null && real(x.actionText().text)) {
              written(positions.span(level), Part.TRANSLATED, lang, id.getText(), level.getText());
              t.action(id.getText(), level.getText(), text(x.actionText().text));
              anchor(Anchor.translated(lang, "question " + id.getText() + " to " + level.getText()), x);
            }
          }
        }
        if (q.RBRACE() != null) {
          closing(questionKey, terminal(q.RBRACE()));
        }
      } else if (item instanceof AnswerSetTextContext a) {
        Token id = idToken(a.id);
        if (id == null) {
          continue;
        }
        String setKey = Anchor.translated(lang, "answers " + id.getText());
        anchor(setKey, a.getStart(), realOr(terminal(a.LBRACE()), a.getStart()));
        for (OptionTextContext o : a.optionText()) {
          Token option = idToken(o.id);
          if (option != null && real(o.text)) {
            written(positions.span(option), Part.TRANSLATED, lang, id.getText(), option.getText());
            t.answerSetOption(id.getText(), option.getText(), text(o.text));
            anchor(Anchor.translated(lang, "answers " + id.getText() + " option " + option.getText()), o);
          }
        }
        closing(setKey, terminal(a.RBRACE()));
      }
    }
    closing(key, terminal(ctx.RBRACE()));
    return null;
  }

  /** Adds one translated name or text of a level, group, dimension or question. */
  private interface NamedText {
    void add(String id, String text);
  }

  private void named(@Nullable IdentContext idCtx, @Nullable Token textToken, String lang, String kind, NamedText add,
      ParserRuleContext item) {
    Token id = idToken(idCtx);
    if (id != null && real(textToken)) {
      written(positions.span(id), Part.TRANSLATED, lang, id.getText());
      add.add(id.getText(), text(textToken));
      anchor(Anchor.translated(lang, kind + " " + id.getText()), item);
    }
  }

  @Override
  public Void visitActionDecl(ActionDeclContext ctx) {
    Token level = idToken(ctx.level);
    if (level == null || question == null || questionId == null) {
      return null;
    }
    anchor(Anchor.action(questionId, level.getText()), ctx);
    written(positions.span(level), Part.ACTION, questionId, level.getText());
    question.action(level.getText(), text(ctx.text));
    return null;
  }

  @Override
  public Void visitProfileDecl(ProfileDeclContext ctx) {
    Token id = idToken(ctx.id);
    if (id == null) {
      return null;
    }
    String name = ctx.name != null && real(ctx.name) ? Texts.unquote(ctx.name.getText()) : id.getText();
    written(positions.span(id), Part.PROFILE, id.getText());
    ModelBuilder.ProfileBuilder profile = builder.profile(id.getText(), name);
    String key = Anchor.profile(id.getText());
    anchor(key, ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    for (ProfileTargetContext t : ctx.profileTarget()) {
      Token d = idToken(t.dimension);
      Token l = idToken(t.level);
      if (d != null && l != null) {
        written(positions.span(d), Part.PROFILE_DIMENSION, id.getText(), d.getText());
        written(positions.span(l), Part.PROFILE_LEVEL, id.getText(), d.getText());
        profile.target(d.getText(), l.getText());
        anchor(Anchor.profileTarget(id.getText(), d.getText()), t);
      }
    }
    closing(key, terminal(ctx.RBRACE()));
    return null;
  }

  @Override
  public Void visitExampleDecl(ExampleDeclContext ctx) {
    if (!real(ctx.name)) {
      return null;
    }
    String name = Texts.unquote(ctx.name.getText());
    written(positions.span(ctx.name), Part.EXAMPLE, name);
    Example.Builder example = Example.builder(name);
    String key = Anchor.example(name);
    anchor(key, ctx.getStart(), realOr(terminal(ctx.LBRACE()), ctx.getStart()));
    // Read by kind, so that the model holds them grouped as the printer writes them.
    List<ExampleItemContext> items = ctx.exampleItem();
    Token subject = null;
    for (ExampleItemContext item : items) {
      if (item.exampleSubject() != null && real(item.exampleSubject().text)) {
        Token first = item.exampleSubject().getStart();
        if (subject != null) {
          diagnostics.add(
              Diagnostic.of(DiagnosticCode.E0211, "example '" + name + "' gives its subject twice", Optional.of(positions.span(first)))
                  .withHint("first given at " + at(subject)));
          continue;
        }
        subject = first;
        example.subject(Texts.unquote(item.exampleSubject().text.getText()));
        anchor(Anchor.exampleLine(name, "subject"), item);
      }
    }
    Token profile = null;
    for (ExampleItemContext item : items) {
      Token p = item.exampleProfile() == null ? null : idToken(item.exampleProfile().profile);
      if (p != null) {
        Token first = item.exampleProfile().getStart();
        if (profile != null) {
          diagnostics.add(
              Diagnostic.of(DiagnosticCode.E0211, "example '" + name + "' names its profile twice",
                      Optional.of(positions.span(first)))
                  .withHint("first given at " + at(profile)));
          continue;
        }
        profile = first;
        written(positions.span(first, p), Part.PROFILE_CHOICE, name);
        example.profile(p.getText());
        anchor(Anchor.exampleLine(name, "profile"), item);
      }
    }
    for (ExampleItemContext item : items) {
      ExampleAnswerContext a = item.exampleAnswer();
      Token q = a == null ? null : idToken(a.question);
      Token o = a == null ? null : idToken(a.option);
      if (q != null && o != null) {
        written(positions.span(a.getStart(), o), Part.ANSWER, name, q.getText());
        example.answer(q.getText(), o.getText());
        anchor(Anchor.exampleLine(name, "answer " + q.getText()), item);
      }
    }
    for (ExampleItemContext item : items) {
      ExampleTargetContext t = item.exampleTarget();
      ExampleOverallTargetContext overall = item.exampleOverallTarget();
      if (t != null) {
        Token d = idToken(t.dimension);
        Token l = idToken(t.level);
        if (d != null && l != null) {
          written(positions.span(t.getStart(), l), Part.TARGET, name, d.getText());
          example.target(d.getText(), l.getText());
          anchor(Anchor.exampleLine(name, "target " + d.getText()), item);
        }
      } else if (overall != null) {
        Token l = idToken(overall.level);
        if (l != null) {
          written(positions.span(overall.getStart(), l), Part.OVERALL_TARGET, name);
          example.overallTarget(l.getText());
          anchor(Anchor.exampleLine(name, "overall target"), item);
        }
      }
    }
    for (ExampleItemContext item : items) {
      ExampleTargetAnswerContext a = item.exampleTargetAnswer();
      Token q = a == null ? null : idToken(a.question);
      Token o = a == null ? null : idToken(a.option);
      if (q != null && o != null) {
        written(positions.span(a.getStart(), o), Part.TARGET_ANSWER, name, q.getText());
        example.targetAnswer(q.getText(), o.getText());
        anchor(Anchor.exampleLine(name, "target answer " + q.getText()), item);
      }
    }
    for (ExampleItemContext item : items) {
      ExpectationContext e = item.expectation();
      if (e != null && e.TO() == null) {
        expectedLevel(name, example, item, e);
      }
    }
    for (ExampleItemContext item : items) {
      ExpectationContext e = item.expectation();
      if (e == null || e.TO() == null) {
        continue;
      }
      Token d = idToken(e.dimension);
      Token l = idToken(e.level);
      if (d == null || l == null) {
        continue;
      }
      String cell = "expect actions " + d.getText() + " " + l.getText();
      SourceSpan span = positions.span(e.getStart(), l);
      if (e.LBRACE() != null) {
        anchor(Anchor.exampleLine(name, cell), e.getStart(), realOr(terminal(e.LBRACE()), l));
        List<String> texts = new ArrayList<>();
        for (Token text : e.texts) {
          if (real(text)) {
            anchor(Anchor.exampleLine(name, cell + " " + texts.size()), text, text);
            texts.add(Texts.unquote(text.getText()));
          }
        }
        closing(Anchor.exampleLine(name, cell), terminal(e.RBRACE()));
        written(span, Part.EXPECTED_ACTIONS, name, d.getText(), l.getText());
        example.expectActions(d.getText(), l.getText(), Example.ExpectedActions.By.TEXTS, texts);
      } else {
        List<Token> questions = words(e.questions);
        if (!questions.isEmpty()) {
          anchor(Anchor.exampleLine(name, cell), item);
          written(span, Part.EXPECTED_ACTIONS, name, d.getText(), l.getText());
          example.expectActions(
              d.getText(), l.getText(), Example.ExpectedActions.By.QUESTIONS,
              questions.stream().map(Token::getText).toList());
        }
      }
    }
    closing(key, terminal(ctx.RBRACE()));
    builder.example(example.build());
    return null;
  }

  /** {@code expect A = l0 score 0.75 -> l1}, of a dimension, a group, a question or overall. */
  private void expectedLevel(String name, Example.Builder example, ExampleItemContext item, ExpectationContext e) {
    Example.ExpectedLevel.About about;
    Token id = null;
    if (e.OVERALL() != null) {
      about = Example.ExpectedLevel.About.OVERALL;
    } else if (e.GROUP() != null) {
      about = Example.ExpectedLevel.About.GROUP;
      id = idToken(e.group);
    } else if (e.QUESTION() != null) {
      about = Example.ExpectedLevel.About.QUESTION;
      id = idToken(e.question);
    } else {
      about = Example.ExpectedLevel.About.DIMENSION;
      id = idToken(e.dimension);
    }
    if (e.levels == null || e.levels.present == null) {
      return;
    }
    ExpectedLevelContext presentCtx = e.levels.present;
    ExpectedLevelContext targetCtx = e.levels.ARROW() != null ? e.levels.target : null;
    Optional<Example.Expected> present = expected(presentCtx);
    if (about == Example.ExpectedLevel.About.QUESTION && e.levels.ARROW() != null) {
      if (targetCtx == null || damaged(targetCtx)) {
        return;   // the syntax error is reported, as for any line cut short
      }
      diagnostics.add(
          Diagnostic.of(DiagnosticCode.E0101, "a question has no target level",
                  Optional.of(positions.span(e.levels.ARROW().getSymbol(), targetCtx.getStop())))
              .withHint("expect its level only, as in 'expect question " + (id == null ? "Q" : id.getText()) + " = "
                  + present.map(Object::toString).orElse("l1") + "'"));
      targetCtx = null;   // kept without it, so that the example is not reported as expecting nothing
    }
    Optional<Example.Expected> target = targetCtx == null ? Optional.empty() : expected(targetCtx);
    if ((about != Example.ExpectedLevel.About.OVERALL && id == null)
        || present.isEmpty()
        || (targetCtx != null && target.isEmpty())) {
      return;
    }
    SourceSpan span = positions.span(e.getStart(), (targetCtx == null ? presentCtx : targetCtx).getStop());
    Example.ExpectedLevel expected =
        new Example.ExpectedLevel(about, Optional.ofNullable(id).map(Token::getText), present.get(), target);
    written(span, Part.EXPECTED_LEVEL, name, expected.subject());
    example.expect(expected);
    anchor(Anchor.exampleLine(name, "expect " + expected.subject()), item);
  }

  /**
   * An expected level ({@code l0}, {@code l0 score 0.75}, {@code no level}); empty when a syntax
   * error left part of it out (already reported).
   */
  private Optional<Example.Expected> expected(@Nullable ExpectedLevelContext ctx) {
    if (ctx == null || damaged(ctx)) {
      return Optional.empty();
    }
    if (ctx.NO() != null) {
      return Optional.of(Example.Expected.noLevel());
    }
    Token level = idToken(ctx.level);
    if (level == null) {
      return Optional.empty();
    }
    Example.Expected expected = Example.Expected.level(level.getText());
    if (ctx.score() == null) {
      return Optional.of(expected);
    }
    // A score that is not one is reported; the level is kept, so that nothing else is reported.
    return Optional.of(score(ctx.score()).map(expected::withScore).orElse(expected));
  }

  /** A score: a non-negative decimal, or a fraction of whole numbers with a positive denominator. */
  private Optional<Score> score(ScoreContext ctx) {
    Optional<BigDecimal> read = number(ctx.value);
    Optional<BigDecimal> readDenominator = ctx.denominator == null ? Optional.empty() : number(ctx.denominator);
    if (read.isEmpty() || (ctx.denominator != null && readDenominator.isEmpty())) {
      return Optional.empty();
    }
    BigDecimal value = read.get();
    Score score = null;
    if (ctx.denominator == null) {
      if (value.signum() >= 0) {
        score = Score.of(value);
      }
    } else {
      BigDecimal denominator = readDenominator.get();
      if (value.signum() >= 0 && value.scale() == 0 && denominator.signum() > 0 && denominator.scale() == 0) {
        score = Score.of(value.toBigInteger(), denominator.toBigInteger());
      }
    }
    if (score == null) {
      diagnostics.add(
          Diagnostic.of(DiagnosticCode.E0101, "'" + ctx.getText() + "' is not a score", Optional.of(positions.span(ctx.getStart(), ctx.getStop())))
              .withHint("a score is a decimal such as 0.75, or a fraction of whole numbers such as 61/60"));
    }
    return Optional.ofNullable(score);
  }

  private record Weight(BigDecimal value, SourceSpan span) {}

  private Optional<Weight> weight(@Nullable WeightContext ctx) {
    if (ctx == null || !real(terminal(ctx.NUMBER()))) {
      return Optional.empty();
    }
    Token number = ctx.NUMBER().getSymbol();
    return number(number).map(w -> new Weight(w, positions.span(number)));
  }

  /**
   * The value of a number token, or empty with E0105 when it is too long to read: a weight of a
   * million digits took 25 seconds to convert (see {@link DecimalLiteral}).
   */
  private Optional<BigDecimal> number(Token number) {
    String literal = number.getText();
    Optional<String> problem = DecimalLiteral.problem(literal);
    if (problem.isPresent()) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.E0105, problem.get(), Optional.of(positions.span(number)))
          .withHint("write it with at most " + DecimalLiteral.MAX_LENGTH + " characters"));
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(literal));
  }

  /** Reports a repeated block or line; true when it is one (and must be skipped). */
  private boolean repeated(@Nullable Token first, Token again, String what) {
    if (first == null) {
      return false;
    }
    diagnostics.add(
        Diagnostic.of(DiagnosticCode.E0211, what + " can be declared only once", Optional.of(positions.span(again)))
            .withHint("first declared at " + at(first)));
    return true;
  }

  /** Records where the declaration given next to the builder under this key was written. */
  private void written(SourceSpan span, Part part, String... ids) {
    sources.put(span, part, ids);
  }

  private String at(Token t) {
    SourceSpan s = positions.span(t);
    return s.line() + ":" + s.column();
  }

  private void anchor(String key, ParserRuleContext ctx) {
    Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
        ? ctx.getStart()
        : ctx.getStop();
    anchor(key, ctx.getStart(), stop);
  }

  private void anchor(String key, Token first, Token last) {
    anchors.add(new Anchor(key, first.getTokenIndex(), Math.max(first.getTokenIndex(), last.getTokenIndex())));
  }

  private void closing(String key, @Nullable Token brace) {
    if (real(brace)) {
      anchor(Anchor.end(key), brace, brace);
    }
  }

  private static Token realOr(@Nullable Token t, Token fallback) {
    return real(t) ? t : fallback;
  }

  private static @Nullable Token terminal(@Nullable TerminalNode node) {
    return node == null || node instanceof ErrorNode ? null : node.getSymbol();
  }

  private static boolean real(@Nullable Token t) {
    return t != null && Positions.isReal(t);
  }

  /** A text's value; a placeholder when a syntax error left it out (already reported). */
  private static String text(@Nullable Token t) {
    return real(t) ? Texts.unquote(t.getText()) : "(missing text)";
  }

  /** The token of an id, or null when a syntax error left it out. */
  private static @Nullable Token idToken(@Nullable IdentContext ctx) {
    if (ctx == null || ctx.exception != null || ctx.getChildCount() != 1) {
      return null;
    }
    ParseTree child = ctx.getChild(0);
    if (!(child instanceof TerminalNode node) || child instanceof ErrorNode) {
      return null;
    }
    return real(node.getSymbol()) ? node.getSymbol() : null;
  }

  private static List<Token> words(List<IdentContext> ids) {
    List<Token> out = new ArrayList<>();
    for (IdentContext id : ids) {
      Token t = idToken(id);
      if (t == null) {
        return new ArrayList<>();
      }
      out.add(t);
    }
    return out;
  }

  private static String join(List<Token> tokens) {
    return tokens.stream().map(Token::getText).collect(Collectors.joining(" "));
  }

  /** True when a syntax error touched the subtree (an error node, a missing token, an exception). */
  private static boolean damaged(ParserRuleContext root) {
    List<ParseTree> pending = new ArrayList<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      ParseTree t = pending.remove(pending.size() - 1);
      if (t instanceof ErrorNode) {
        return true;
      }
      if (t instanceof TerminalNode n && !Positions.isReal(n.getSymbol())) {
        return true;
      }
      if (t instanceof ParserRuleContext c) {
        if (c.exception != null) {
          return true;
        }
        for (int i = 0; i < c.getChildCount(); i++) {
          pending.add(c.getChild(i));
        }
      }
    }
    return false;
  }
}
