package io.svmi;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;

/** Helpers over lists of diagnostics: sorting, filtering, rendering. */
public final class Diagnostics {
  private Diagnostics() {}

  /** The diagnostics in reporting order ({@link Diagnostic#ORDER}, stable). */
  public static ImmutableList<Diagnostic> sorted(Collection<Diagnostic> diagnostics) {
    return ImmutableList.sortedCopyOf(Diagnostic.ORDER, diagnostics);
  }

  public static ImmutableList<Diagnostic> errors(Collection<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).collect(ImmutableList.toImmutableList());
  }

  public static boolean hasErrors(Collection<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * Renders each diagnostic (with its source line and caret when the source is given), separated
   * by blank lines, followed by a summary line such as {@code 2 errors, 1 warning}.
   */
  public static String render(Collection<Diagnostic> diagnostics, Optional<SourceText> source) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(source.map(d::render).orElseGet(d::render)).append('\n');
    }
    out.append(summary(diagnostics));
    return out.toString();
  }

  /** {@code 1 error, 2 warnings}; {@code no problems} for none. */
  public static String summary(Collection<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (errors == 0 && warnings == 0) {
      return "no problems";
    }
    StringBuilder s = new StringBuilder();
    if (errors > 0) {
      s.append(errors).append(errors == 1 ? " error" : " errors");
    }
    if (warnings > 0) {
      s.append(errors > 0 ? ", " : "").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    return s.toString();
  }
}
