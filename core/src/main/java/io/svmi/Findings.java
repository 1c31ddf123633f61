package io.svmi;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks of one model found. When a reader left declarations out (a syntax error,
 * reported already: see {@link ModelBuilder#incomplete}), warnings are not kept: a level no option
 * reaches or a question with no option may be only what the reader skipped.
 */
final class Findings {
  private final boolean incomplete;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Findings(boolean incomplete) {
    this.incomplete = incomplete;
  }

  /** True when a reader left declarations out, so that what is missing may be what it skipped. */
  boolean incomplete() {
    return incomplete;
  }

  void report(DiagnosticCode code, String message, Optional<SourceSpan> span) {
    add(Diagnostic.of(code, message, span));
  }

  void report(DiagnosticCode code, String message, Optional<SourceSpan> span, String hint) {
    add(Diagnostic.of(code, message, span).withHint(hint));
  }

  void report(DiagnosticCode code, String message, Optional<SourceSpan> span, Optional<String> hint) {
    add(new Diagnostic(code, message, span, hint));
  }

  /** A repeated declaration: {@code first declared at 3:5} when the first one's place is known. */
  void repeated(DiagnosticCode code, String message, Optional<SourceSpan> span, String words, Optional<SourceSpan> first) {
    report(code, message, span, first.map(s -> words + " " + s.line() + ":" + s.column()));
  }

  void add(Diagnostic d) {
    if (incomplete && !d.isError()) {
      return;
    }
    diagnostics.add(d);
  }

  boolean hasErrors() {
    return errorCount() > 0;
  }

  long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  /** Every diagnostic, sorted by position (stable for those without one). */
  ImmutableList<Diagnostic> sorted() {
    return Diagnostics.sorted(diagnostics);
  }
}
