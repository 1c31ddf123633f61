package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found in a rules file, a model or an assessment: a stable {@link DiagnosticCode}
 * (which fixes the {@link Severity}), a message in the author's words, where it is (when known) and
 * an optional hint such as "did you mean 'leader'?".
 *
 * <p>{@link #render(SourceText)} gives the rendered form used by the command line and by exception
 * messages alike:
 *
 * <pre>
 * error[E0203]: unknown level 'leadr'
 *   --&gt; svmi.svmi:42:8
 *    |
 * 42 |     to leadr "Develop a strategy…"
 *    |        ^^^^^ did you mean 'leader'?
 * </pre>
 */
public record Diagnostic(
    DiagnosticCode code, String message, Optional<SourceSpan> span, Optional<String> hint) {

  /**
   * The order diagnostics are reported in: those with a position first, by position; the others
   * after them. Diagnostics this order calls equal keep the order they were found in (sort stably).
   */
  public static final Comparator<Diagnostic> ORDER =
      (a, b) -> {
        if (a.span.isPresent() && b.span.isPresent()) {
          return a.span.get().compareTo(b.span.get());
        }
        return Boolean.compare(a.span.isEmpty(), b.span.isEmpty());
      };

  public Diagnostic {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkNotNull(span, "span");
    checkNotNull(hint, "hint");
    checkArgument(hint.isEmpty() || !hint.get().isBlank(), "a hint says something: %s", code);
  }

  public static Diagnostic of(DiagnosticCode code, String message) {
    return new Diagnostic(code, message, Optional.empty(), Optional.empty());
  }

  public static Diagnostic of(DiagnosticCode code, String message, Optional<SourceSpan> span) {
    return new Diagnostic(code, message, span, Optional.empty());
  }

  public Diagnostic withHint(String hint) {
    return new Diagnostic(code, message, span, Optional.of(hint));
  }

  public Severity severity() {
    return code.severity();
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** Renders this diagnostic with the source line and a caret under its span. */
  public String render(SourceText source) {
    return DiagnosticRenderer.render(this, Optional.of(source));
  }

  /** Renders this diagnostic without source lines: header, position and hint. */
  public String render() {
    return DiagnosticRenderer.render(this, Optional.empty());
  }

  /** One line: {@code error[E0203] svmi.svmi:42:8: unknown level 'leadr'}. */
  @Override
  public String toString() {
    return severity().label()
        + "["
        + code
        + "]"
        + span.map(s -> " " + s + ":").orElse(":")
        + " "
        + message
        + hint.map(h -> " (" + h + ")").orElse("");
  }
}
