/**
 * svmi's maturity models and their evaluation: build a {@link io.svmi.MaturityModel}, evaluate
 * {@link io.svmi.Assessment}s against it, read the {@link io.svmi.Evaluation} and its action plan.
 *
 * <p>The API is package {@code io.svmi}; {@code io.svmi.internal} is exported only to svmi's own
 * modules. Guava's immutable collections and JSpecify's
 * nullness annotations appear in its API, so a module that reads this one reads them too.
 */
module io.svmi.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;

  exports io.svmi;
  // Helpers of svmi's own modules, not API: exported to them only.
  exports io.svmi.internal to io.svmi.dsl, io.svmi.report, io.svmi.junit;
}
