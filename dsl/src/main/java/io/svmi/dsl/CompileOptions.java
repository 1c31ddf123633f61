package io.svmi.dsl;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits that protect a host compiling untrusted rules files. Immutable; build with {@link
 * #builder()} or take {@link #defaults()}.
 *
 * <ul>
 *   <li>{@link #maxInputBytes()}: the largest input, in bytes of UTF-8 (default 8 MiB); a larger
 *       input is reported as E0105 and not read further;
 *   <li>{@link #maxNestingDepth()}: how many <code>&#123;</code> blocks may be open at once (default 64; the
 *       language itself needs 2); deeper input is reported as E0106 and not parsed;
 *   <li>{@link #maxErrors()}: how many errors are reported (default 50); past it, E0107 says the
 *       compiler stopped.
 * </ul>
 */
public final class CompileOptions {
  /** 8 MiB. */
  public static final int DEFAULT_MAX_INPUT_BYTES = 8 * 1024 * 1024;

  /** 64 blocks open at once (the language itself needs 2). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** 50 errors. */
  public static final int DEFAULT_MAX_ERRORS = 50;

  private static final CompileOptions DEFAULTS = builder().build();

  private final int maxInputBytes;
  private final int maxNestingDepth;
  private final int maxErrors;

  private CompileOptions(Builder b) {
    this.maxInputBytes = b.maxInputBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxErrors = b.maxErrors;
  }

  /** {@return the default limits} */
  public static CompileOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the default limits} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the largest input, in bytes of UTF-8} */
  public int maxInputBytes() {
    return maxInputBytes;
  }

  /** {@return how many blocks may be open at once} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return how many errors are reported before the compiler stops} */
  public int maxErrors() {
    return maxErrors;
  }

  /** {@return a builder starting from these options} */
  public Builder toBuilder() {
    return new Builder().maxInputBytes(maxInputBytes).maxNestingDepth(maxNestingDepth).maxErrors(maxErrors);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompileOptions other
        && maxInputBytes == other.maxInputBytes
        && maxNestingDepth == other.maxNestingDepth
        && maxErrors == other.maxErrors;
  }

  @Override
  public int hashCode() {
    return (maxInputBytes * 31 + maxNestingDepth) * 31 + maxErrors;
  }

  @Override
  public String toString() {
    return "CompileOptions[maxInputBytes=" + maxInputBytes + ", maxNestingDepth=" + maxNestingDepth
        + ", maxErrors=" + maxErrors + "]";
  }

  /** Builds {@link CompileOptions}; every limit must be at least 1. Not thread-safe. */
  public static final class Builder {
    private int maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxErrors = DEFAULT_MAX_ERRORS;

    private Builder() {}

    /**
     * Sets the largest input.
     *
     * @param bytes the largest input, in bytes of UTF-8
     * @return this builder
     */
    public Builder maxInputBytes(int bytes) {
      checkArgument(bytes >= 1, "maxInputBytes must be at least 1: %s", bytes);
      this.maxInputBytes = bytes;
      return this;
    }

    /**
     * Sets how many blocks may be open at once.
     *
     * @param depth the deepest nesting
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      checkArgument(depth >= 1, "maxNestingDepth must be at least 1: %s", depth);
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets how many errors are reported.
     *
     * @param errors the most errors reported
     * @return this builder
     */
    public Builder maxErrors(int errors) {
      checkArgument(errors >= 1, "maxErrors must be at least 1: %s", errors);
      this.maxErrors = errors;
      return this;
    }

    /** {@return the options} */
    public CompileOptions build() {
      return new CompileOptions(this);
    }
  }
}
