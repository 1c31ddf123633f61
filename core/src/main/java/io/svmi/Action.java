package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What to do to move one question up to one level: "to reach Leader on A1, develop a strategy…".
 *
 * <p>In an {@link ActionPlan}, a step the model gives no text for appears with an empty text (the
 * compiler warns about such steps, code {@link DiagnosticCode#W0302}); {@link #hasText()} tells
 * them apart so renderers can leave them out, as the published SVMI plans do.
 */
public record Action(String dimensionId, String questionId, Level level, String text) {
  public Action {
    checkNotNull(dimensionId, "dimensionId");
    checkNotNull(questionId, "questionId");
    checkNotNull(level, "level");
    checkNotNull(text, "text");
  }

  public boolean hasText() {
    return !text.isEmpty();
  }
}
