package io.svmi.cli;

import com.google.common.collect.ImmutableList;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.Diagnostics;
import io.svmi.SourceText;
import java.util.Optional;

/**
 * Bad input (an unreadable file, invalid JSON, an answer the model does not know): the command
 * prints the diagnostics, rendered against their source, and exits with status 2.
 */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Diagnostic> diagnostics;

  InputException(ImmutableList<Diagnostic> diagnostics, Optional<SourceText> source) {
    super(Diagnostics.render(diagnostics, source));
    this.diagnostics = diagnostics;
  }

  /** Answers that do not fit the model (or cannot be read): the exception's rendering, as it is. */
  InputException(AssessmentException e) {
    super(e.getMessage(), e);
    this.diagnostics = e.diagnostics();
  }

  InputException(Diagnostic diagnostic) {
    this(ImmutableList.of(diagnostic), Optional.empty());
  }

  ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The diagnostics with source lines and carets, and a summary line. */
  String render() {
    return getMessage();
  }
}
