package io.svmi.testkit;

/** A law of evaluation does not hold: the message names the law and what broke it. */
public final class LawViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The law that does not hold. */
  private final Law law;

  LawViolation(Law law, String what) {
    super(law + ": " + what);
    this.law = law;
  }

  LawViolation(Law law, String what, Throwable cause) {
    super(law + ": " + what, cause);
    this.law = law;
  }

  /** {@return the law that does not hold} */
  public Law law() {
    return law;
  }
}
