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
   */
  record Result(ImmutableList<Token> tokens, ImmutableList<Diagnostic> diagnostics, int unterminatedAt, boolean stop) {}

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
        case SvmiGrammarLexer.TEXT -> checkEscapes(t, positions, diagnostics, errorLimit);
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
