package io.svmi.dsl;

import com.google.common.collect.ImmutableList;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.SourceSpan;
import io.svmi.dsl.grammar.SvmiGrammarLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * The first stage: splits the text into tokens, reports lexical errors (unterminated text, bad
 * escape, stray character) and checks the nesting depth before anything is parsed, so that no
 * input can make the parser recurse deeply.
 */
final class TokenScan {
  /**
   * @param tokens the tokens for the parser (comments on the hidden channel, stray characters
   *     left out, an unterminated text turned into a text), ending with EOF
   * @param unterminatedAt the position in {@code tokens} of an unterminated text, or
   *     {@link Integer#MAX_VALUE}
   * @param stop true when the input must not be parsed (too deep, or too many errors)
   * @param runaway true when a text lost its closing quote and ran into what follows it: the
   *     tokens end with it, and nothing after it means anything
   */
  record Result(
      ImmutableList<Token> tokens, ImmutableList<Diagnostic> diagnostics, int unterminatedAt, boolean stop,
      boolean runaway) {
    Result(ImmutableList<Token> tokens, ImmutableList<Diagnostic> diagnostics, int unterminatedAt, boolean stop) {
      this(tokens, diagnostics, unterminatedAt, stop, false);
    }
  }

  private TokenScan() {}

  static Result scan(String text, Positions positions, CompileOptions options) {
    SvmiGrammarLexer lexer = new SvmiGrammarLexer(CharStreams.fromString(text, positions.sourceName()));
    List<Diagnostic> diagnostics = new ArrayList<>();
    lexer.removeErrorListeners();
    lexer.addErrorListener(
        new BaseErrorListener() {
          @Override
          public void syntaxError(
              Recognizer<?, ?> recognizer, Object symbol, int line, int column, String msg, RecognitionException e) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.E0104, "unexpected character", Optional.empty()));
          }
        });
    List<Token> tokens = new ArrayList<>();
    int unterminatedAt = Integer.MAX_VALUE;
    Token strayStart = null;
    Token strayEnd = null;
    int depth = 0;
    int errorLimit = options.maxErrors();
    while (true) {
      Token t = lexer.nextToken();
      if (t.getType() == SvmiGrammarLexer.STRAY) {
        if (strayEnd == null || strayEnd.getStopIndex() + 1 != t.getStartIndex()) {
          flushStray(strayStart, strayEnd, positions, diagnostics);
          strayStart = t;
        }
        strayEnd = t;
        if (diagnostics.size() > errorLimit) {
          return new Result(ImmutableList.of(), ImmutableList.copyOf(diagnostics), unterminatedAt, true);
        }
        continue;
      }
      flushStray(strayStart, strayEnd, positions, diagnostics);
      strayStart = null;
      strayEnd = null;
      switch (t.getType()) {
        case SvmiGrammarLexer.UNTERMINATED_TEXT -> {
          Diagnostic d =
              Diagnostic.of(DiagnosticCode.E0102, "this text has no closing '\"'", Optional.of(positions.span(t)))
                  .withHint("a text runs from '\"' to the next unescaped '\"'");
          diagnostics.add(d);
          checkEscapes(t, positions, diagnostics, errorLimit);
          CommonToken closed = new CommonToken(t);
          closed.setType(SvmiGrammarLexer.TEXT);
          unterminatedAt = tokens.size();
          t = closed;
        }
        case SvmiGrammarLexer.TEXT -> {
          if (runsAway(t, lexer.getInputStream().LA(1))) {
            // The quotes after it pair up wrongly: what follows is texts read as words and words
            // read as texts. One error; the parse stops at this text.
            diagnostics.add(runawayText(t, positions));
            tokens.add(t);
            return new Result(ImmutableList.copyOf(tokens), ImmutableList.copyOf(diagnostics), tokens.size() - 1, false, true);
          }
          checkEscapes(t, positions, diagnostics, errorLimit);
        }
        case SvmiGrammarLexer.LBRACE -> {
          depth++;
          if (depth > options.maxNestingDepth()) {
            diagnostics.add(
                Diagnostic.of(
                        DiagnosticCode.E0106,
                        "more than " + options.maxNestingDepth() + " blocks are open here",
                        Optional.of(positions.span(t)))
                    .withHint("the language nests at most 2 blocks; is a '}' missing?"));
            return new Result(ImmutableList.of(), ImmutableList.copyOf(diagnostics), unterminatedAt, true);
          }
        }
        case SvmiGrammarLexer.RBRACE -> depth = Math.max(0, depth - 1);
        default -> {}
      }
      if (diagnostics.size() > errorLimit) {
        return new Result(ImmutableList.of(), ImmutableList.copyOf(diagnostics), unterminatedAt, true);
      }
      tokens.add(t);
      if (t.getType() == Token.EOF) {
        break;
      }
    }
    return new Result(ImmutableList.copyOf(tokens), ImmutableList.copyOf(diagnostics), unterminatedAt, false);
  }

  /**
   * A text over several lines whose closing quote stands right against a word, a digit or another
   * character no text is followed by ({@code "Q {⏎ option l "L"}): most likely the quote that
   * should have closed it is missing, and this quote opens the next text.
   */
  static boolean runsAway(Token text, int next) {
    return text.getText().indexOf('\n') >= 0
        && next != IntStream.EOF
        && !Character.isWhitespace(next)
        && "{}#-,=/".indexOf(next) < 0;
  }

  /** E0102 for a text that lost its closing quote: at its first line. */
  static Diagnostic runawayText(Token text, Positions positions) {
    int lines = (int) text.getText().chars().filter(c -> c == '\n').count() + 1;
    String first = text.getText().lines().findFirst().orElse("");
    return Diagnostic.of(
            DiagnosticCode.E0102,
            "this text runs over " + lines + " lines into what follows it",
            Optional.of(positions.spanAt(positions.offset(text.getStartIndex()), first.length())))
        .withHint("is its closing '\"' missing?");
  }

  private static void flushStray(Token first, Token last, Positions positions, List<Diagnostic> diagnostics) {
    if (first == null || last == null) {
      return;
    }
    SourceSpan span = positions.span(first, last);
    int count = last.getStopIndex() - first.getStartIndex() + 1;
    String what;
    if (!printable(first.getText())) {
      what = String.format("unexpected character U+%04X", first.getText().codePointAt(0)) + (count > 1 ? " and more" : "");
    } else if (count == 1) {
      what = "unexpected character '" + first.getText() + "'";
    } else {
      what = "unexpected characters starting with '" + first.getText() + "'";
    }
    diagnostics.add(
        Diagnostic.of(DiagnosticCode.E0104, what, Optional.of(span))
            .withHint("texts go in double quotes; comments start with '#'"));
  }

  private static boolean printable(String s) {
    int cp = s.codePointAt(0);
    return !Character.isISOControl(cp) && !Character.isWhitespace(cp) && Character.isDefined(cp)
        && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.SURROGATE;
  }

  /** Reports the text's bad escapes, stopping past the error limit (a text may hold millions). */
  private static void checkEscapes(Token t, Positions positions, List<Diagnostic> diagnostics, int errorLimit) {
    String literal = t.getText();
    int start = positions.offset(t.getStartIndex());
    OptionalInt bad = Texts.firstBadEscape(literal, 1);
    while (bad.isPresent() && diagnostics.size() <= errorLimit) {
      int i = bad.getAsInt();
      String escape = literal.substring(i, i + 1 + Character.charCount(literal.codePointAt(i + 1)));
      diagnostics.add(
          Diagnostic.of(DiagnosticCode.E0103, "invalid escape '" + escape + "' in a text", Optional.of(positions.spanAt(start + i, 2)))
              .withHint("the escapes are \\\" \\\\ \\n \\t \\r; write \\\\ for a backslash"));
      bad = Texts.firstBadEscape(literal, i + 2);
    }
  }
}
