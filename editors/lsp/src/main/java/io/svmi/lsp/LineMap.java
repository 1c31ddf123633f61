package io.svmi.lsp;

import io.svmi.SourceSpan;
import java.util.Arrays;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the positions of one document's text: UTF-16 offsets, LSP positions (0-based
 * lines, UTF-16 characters, the protocol's default encoding), svmi's {@link SourceSpan}s (1-based,
 * UTF-16 columns) and ANTLR tokens (code point indexes). Line breaks are '\n', '\r\n' and a lone
 * '\r', as {@link io.svmi.SourceText} counts them.
 */
final class LineMap {
  private final String text;
  private final int[] lineStarts;
  /** The UTF-16 offset of each code point index; empty when the text has no surrogate pairs. */
  private final int[] utf16OfCodePoint;

  LineMap(String text) {
    this.text = text;
    int[] starts = new int[64];
    int n = 0;
    starts[n++] = 0;
    boolean surrogates = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      surrogates |= Character.isSurrogate(c);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    if (!surrogates) {
      this.utf16OfCodePoint = new int[0];
    } else {
      int codePoints = text.codePointCount(0, text.length());
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

  String text() {
    return text;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** The UTF-16 offset of an LSP position, clamped to its line and to the text. */
  int offset(Position p) {
    int line = Math.max(0, Math.min(p.getLine(), lineStarts.length - 1));
    int start = lineStarts[line];
    return Math.min(start + Math.max(0, p.getCharacter()), lineEnd(line));
  }

  /** The LSP position of a UTF-16 offset. */
  Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int i = Arrays.binarySearch(lineStarts, clamped);
    int line = i >= 0 ? i : -i - 2;
    return new Position(line, clamped - lineStarts[line]);
  }

  Range range(int start, int end) {
    return new Range(position(start), position(end));
  }

  /** The range of a span: on its line, from its column, its length long. */
  static Range range(SourceSpan span) {
    return new Range(
        new Position(span.line() - 1, span.column() - 1),
        new Position(span.line() - 1, span.column() - 1 + span.length()));
  }

  /** The UTF-16 offset where a token starts. */
  int start(Token token) {
    return utf16(token.getStartIndex());
  }

  /** The UTF-16 offset just after a token. */
  int end(Token token) {
    return utf16(token.getStopIndex() + 1);
  }

  Range range(Token token) {
    return range(start(token), end(token));
  }

  Range range(Token first, Token last) {
    return range(start(first), end(last));
  }

  /** The offset where a 0-based line starts. */
  int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
  }

  /** The offset where a 0-based line's text ends (before its line break). */
  int lineEnd(int line) {
    int start = lineStarts[line];
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** The text of a 0-based line without its line break. */
  String line(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  private int utf16(int codePointIndex) {
    if (codePointIndex < 0) {
      return 0;
    }
    if (utf16OfCodePoint.length == 0) {
      return Math.min(codePointIndex, text.length());
    }
    return utf16OfCodePoint[Math.min(codePointIndex, utf16OfCodePoint.length - 1)];
  }
}
