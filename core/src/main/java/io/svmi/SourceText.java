package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** A named source text (a rules file, an answers file) split into lines for rendering diagnostics. */
public final class SourceText {
  private final String name;
  private final String text;
  private final ImmutableList<Integer> lineStarts;

  private SourceText(String name, String text) {
    this.name = checkNotNull(name, "name");
    this.text = checkNotNull(text, "text");
    ImmutableList.Builder<Integer> starts = ImmutableList.builder();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        starts.add(i + 1);
      } else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.build();
  }

  public static SourceText of(String name, String text) {
    return new SourceText(name, text);
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** The 1-based line without its line break, or empty past the end. */
  public Optional<String> line(int line) {
    if (line < 1 || line > lineStarts.size()) {
      return Optional.empty();
    }
    return Optional.of(text.substring(lineStart(line), lineEnd(line)));
  }

  /** The length of the 1-based line without its line break, or -1 past the end. */
  int lineLength(int line) {
    return line < 1 || line > lineStarts.size() ? -1 : lineEnd(line) - lineStart(line);
  }

  /** Up to {@code length} characters of the 1-based line from the 0-based {@code column}, without copying the rest. */
  String linePart(int line, int column, int length) {
    int start = lineStart(line);
    int end = lineEnd(line);
    int from = Math.min(end, start + column);
    return text.substring(from, Math.min(end, from + length));
  }

  private int lineStart(int line) {
    return lineStarts.get(line - 1);
  }

  private int lineEnd(int line) {
    int start = lineStarts.get(line - 1);
    int end = line < lineStarts.size() ? lineStarts.get(line) : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }
}
