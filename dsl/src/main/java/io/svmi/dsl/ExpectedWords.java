package io.svmi.dsl;

import static io.svmi.dsl.grammar.SvmiGrammarParser.*;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.svmi.internal.Suggestions;
import io.svmi.dsl.grammar.SvmiGrammarParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Says in the author's words what the parser expected, from its expected-token set and context. */
final class ExpectedWords {
  private ExpectedWords() {}

  /** Keyword token types, whose words are also ids. */
  static final ImmutableSet<Integer> KEYWORDS =
      ImmutableSet.of(
          MODEL, VERSION, LEVELS, RULES, DIMENSION, LEVEL, WEIGHT, QUESTION, OPTION, TO, NOT, APPLICABLE, GROUP, AT,
          FROM, EXAMPLE, SUBJECT, ANSWER, TARGET, OVERALL, EXPECT, NO, SCORE, ANSWERS, INDICATOR, PROFILE, LANGUAGES,
          TRANSLATION);

  /** Tokens that start a new line of a file: something missing before them belongs to the line above. */
  private static final ImmutableSet<Integer> LINE_STARTS =
      ImmutableSet.of(MODEL, LEVELS, RULES, DIMENSION, GROUP, LEVEL, QUESTION, INDICATOR, PROFILE, OPTION, TO, RBRACE, ID,
          EXAMPLE, SUBJECT, ANSWER, OVERALL, EXPECT, LANGUAGES, TRANSLATION);

  /** What was expected, as a phrase: "a level name", "'{' or 'weight'". */
  static String describe(IntervalSet expected, ParserRuleContext context, Optional<Token> previous, boolean wordsEnded) {
    List<String> words = new ArrayList<>();
    Set<Integer> types = new LinkedHashSet<>(expected.toList());
    boolean name = types.contains(ID) && !wordsEnded;
    if (name) {
      words.add(nameNoun(context, previous));
    }
    if (types.contains(TEXT)) {
      words.add(textNoun(context, previous));
    }
    if (types.contains(NUMBER) && !(name && words.get(0).contains("a value"))) {
      words.add("a number");
    }
    for (int type : types) {
      if (type == ID || type == TEXT || type == NUMBER || type == Token.EOF || type == UNTERMINATED_TEXT) {
        continue;
      }
      if (KEYWORDS.contains(type) && (name || types.contains(ID))) {
        continue;
      }
      String literal = SvmiGrammarParser.VOCABULARY.getLiteralName(type);
      if (literal != null) {
        words.add(literal);
      }
    }
    if (types.contains(Token.EOF) && previous.isPresent()) {
      words.add("the end of the file");
    }
    if (words.isEmpty()) {
      return "something else";
    }
    return join(words);
  }

  /** The keyword words (without quotes) in an expected set, for "did you mean". */
  static List<String> keywords(IntervalSet expected) {
    List<String> out = new ArrayList<>();
    if (expected.contains(ID)) {
      return out;
    }
    for (int type : expected.toList()) {
      if (KEYWORDS.contains(type)) {
        String literal = SvmiGrammarParser.VOCABULARY.getLiteralName(type);
        out.add(literal.substring(1, literal.length() - 1));
      }
    }
    return out;
  }

  /**
   * Words authors write for a keyword: {@code answer} (an example's word) in a question where
   * {@code option} stands, and the other way round.
   */
  private static final ImmutableMap<String, String> MEANT =
      ImmutableMap.of("answer", "option", "choice", "option", "option", "answer", "action", "to", "step", "to");

  /**
   * The keyword a misplaced word most likely stands for, among the expected ones (none when an id
   * may stand there): the closest by spelling, else the one authors confuse it with.
   */
  static Optional<String> intended(String word, IntervalSet expected) {
    List<String> keywords = keywords(expected);
    Optional<String> close = Suggestions.closest(word, keywords);
    if (close.isPresent()) {
      return close;
    }
    String meant = MEANT.get(word.toLowerCase(Locale.ROOT));
    return meant != null && keywords.contains(meant) ? Optional.of(meant) : Optional.empty();
  }

  /** The token type of a keyword's word. */
  static int type(String keyword) {
    for (int type : KEYWORDS) {
      if (SvmiGrammarParser.VOCABULARY.getLiteralName(type).equals("'" + keyword + "'")) {
        return type;
      }
    }
    throw new IllegalArgumentException("not a keyword: " + keyword);
  }

  /** True when the expected tokens would continue the line before (so a caret belongs after it). */
  static boolean continuesLine(IntervalSet expected, boolean wordsEnded) {
    for (int type : expected.toList()) {
      if (type == ID && wordsEnded) {
        continue;
      }
      if (LINE_STARTS.contains(type) || type == Token.EOF) {
        return false;
      }
    }
    return true;
  }

  /** How to name the token an error comes after: "'to'", "the text". */
  static String after(Optional<Token> previous) {
    if (previous.isEmpty()) {
      return "at the start of the file";
    }
    Token t = previous.get();
    if (t.getType() == TEXT || t.getType() == UNTERMINATED_TEXT) {
      return "after the text";
    }
    String text = t.getText();
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return "after '" + text + "'";
  }

