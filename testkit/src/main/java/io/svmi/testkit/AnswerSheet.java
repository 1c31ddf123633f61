package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.MaturityModel;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Raw answers by id, as a host reads them from a file: right, misspelt, repeated or missing. What
 * {@link SvmiArbitraries#answerSheets} generates to check that bad input always gives diagnostics.
 *
 * @param answers question and option ids, in the order given
 * @param targets dimension and level ids, in the order given
 * @param overallTarget a level id, when one is given
 * @param targetAnswers question and option ids of target answers, in the order given
 */
public record AnswerSheet(
    ImmutableList<Entry> answers,
    ImmutableList<Entry> targets,
    Optional<String> overallTarget,
    ImmutableList<Entry> targetAnswers) {

  /**
   * A question and an option id, or a dimension and a level id.
   *
   * @param key the question or dimension id
   * @param value the option or level id
   */
  public record Entry(String key, String value) {
    /**
     * Checks that neither part is null.
     *
     * @param key the question or dimension id
     * @param value the option or level id
     */
    public Entry {
      checkNotNull(key);
      checkNotNull(value);
    }

    @Override
    public String toString() {
      return "\"" + key + "\": \"" + value + "\"";
    }
  }

  /**
   * Checks that no part is null.
   *
   * @param answers question and option ids, in the order given
   * @param targets dimension and level ids, in the order given
   * @param overallTarget a level id, when one is given
   * @param targetAnswers question and option ids of target answers, in the order given
   */
  public AnswerSheet {
    checkNotNull(answers);
    checkNotNull(targets);
    checkNotNull(overallTarget);
    checkNotNull(targetAnswers);
  }

  /**
   * An assessment builder of the model with every entry of this sheet, in order.
   *
   * @param model the model the sheet answers
   * @return a builder holding every entry, not yet built
   */
  public Assessment.Builder toBuilder(MaturityModel model) {
    Assessment.Builder b = model.assessment();
    answers.forEach(e -> b.answer(e.key(), e.value()));
    targets.forEach(e -> b.target(e.key(), e.value()));
    overallTarget.ifPresent(b::overallTarget);
    targetAnswers.forEach(e -> b.targetAnswer(e.key(), e.value()));
    return b;
  }

  @Override
  public String toString() {
    return "answers " + answers.stream().map(Entry::toString).collect(Collectors.joining(", ", "{", "}"))
        + "\ntargets " + targets.stream().map(Entry::toString).collect(Collectors.joining(", ", "{", "}"))
        + overallTarget.map(o -> "\noverall target \"" + o + "\"").orElse("")
        + (targetAnswers.isEmpty() ? ""
            : "\ntarget answers " + targetAnswers.stream().map(Entry::toString).collect(Collectors.joining(", ", "{", "}")));
  }
}
