package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.Level;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An assessment and the same assessment with some answers raised to options of higher levels or
 * values (targets and target answers unchanged). {@link #changes()} says which.
 *
 * @param before the assessment
 * @param after the same assessment with the answers raised
 * @param changes the raised answers, one per question
 */
public record Improvement(Assessment before, Assessment after, ImmutableList<Change> changes) {

  /**
   * One raised answer: from an option (or no answer) to an option of a higher level or value, with
   * the question's level before and after (a valued question's may stay where it was).
   *
   * @param questionId the question
   * @param fromOption the option answered before, or empty when it was unanswered
   * @param from the question's level before
   * @param toOption the option answered after
   * @param to the question's level after
   */
  public record Change(String questionId, Optional<String> fromOption, Level from, String toOption, Level to) {
    /**
     * Checks that no part is null.
     *
     * @param questionId the question
     * @param fromOption the option answered before, or empty when it was unanswered
     * @param from the question's level before
     * @param toOption the option answered after
     * @param to the question's level after
     */
    public Change {
      checkNotNull(questionId);
      checkNotNull(fromOption);
      checkNotNull(from);
      checkNotNull(toOption);
      checkNotNull(to);
    }

    @Override
    public String toString() {
      return questionId + ": " + fromOption.map(o -> "'" + o + "'").orElse("unanswered") + " (" + from.name()
          + ") -> '" + toOption + "' (" + to.name() + ")";
    }
  }

  /**
   * Checks that no part is null.
   *
   * @param before the assessment
   * @param after the same assessment with the answers raised
   * @param changes the raised answers, one per question
   */
  public Improvement {
    checkNotNull(before);
    checkNotNull(after);
    checkNotNull(changes);
  }

  @Override
  public String toString() {
    return Describe.assessment(before) + "\nraised:\n"
        + changes.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }
}
