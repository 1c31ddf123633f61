package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The outcome of building a model: the model when there is no error, and every diagnostic found
 * (warnings too), sorted by position. Never both absent: no model means at least one error.
 *
 * @param source the source the model came from, when there is one, for rendering diagnostics
 */
public record ModelResult(
    Optional<MaturityModel> model,
    ImmutableList<Diagnostic> diagnostics,
    Optional<SourceText> source) {

  public ModelResult {
    checkNotNull(model, "model");
    checkNotNull(diagnostics, "diagnostics");
    checkNotNull(source, "source");
    checkArgument(
        model.isPresent() != Diagnostics.hasErrors(diagnostics),
        "a result has a model exactly when it has no error");
  }

  public boolean hasErrors() {
    return model.isEmpty();
  }

  public ImmutableList<Diagnostic> errors() {
    return Diagnostics.errors(diagnostics);
  }

  public ImmutableList<Diagnostic> warnings() {
    return diagnostics.stream()
        .filter(d -> !d.isError())
        .collect(ImmutableList.toImmutableList());
  }

  /** The model, or a {@link ModelException} carrying every diagnostic. */
  public MaturityModel orElseThrow() {
    return model.orElseThrow(() -> new ModelException(diagnostics, source));
  }

  /** All diagnostics rendered with source lines and carets, and a summary line. */
  public String render() {
    return Diagnostics.render(diagnostics, source);
  }
}
