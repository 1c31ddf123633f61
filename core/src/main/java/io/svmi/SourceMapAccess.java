package io.svmi;

import io.svmi.internal.SourceMap;
import java.util.Optional;

/**
 * Hands the builders' {@link SourceMap}s to {@code io.svmi.internal}, where svmi's readers reach
 * them, with no public method on the builders: installed once, when a builder's class loads.
 */
final class SourceMapAccess implements SourceMap.Access {
  static {
    SourceMap.install(new SourceMapAccess());
  }

  private SourceMapAccess() {}

  /** Loads the class, which installs the access (once). */
  static void load() {}

  @Override
  public SourceMap of(ModelBuilder builder) {
    return builder.sources;
  }

  @Override
  public SourceMap of(Assessment.Builder builder) {
    return builder.sources();
  }

  @Override
  public Optional<SourceSpan> whereWritten(MaturityModel model, Example example) {
    return model.positionsOf(example).name();
  }
}
