/**
 * svmi's maturity models and their evaluation: build a {@link io.svmi.MaturityModel}, evaluate
 * {@link io.svmi.Assessment}s against it, read the {@link io.svmi.Evaluation} and its action plan.
 *
 * <p>The one exported package is {@code io.svmi}. Guava's immutable collections and JSpecify's
 * nullness annotations appear in its API, so a module that reads this one reads them too.
 */
module io.svmi.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;

  exports io.svmi;
}