  private static String nameNoun(ParserRuleContext context, Optional<Token> previous) {
    ParserRuleContext c = roleOf(context);
    boolean afterArrow = previous.isPresent() && previous.get().getType() == ARROW;
    if (c instanceof LevelsBlockContext || c instanceof LevelDeclContext) {
      return "a level id";
    }
    if (c instanceof RulesBlockContext) {
      return "a rule such as 'action plan = next level'";
    }
    if (c instanceof RuleSettingContext rs) {
      return rs.EQUALS() == null ? "a rule name" : "a value for the rule";
    }
    if (c instanceof LevelOverrideContext) {
      return "a combination such as 'lowest of questions'";
    }
    if (c instanceof DimensionDeclContext) {
      return "a dimension id";
    }
    if (c instanceof SvmiGrammarParser.GroupDeclContext) {
      return "a group id";
    }
    if (c instanceof SvmiGrammarParser.QuestionAtContext) {
      return "a level name";
    }
    if (c instanceof SvmiGrammarParser.QuestionAnswersContext || c instanceof SvmiGrammarParser.AnswersDeclContext) {
      return "an answer set id";
    }
    if (c instanceof QuestionDeclContext) {
      return "a question id";
    }
    if (c instanceof IndicatorDeclContext) {
      return "an indicator id";
    }
    if (c instanceof OptionTargetContext || (c instanceof OptionDeclContext && afterArrow)) {
      return "a level name, a value or 'not applicable'";
    }
    if (c instanceof OptionDeclContext) {
      return "an option id";
    }
    if (c instanceof ActionDeclContext) {
      return "a level name";
    }
    return exampleNameNoun(c, previous);
  }

  private static String textNoun(ParserRuleContext context, Optional<Token> previous) {
    ParserRuleContext c = roleOf(context);
    if (c instanceof ModelDeclContext) {
      boolean version = previous.isPresent() && previous.get().getType() == VERSION;
      return version ? "the version in double quotes" : "the model's name in double quotes";
    }
    if (c instanceof LevelDeclContext) {
      return "the level's name in double quotes";
    }
    if (c instanceof DimensionDeclContext) {
      return "the dimension's name in double quotes";
    }
    if (c instanceof SvmiGrammarParser.GroupDeclContext) {
      return "the group's name in double quotes";
    }
    if (c instanceof QuestionDeclContext) {
      return "the question's text in double quotes";
    }
    if (c instanceof OptionDeclContext) {
      return "the option's text in double quotes";
    }
    if (c instanceof ActionDeclContext || c instanceof ExpectationContext) {
      return "the action's text in double quotes";
    }
    if (c instanceof ExampleDeclContext) {
      return "the example's name in double quotes";
    }
    if (c instanceof ExampleSubjectContext) {
      return "who is assessed, in double quotes";
    }
    return "a text in double quotes";
  }

  /** Names in an example: after '=' or '->' a level or option id, before them what it is about. */
  private static String exampleNameNoun(ParserRuleContext c, Optional<Token> previous) {
    int before = previous.map(Token::getType).orElse(Token.INVALID_TYPE);
    boolean value = before == EQUALS || before == ARROW || before == TO || before == COMMA;
    if (c instanceof ExampleAnswerContext || c instanceof ExampleTargetAnswerContext) {
      return value ? "an option id" : "a question id";
    }
    if (c instanceof ExampleTargetContext || c instanceof ExampleOverallTargetContext || c instanceof ProfileTargetContext) {
      return value ? "a level id" : "a dimension id";
    }
    if (c instanceof ExampleProfileContext || c instanceof ProfileDeclContext) {
      return "a profile id";
    }
    if (c instanceof ExpectationContext e) {
      if (!value && afterValue(e, previous)) {
        // A word after a finished level on the same line: `expect overall = low high`.
        return "'->' and a target, 'score' and a score, or the end of the line";
      }
      if (e.TO() != null) {
        return before == EQUALS || before == COMMA ? "a question id" : "a level id";
      }
      if (e.QUESTION() != null || e.GROUP() != null) {
        return value ? "a level id or 'no level'" : e.GROUP() != null ? "a group id" : "a question id";
      }
      return value ? "a level id or 'no level'" : "a dimension id or 'overall'";
    }
    return "a name";
  }

  /**
   * Whether the token before the error ends a value of an expectation line (a level, a score, 'no
   * level'), not the words that say what the line is about ({@code expect dimension A}).
   */
  private static boolean afterValue(ExpectationContext e, Optional<Token> previous) {
    if (previous.isEmpty() || e.EXPECT() == null) {
      return false;
    }
    Token p = previous.get();
    int about = e.EXPECT().getSymbol().getTokenIndex();
    boolean aboutWords = p.getType() == OVERALL || p.getType() == DIMENSION || p.getType() == GROUP
        || p.getType() == QUESTION || p.getType() == TO;
    // expect [dimension|group|question] ID: the id ends at most two tokens after 'expect'.
    return !aboutWords && p.getTokenIndex() > about + 2;
  }

  /** The rule that gives a name its role: an id or words belong to the rule around them. */
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

  private static String join(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }
}
