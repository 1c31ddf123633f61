package io.svmi.dsl;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Diagnostic;
import io.svmi.Diagnostics;
import io.svmi.ModelException;
import io.svmi.SourceText;
import java.util.Optional;

/**
 * The outcome of {@link Svmi#format}: the canonical text when the file compiles (warnings allowed),
 * and every diagnostic found.
 *
 * @param formatted the formatted text, present exactly when there is no error
 * @param diagnostics every diagnostic, sorted
 * @param source the text that was formatted, for rendering diagnostics
 */
public record FormatResult(Optional<String> formatted, ImmutableList<Diagnostic> diagnostics, SourceText source) {
  /**
   * Checks that the result has a text exactly when it has no error.
   *
   * @param formatted the formatted text, present exactly when there is no error
   * @param diagnostics every diagnostic, sorted
   * @param source the text that was formatted, for rendering diagnostics
   */
  public FormatResult {
    checkNotNull(formatted, "formatted");
    checkNotNull(diagnostics, "diagnostics");
    checkNotNull(source, "source");
    checkArgument(
        formatted.isPresent() != Diagnostics.hasErrors(diagnostics),
        "a format result has a text exactly when it has no error");
  }

  /** {@return true when the text has errors (and so no formatted text)} */
  public boolean hasErrors() {
    return formatted.isEmpty();
  }

  /** {@return true when the file is already formatted (and compiles): what {@code fmt --check} asks} */
  public boolean isUnchanged() {
    return formatted.isPresent() && formatted.get().equals(source.text());
  }

  /**
   * The formatted text, or a {@link ModelException} carrying every diagnostic.
   *
   * @return the formatted text
   * @throws ModelException if the text has errors
   */
  public String orElseThrow() {
    return formatted.orElseThrow(() -> new ModelException(diagnostics, Optional.of(source)));
  }

  /** {@return all diagnostics rendered with source lines and carets, and a summary line} */
  public String render() {
    return Diagnostics.render(diagnostics, Optional.of(source));
  }
}
