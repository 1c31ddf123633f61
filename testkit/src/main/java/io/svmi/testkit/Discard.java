package io.svmi.testkit;

/** Thrown by {@link Property#assume} to skip a try whose value does not fit the property. */
final class Discard extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Discard() {
    super("discarded", null, false, false);
  }
}
