package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Thrown when a model cannot be built; carries every diagnostic found (errors and warnings),
 * already sorted. Its message is the rendered diagnostics, with source lines when the source is
 * known.
 */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Diagnostic> diagnostics;

  public ModelException(ImmutableList<Diagnostic> diagnostics, Optional<SourceText> source) {
    super(Diagnostics.render(diagnostics, source));
    checkArgument(
        diagnostics.stream().anyMatch(Diagnostic::isError), "a ModelException needs an error");
    this.diagnostics = diagnostics;
  }

  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public ImmutableList<Diagnostic> errors() {
    return Diagnostics.errors(diagnostics);
  }
}
