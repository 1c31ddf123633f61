package io.svmi;

/** How serious a {@link Diagnostic} is. An error stops a model or assessment from being built. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word used when rendering: {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}
