package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where something stands in a source: the source's name, a 1-based line and column, and a length
 * in characters (at least 1). Columns count UTF-16 characters, so a caret lines up under the text.
 */
public record SourceSpan(String source, int line, int column, int length)
    implements Comparable<SourceSpan> {

  public SourceSpan {
    checkNotNull(source, "source");
    checkArgument(line >= 1, "line must be at least 1: %s", line);
    checkArgument(column >= 1, "column must be at least 1: %s", column);
    checkArgument(length >= 1, "length must be at least 1: %s", length);
  }

  public static SourceSpan of(String source, int line, int column, int length) {
    return new SourceSpan(source, line, column, length);
  }

  @Override
  public int compareTo(SourceSpan other) {
    // Written out rather than composed from Comparator's factories, whose lambdas are spun
    // at run time: every short command sorts diagnostics (docs/performance.md, "Start-up").
    int order = source.compareTo(other.source);
    if (order == 0) {
      order = Integer.compare(line, other.line);
    }
    if (order == 0) {
      order = Integer.compare(column, other.column);
    }
    return order != 0 ? order : Integer.compare(length, other.length);
  }

  /** {@code source:line:column}, as editors and terminals link it. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
