package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An assessment does not fit its model: unknown questions, options, dimensions or levels, missing
 * or repeated answers. Carries every problem found, as diagnostics, in one exception; its message
 * is their rendering.
 */
public final class AssessmentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Diagnostic> diagnostics;

  public AssessmentException(ImmutableList<Diagnostic> diagnostics, Optional<SourceText> source) {
    super(Diagnostics.render(diagnostics, source));
    checkArgument(!diagnostics.isEmpty(), "an AssessmentException needs a diagnostic");
    this.diagnostics = diagnostics;
  }

  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
