package io.svmi;

import java.util.Optional;

/** Renders a diagnostic in the one format used everywhere (see {@link Diagnostic}). */
final class DiagnosticRenderer {
  /**
   * Longer source lines are shown as an excerpt around the span: a minified file is one line, and
   * copying it into every diagnostic made rendering quadratic.
   */
  static final int MAX_SHOWN = 160;

  private DiagnosticRenderer() {}

  static String render(Diagnostic d, Optional<SourceText> source) {
    StringBuilder out = new StringBuilder();
    out.append(d.severity().label())
        .append('[')
        .append(d.code())
        .append("]: ")
        .append(d.message())
        .append('\n');
    if (d.span().isEmpty()) {
      d.hint().ifPresent(h -> out.append("  = hint: ").append(h).append('\n'));
      return out.toString();
    }
    SourceSpan span = d.span().get();
    if (!excerpt(out, span, source, d.hint())) {
      d.hint().ifPresent(h -> out.append(gutter(span)).append(" = hint: ").append(h).append('\n'));
    }
    return out.toString();
  }

  /** Spaces as wide as the span's line number, to line up the lines after it. */
  static String gutter(SourceSpan span) {
    return " ".repeat(Integer.toString(span.line()).length());
  }

  /**
   * Appends where the span stands ({@code --> file:line:column}) and, when the source holds its
   * line, that line with a caret under the span and the note after the caret. Returns false when
   * the line is not shown (no source, another file, or a line past its end).
   */
  static boolean excerpt(StringBuilder out, SourceSpan span, Optional<SourceText> source, Optional<String> note) {
    Optional<SourceText> lines =
        source.filter(s -> s.name().equals(span.source()) && s.lineLength(span.line()) >= 0);
    String number = Integer.toString(span.line());
    String gutter = gutter(span);
    out.append(gutter).append("--> ").append(span).append('\n');
    if (lines.isEmpty()) {
      return false;
    }
    int length = lines.get().lineLength(span.line());
    int start = Math.min(span.column() - 1, length);
    String text;
    if (length <= MAX_SHOWN) {
      text = lines.get().linePart(span.line(), 0, length);
    } else {
      int from = Math.max(0, Math.min(start - MAX_SHOWN / 3, length - MAX_SHOWN));
      String prefix = from > 0 ? "…" : "";
      String suffix = from + MAX_SHOWN < length ? "…" : "";
      text = prefix + lines.get().linePart(span.line(), from, MAX_SHOWN) + suffix;
      start = start - from + prefix.length();
    }
    int width = Math.max(1, Math.min(span.length(), text.length() - start));
    // Control characters and bidirectional overrides in the line are shown escaped (a terminal
    // escape in a file must not reach the terminal); the caret moves with the text it points at.
    int end = Math.min(text.length(), start + width);
    StringBuilder shown = new StringBuilder(text.length());
    int shownStart = start;
    int shownEnd = end;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String piece = c == '\t' ? " " : ShownText.hidden(c, false) ? ShownText.visible(String.valueOf(c)) : null;
      if (piece == null) {
        shown.append(c);
        continue;
      }
      shown.append(piece);
      int extra = piece.length() - 1;
      if (i < start) {
        shownStart += extra;
      }
      if (i < end) {
        shownEnd += extra;
      }
    }
    out.append(gutter).append(" |\n");
    out.append(number).append(" | ").append(shown).append('\n');
    out.append(gutter).append(" | ").append(" ".repeat(shownStart)).append("^".repeat(Math.max(1, shownEnd - shownStart)));
    note.ifPresent(n -> out.append(' ').append(n));
    out.append('\n');
    return true;
  }
}
