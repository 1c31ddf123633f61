package io.svmi.testkit;

/**
 * A property did not hold: the message names the property, the seed to rerun it with, and the
 * minimal value found by shrinking; the cause is what that value made the check throw.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final long seed;
  private final String minimalValue;

  PropertyFailure(String message, long seed, String minimalValue, Throwable cause) {
    super(message, cause);
    this.seed = seed;
    this.minimalValue = minimalValue;
  }

  /** The seed that found the failure; {@code -Dsvmi.testkit.seed=<seed>} replays it. */
  public long seed() {
    return seed;
  }

  /** The shrunk value, as described in the message. */
  public String minimalValue() {
    return minimalValue;
  }
}
