package io.svmi.dsl;

import io.svmi.SourceSpan;
import java.util.Arrays;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR positions (code point indexes) into {@link SourceSpan}s (1-based lines, columns in
 * UTF-16 characters, line breaks as {@link io.svmi.SourceText} counts them), so carets line up.
 */
final class Positions {
  private final String sourceName;
  private final String text;
  private final int[] lineStarts;
  private final int[] utf16OfCodePoint;

  Positions(String sourceName, String text) {
    this.sourceName = sourceName;
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      this.utf16OfCodePoint = new int[0];
    } else {
      int[] map = new int[codePoints + 1];
      int offset = 0;
      for (int cp = 0; cp < codePoints; cp++) {
        map[cp] = offset;
        offset += Character.charCount(text.codePointAt(offset));
      }
      map[codePoints] = text.length();
      this.utf16OfCodePoint = map;
    }
  }

  String sourceName() {
    return sourceName;
  }

  /** The UTF-16 offset of a code point index (clamped to the text). */
  int offset(int codePointIndex) {
    if (codePointIndex < 0) {
      return 0;
    }
    if (utf16OfCodePoint.length == 0) {
      return Math.min(codePointIndex, text.length());
    }
    return utf16OfCodePoint[Math.min(codePointIndex, utf16OfCodePoint.length - 1)];
  }

  /** The 1-based line holding the UTF-16 offset. */
  int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** A span from a UTF-16 offset, at most to the end of its line, at least one character. */
  SourceSpan spanAt(int offset, int length) {
    int line = line(offset);
    int column = offset - lineStarts[line - 1] + 1;
    int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length();
    int fit = Math.max(1, Math.min(length, lineEnd - offset));
    return SourceSpan.of(sourceName, line, column, fit);
  }

  /** The span of a token (its first line when it spans several). */
  SourceSpan span(Token token) {
    int start = offset(token.getStartIndex());
    int end = offset(token.getStopIndex() + 1);
    return spanAt(start, end - start);
  }

  /** The span from the start of one token to the end of another on the same line. */
  SourceSpan span(Token first, Token last) {
    int start = offset(first.getStartIndex());
    int end = offset(last.getStopIndex() + 1);
    return spanAt(start, Math.max(1, end - start));
  }

  /** The one character just after a token: where something missing should have been. */
  SourceSpan after(Token token) {
    return spanAt(offset(token.getStopIndex() + 1), 1);
  }

  /** True when the token is not the conjured stand-in for a missing token. */
  static boolean isReal(Token token) {
    return token.getTokenIndex() >= 0 && token.getStartIndex() >= 0;
  }
}
