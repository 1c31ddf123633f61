package io.svmi.dsl;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.SourceSpan;
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
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * ANTLR's recovery (single-token insertion and deletion, resynchronising in loops), reporting in
 * the author's words: "expected a level name after 'to'". Keeps one error per line and none inside
 * an unterminated text, so one mistake gives one diagnostic; stops the parse past the error limit.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  /** Stops the parse: past the error limit, or after a text that lost its quote. Caught by the compiler. */
  static final class StopParsing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopParsing() {
      super("parsing stopped", null, false, false);
    }
  }

  private final Positions positions;
  private final int maxErrors;
  private final int unterminatedTokenIndex;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int lastLine = -1;
  private int unopenedBraces;
  private boolean runawayText;

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

  /**
   * A misspelt or confused keyword where only keywords may stand ({@code answer} for
   * {@code option} in a question, {@code optoin}) is reported with its "did you mean", then read
   * as the keyword meant: the rest of its line parses as written, and nothing else is reported.
   */
  @Override
  public void sync(Parser recognizer) {
    if (!inErrorRecoveryMode(recognizer) && readAsMeant(recognizer)) {
      return;
    }
    super.sync(recognizer);
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    if (!inErrorRecoveryMode(recognizer) && readAsMeant(recognizer)) {
      Token meant = recognizer.getCurrentToken();
      recognizer.consume();
      return meant;
    }
    return super.recoverInline(recognizer);
  }

  private boolean readAsMeant(Parser recognizer) {
    Token t = recognizer.getCurrentToken();
    if (!isWord(t) || t.getTokenIndex() > unterminatedTokenIndex || !(t instanceof WritableToken writable)) {
      return false;
    }
    IntervalSet expected = recognizer.getExpectedTokens();
    if (expected.contains(t.getType()) || expected.contains(SvmiGrammarParser.ID)) {
      return false;
    }
    Optional<String> meant = ExpectedWords.intended(t.getText(), expected);
    if (meant.isEmpty()) {
      return false;
    }
    report(recognizer, t, expected);
    writable.setType(ExpectedWords.type(meant.get()));
    return true;
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
    if (expected.contains(SvmiGrammarParser.LBRACE)
        && !braceAhead(recognizer.getInputStream(), offending, previous(recognizer.getInputStream(), offending))) {
      // A block opened without '{': the '}' that closes it would be reported again otherwise.
      unopenedBraces++;
    }
    Optional<Token> previous = previousVisible(recognizer.getInputStream(), offending);
    ParserRuleContext context = recognizer.getContext();
    boolean otherLine = previous.isPresent() && previous.get().getLine() < offending.getLine();
    boolean wordsEnded = otherLine && endsWords(context);
    Optional<String> hint = Optional.empty();
    if (isWord(offending)) {
      hint = ExpectedWords.intended(offending.getText(), expected).map(k -> "did you mean '" + k + "'?");
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
      if (hint.isEmpty() && offending.getType() == SvmiGrammarParser.RBRACE && !expected.contains(SvmiGrammarParser.RBRACE)) {
        hint = Optional.of("this '}' closes no block");
      }
    }
    if (previous.isPresent() && runsAway(previous.get(), offending)) {
      reportRunawayText(previous.get());
      return;
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
      throw new StopParsing();
    }
  }

  /**
   * A text over several lines that ends right against a word ({@code "Q {⏎ option l "L"}) most
   * likely lost its closing quote: the quotes after it pair up wrongly.
   */
  private static boolean runsAway(Token text, Token next) {
    return text.getType() == SvmiGrammarParser.TEXT
        && text.getText().indexOf('\n') >= 0
        && next.getStartIndex() == text.getStopIndex() + 1
        && next.getType() != Token.EOF;
  }

  /** Reports the text that lost its quote, once; what follows it is a consequence. */
  private void reportRunawayText(Token text) {
    if (!runawayText) {
      runawayText = true;
      diagnostics.add(TokenScan.runawayText(text, positions));
    }
    throw new StopParsing();
  }

  /** True when a text that lost its closing quote was reported (so an unterminated text after it is not). */
  boolean sawRunawayText() {
    return runawayText;
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
      if (type == SvmiGrammarParser.LBRACE
          && (opensBlock(recognizer.getInputStream().LT(-1)) || opensExpectedCell(recognizer.getInputStream()))) {
        depth++;
      } else if (type == SvmiGrammarParser.RBRACE && depth > 0) {
        depth--;
      }
      recognizer.consume();
      type = recognizer.getInputStream().LA(1);
    }
  }

  /** A '{' on a line that starts with 'expect': the texts of an expected cell. */
  private static boolean opensExpectedCell(TokenStream tokens) {
    Token brace = tokens.LT(1);
    for (int i = brace.getTokenIndex() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (t.getLine() < brace.getLine()) {
        return false;
      }
      if (t.getType() == SvmiGrammarParser.EXPECT
          && (i == 0 || previousLine(tokens, i) < t.getLine())) {
        return true;
      }
    }
    return false;
  }

  private static int previousLine(TokenStream tokens, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(i).getLine();
      }
    }
    return 0;
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

  /** True when a '{' follows on the line of the header (from the offending token on). */
  private static boolean braceAhead(TokenStream tokens, Token offending, int headerLine) {
    for (int i = offending.getTokenIndex(); i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() == Token.EOF || t.getLine() > headerLine) {
        return false;
      }
      if (t.getType() == SvmiGrammarParser.LBRACE) {
        return true;
      }
    }
    return false;
  }

  private static int previous(TokenStream tokens, Token offending) {
    return previousVisible(tokens, offending).map(Token::getLine).orElse(offending.getLine());
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
