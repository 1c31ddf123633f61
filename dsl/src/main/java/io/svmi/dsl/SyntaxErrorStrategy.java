package io.svmi.dsl;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.SourceSpan;
import io.svmi.Suggestions;
import io.svmi.dsl.grammar.SvmiGrammarParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * ANTLR's recovery (single-token insertion and deletion, resynchronising in loops), reporting in
 * the author's words: "expected a level name after 'to'". Keeps one error per line and none inside
 * an unterminated text, so one mistake gives one diagnostic; stops the parse past the error limit.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  /** Thrown past the error limit to stop parsing; caught by the compiler. */
  static final class TooManyErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyErrors() {
      super("too many syntax errors", null, false, false);
    }
  }

  private final Positions positions;
  private final int maxErrors;
  private final int unterminatedTokenIndex;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int lastLine = -1;
  private int unopenedBraces;

  /**
   * @param unterminatedTokenIndex the index of an unterminated text, after which every error is a
   *     consequence of it (or {@link Integer#MAX_VALUE})
   */
  SyntaxErrorStrategy(Positions positions, int maxErrors, int unterminatedTokenIndex) {
    this.positions = positions;
    this.maxErrors = maxErrors;
    this.unterminatedTokenIndex = unterminatedTokenIndex;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
    report(recognizer, e.getOffendingToken(), e.getExpectedTokens());
  }

  @Override
  protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
    report(recognizer, e.getOffendingToken(), e.getExpectedTokens());
  }

  @Override
  protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
    // A predicate that keeps a rule's value on its line failed: the value is missing.
    Token offending = e.getOffendingToken();
    Optional<Token> previous = previousVisible(recognizer.getInputStream(), offending);
    SourceSpan span = previous.map(positions::after).orElseGet(() -> positions.span(offending));
    add(span, "expected " + ExpectedWords.describe(e.getExpectedTokens(), recognizer.getContext(), previous, false)
        + " " + ExpectedWords.after(previous), Optional.empty());
  }

  @Override
  protected void reportUnwantedToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
  }

  @Override
  protected void reportMissingToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
  }

  private void report(Parser recognizer, Token offending, IntervalSet expected) {
    if (offending.getTokenIndex() > unterminatedTokenIndex) {
      return;
    }
    if (offending.getType() == SvmiGrammarParser.RBRACE && unopenedBraces > 0) {
      unopenedBraces--;
      return;
    }
    if (expected.contains(SvmiGrammarParser.LBRACE) && offending.getType() != SvmiGrammarParser.LBRACE) {
      // A block opened without '{': the '}' that closes it would be reported again otherwise.
      unopenedBraces++;
    }
    Optional<Token> previous = previousVisible(recognizer.getInputStream(), offending);
    ParserRuleContext context = recognizer.getContext();
    boolean otherLine = previous.isPresent() && previous.get().getLine() < offending.getLine();
    boolean wordsEnded = otherLine && endsWords(context);
    Optional<String> hint = Optional.empty();
    if (isWord(offending)) {
      hint = Suggestions.didYouMean(offending.getText(), ExpectedWords.keywords(expected));
    }
    if (hint.isEmpty() && offending.getType() == SvmiGrammarParser.RBRACE && !expected.contains(SvmiGrammarParser.RBRACE)) {
      hint = Optional.of("this '}' closes no block");
    }
    boolean atEnd = offending.getType() == Token.EOF;
    if (atEnd) {
      hint = Optional.of("the file ends here");
    }
    SourceSpan span;
    if (previous.isPresent()
        && (atEnd
            || (otherLine && onOneLine(context))
            || (otherLine && hint.isEmpty() && ExpectedWords.continuesLine(expected, wordsEnded)))) {
      span = positions.after(previous.get());
    } else {
      span = positions.span(offending);
    }
    if (hint.isEmpty() && previous.isPresent() && spansLines(previous.get())) {
      hint = Optional.of("the text before this runs over several lines: is a closing '\"' missing?");
    }
    String message =
        "expected " + ExpectedWords.describe(expected, context, previous, wordsEnded) + " " + ExpectedWords.after(previous);
    add(span, message, hint);
  }

  private void add(SourceSpan span, String message, Optional<String> hint) {
    if (span.line() == lastLine) {
      return;
    }
    lastLine = span.line();
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0101, message, Optional.of(span));
    diagnostics.add(hint.map(d::withHint).orElse(d));
    if (diagnostics.size() > maxErrors) {
      throw new TooManyErrors();
    }
  }

  private static boolean spansLines(Token t) {
    return t.getType() == SvmiGrammarParser.TEXT && t.getText().indexOf('\n') >= 0;
  }

  /** Inside a rule's words, which end with their line. */
  private static boolean endsWords(ParserRuleContext context) {
    ParserRuleContext c = context;
    while (c instanceof SvmiGrammarParser.IdentContext && c.getParent() != null) {
      c = c.getParent();
    }
    return c instanceof SvmiGrammarParser.WordsContext
        || c instanceof SvmiGrammarParser.Value_Context
        || c instanceof SvmiGrammarParser.RuleSettingContext
        || c instanceof SvmiGrammarParser.LevelOverrideContext;
  }

  /**
   * Resynchronises as ANTLR does, but skips a block opened while skipping (a '{' after a text, a
   * number or 'levels'/'rules', as a block's header ends) as a whole, so that its closing '}' is
   * not taken for the end of the block around it.
   */
  @Override
  protected void consumeUntil(Parser recognizer, IntervalSet set) {
    int depth = 0;
    int type = recognizer.getInputStream().LA(1);
    while (type != Token.EOF && (depth > 0 || !set.contains(type))) {
      if (type == SvmiGrammarParser.LBRACE && opensBlock(recognizer.getInputStream().LT(-1))) {
        depth++;
      } else if (type == SvmiGrammarParser.RBRACE && depth > 0) {
        depth--;
      }
      recognizer.consume();
      type = recognizer.getInputStream().LA(1);
    }
  }

  private static boolean opensBlock(@Nullable Token before) {
    if (before == null) {
      return false;
    }
    int t = before.getType();
    return t == SvmiGrammarParser.TEXT || t == SvmiGrammarParser.NUMBER || t == SvmiGrammarParser.LEVELS
        || t == SvmiGrammarParser.RULES;
  }

  /** Inside what must be written on the line before: the level after an option's '->'. */
  private static boolean onOneLine(ParserRuleContext context) {
    ParserRuleContext c = context;
    while (c instanceof SvmiGrammarParser.IdentContext && c.getParent() != null) {
      c = c.getParent();
    }
    return c instanceof SvmiGrammarParser.OptionTargetContext;
  }

  private static boolean isWord(Token t) {
    return t.getType() == SvmiGrammarParser.ID || ExpectedWords.KEYWORDS.contains(t.getType());
  }

  private static Optional<Token> previousVisible(TokenStream tokens, Token offending) {
    for (int i = offending.getTokenIndex() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
