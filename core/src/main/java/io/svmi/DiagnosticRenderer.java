package io.svmi;

import java.util.Optional;

/** Renders a diagnostic in the one format used everywhere (see {@link Diagnostic}). */
final class DiagnosticRenderer {
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
    Optional<String> line =
        source.filter(s -> s.name().equals(span.source())).flatMap(s -> s.line(span.line()));
    String number = Integer.toString(span.line());
    String gutter = " ".repeat(number.length());
    out.append(gutter).append("--> ").append(span).append('\n');
    if (line.isEmpty()) {
      d.hint().ifPresent(h -> out.append(gutter).append(" = hint: ").append(h).append('\n'));
      return out.toString();
    }
    String text = line.get();
    out.append(gutter).append(" |\n");
    out.append(number).append(" | ").append(text.replace('\t', ' ')).append('\n');
    int start = Math.min(span.column() - 1, text.length());
    int width = Math.max(1, Math.min(span.length(), text.length() - start));
    out.append(gutter).append(" | ").append(" ".repeat(start)).append("^".repeat(width));
    d.hint().ifPresent(h -> out.append(' ').append(h));
    out.append('\n');
    return out.toString();
  }
}
