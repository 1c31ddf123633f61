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
 */
public record Improvement(Assessment before, Assessment after, ImmutableList<Change> changes) {

  /**
   * One raised answer: from an option (or no answer) to an option of a higher level or value, with
   * the question's level before and after (a valued question's may stay where it was).
   */
  public record Change(String questionId, Optional<String> fromOption, Level from, String toOption, Level to) {
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
