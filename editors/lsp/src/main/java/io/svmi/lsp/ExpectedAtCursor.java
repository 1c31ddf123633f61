package io.svmi.lsp;

import io.svmi.dsl.grammar.SvmiGrammarLexer;
import io.svmi.dsl.grammar.SvmiGrammarParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * What the grammar expects at the cursor: the file is parsed up to the cursor (the word being
 * typed left out) and the parser's expected-token set is taken where the input ends, with the rule
 * it was in and the token before. The same set the compiler's syntax errors describe in words.
 */
final class ExpectedAtCursor {
  /**
   * @param expected the token types that may stand at the cursor
   * @param context the innermost rule the parser was in
   * @param previous the last token before the cursor (not counting the word being typed)
   * @param prefixStart the UTF-16 offset where the word being typed starts (the cursor when none)
   */
  record Result(IntervalSet expected, ParserRuleContext context, Optional<Token> previous, int prefixStart) {}

  private ExpectedAtCursor() {}

  /** Empty when the cursor is inside a text or a comment, where nothing is completed. */
  static Optional<Result> at(String text, int cursor) {
    int cursorCp = text.codePointCount(0, Math.min(cursor, text.length()));
    SvmiGrammarLexer lexer = new SvmiGrammarLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<Token> before = new ArrayList<>();
    int prefixStartCp = cursorCp;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getStartIndex() >= cursorCp) {
        break;
      }
      boolean word = t.getType() == SvmiGrammarLexer.ID || SyntaxWords.isKeyword(t.getType());
      if (t.getStopIndex() + 1 >= cursorCp) {
        // The cursor is inside the token or just after it.
        if (word || t.getType() == SvmiGrammarLexer.NUMBER) {
          prefixStartCp = t.getStartIndex();
          break;
        }
        if (t.getStopIndex() + 1 > cursorCp || t.getType() == SvmiGrammarLexer.COMMENT
            || t.getType() == SvmiGrammarLexer.UNTERMINATED_TEXT) {
          return Optional.empty();
        }
      }
      if (t.getType() != SvmiGrammarLexer.STRAY) {
        before.add(t);
      }
    }
    Token previous = null;
    for (int i = before.size() - 1; i >= 0 && previous == null; i--) {
      if (before.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        previous = before.get(i);
      }
    }
    CommonToken end = new CommonToken(Token.EOF, "<EOF>");
    end.setStartIndex(cursorCp);
    end.setStopIndex(cursorCp - 1);
    end.setLine(Integer.MAX_VALUE);
    before.add(end);
    SvmiGrammarParser parser = new SvmiGrammarParser(new CommonTokenStream(new ListTokenSource(before)));
    parser.removeErrorListeners();
    Capture capture = new Capture();
    parser.setErrorHandler(capture);
    try {
      parser.file();
    } catch (ParseCancellationException | Stop stopped) {
      // The capture stopped the parse at the cursor.
    }
    if (capture.expected == null || capture.context == null) {
      return Optional.empty();
    }
    int prefixStart = text.offsetByCodePoints(0, Math.min(prefixStartCp, text.codePointCount(0, text.length())));
    return Optional.of(new Result(capture.expected, capture.context, Optional.ofNullable(previous), prefixStart));
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stopped at the cursor", null, false, false);
    }
  }

  /** Recovers from errors before the cursor as ANTLR does; at the cursor, takes the expected set and stops. */
  private static final class Capture extends DefaultErrorStrategy {
    private IntervalSet expected;
    private ParserRuleContext context;

    @Override
    public void sync(Parser recognizer) {
      atCursor(recognizer, recognizer::getExpectedTokens);
      super.sync(recognizer);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
      atCursor(recognizer, recognizer::getExpectedTokens);
      return super.recoverInline(recognizer);
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
      atCursor(recognizer, e::getExpectedTokens);
      super.reportError(recognizer, e);
    }

    private void atCursor(Parser recognizer, java.util.function.Supplier<IntervalSet> expectedTokens) {
      if (recognizer.getInputStream().LA(1) != Token.EOF) {
        return;
      }
      expected = expectedTokens.get();
      context = recognizer.getContext();
      throw new Stop();
    }
  }
}
