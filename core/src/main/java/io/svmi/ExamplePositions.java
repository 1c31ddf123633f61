package io.svmi;

import com.google.common.collect.ImmutableList;
import io.svmi.internal.SourceMap;
import io.svmi.internal.SourceMap.Part;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the parts of an {@link Example} were written, kept beside it (an example is its content
 * alone): each list is parallel to the example's list of the same name. The model keeps one per
 * example, so that the checks' diagnostics and the examples' mismatches point at their lines.
 *
 * @param name where the example's name was written
 * @param profile where {@code profile baseline} was written
 */
record ExamplePositions(
    Optional<SourceSpan> name,
    ImmutableList<Optional<SourceSpan>> answers,
    ImmutableList<Optional<SourceSpan>> targets,
    ImmutableList<Optional<SourceSpan>> targetAnswers,
    Optional<SourceSpan> profile,
    ImmutableList<Optional<SourceSpan>> levels,
    ImmutableList<Optional<SourceSpan>> actions) {

  /** An example's positions when none are known (an example built in Java). */
  static ExamplePositions none(Example e) {
    return take(e, new SourceMap());
  }

  /**
   * The example's positions, taken from a builder's source map: under the example's name, its
   * parts (and each part by what it names, such as the question of an answer).
   */
  static ExamplePositions take(Example e, SourceMap sources) {
    String name = e.name();
    return new ExamplePositions(
        sources.take(Part.EXAMPLE, name),
        each(e.answers(), a -> sources.take(Part.ANSWER, name, a.questionId())),
        each(e.targets(), t -> t.dimensionId().isPresent()
            ? sources.take(Part.TARGET, name, t.dimensionId().get())
            : sources.take(Part.OVERALL_TARGET, name)),
        each(e.targetAnswers(), a -> sources.take(Part.TARGET_ANSWER, name, a.questionId())),
        e.profile().isPresent() ? sources.take(Part.PROFILE_CHOICE, name) : Optional.empty(),
        each(e.levels(), l -> sources.take(Part.EXPECTED_LEVEL, name, l.subject())),
        each(e.actions(), a -> sources.take(Part.EXPECTED_ACTIONS, name, a.dimensionId(), a.levelId())));
  }

  private static <T> ImmutableList<Optional<SourceSpan>> each(List<T> parts, Function<T, Optional<SourceSpan>> take) {
    return parts.stream().map(take).collect(ImmutableList.toImmutableList());
  }

  /** Where an expectation was written, else the example's name. */
  Optional<SourceSpan> level(int i) {
    return levels.get(i).or(this::name);
  }

  /** Where an expected cell of actions was written, else the example's name. */
  Optional<SourceSpan> actions(int i) {
    return actions.get(i).or(this::name);
  }
}
