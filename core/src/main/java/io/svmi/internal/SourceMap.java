package io.svmi.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.Example;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.SourceSpan;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the declarations given to a builder were written, kept beside them and not in them, as
 * CEL keeps positions in its {@code CelSource}: the builders' API and the values they build carry
 * no positions, and a reader of a file (the rules language, an answers file) records here where
 * each declaration was written, so that the diagnostics of the builder's checks point into it.
 *
 * <p>A position is recorded under a key: what it is the position of (a {@link Part}) and the ids
 * that name the declaration ({@code QUESTION, "A1"}; {@code OPTION, "A1", "yes"}). The reader
 * records it just before it gives the declaration to the builder, which takes it on receiving the
 * declaration. The n-th declaration under a key takes the n-th position recorded under it, so two
 * questions with the same id (which the checks report, both) each keep their own.
 *
 * <p>Not API: svmi's own readers reach a builder's map with {@link #of(ModelBuilder)} and {@link
 * #of(Assessment.Builder)}, and a model's record of where its examples were written with {@link
 * #whereWritten}. Not thread-safe, as the builders are not.
 */
public final class SourceMap {
  /** What a recorded position is the position of. */
  public enum Part {
    /** The model's name: no ids. */
    MODEL_NAME,
    /** A level's id: its id. */
    LEVEL,
    /** A level's threshold ({@code from 1}): the level's id. */
    THRESHOLD,
    /** A rule's value: the rule's words ("overall level"). */
    RULE,
    /** The level of {@code unanswered = l}: no ids. */
    UNANSWERED,
    /** A group's id: its id. */
    GROUP,
    /** A dimension's id: its id. */
    DIMENSION,
    /** A dimension's weight: the dimension's id. */
    DIMENSION_WEIGHT,
    /** A dimension's own level rule: the dimension's id. */
    DIMENSION_COMBINATION,
    /** A question's or an indicator's id: its id. */
    QUESTION,
    /** A question's weight: the question's id. */
    QUESTION_WEIGHT,
    /** A question's {@code at} level: the question's id. */
    QUESTION_AT,
    /** The answer set a question uses: the question's id. */
    QUESTION_ANSWERS,
    /** An option's id: its question's or answer set's id, and its id. */
    OPTION,
    /** An option's level: its question's or answer set's id, and its id. */
    OPTION_LEVEL,
    /** An option's value: its question's or answer set's id, and its id. */
    OPTION_VALUE,
    /** An action's level: the question's id and the level's. */
    ACTION,
    /** An answer set's id: its id. */
    ANSWER_SET,
    /** A profile's id: its id. */
    PROFILE,
    /** A profile's target's dimension: the profile's id and the dimension's. */
    PROFILE_DIMENSION,
    /** A profile's target's level: the profile's id and the dimension's. */
    PROFILE_LEVEL,
    /** A language's id: its id. */
    LANGUAGE,
    /** A translation's language: the language's id. */
    TRANSLATION,
    /** A translated text: the language's id, then the ids of what it translates (none for the model's name). */
    TRANSLATED,
    /** An example's name: the name. */
    EXAMPLE,
    /** An answer (the example's name, if any, then the question's id). */
    ANSWER,
    /** A target (the example's name, if any, then the dimension's id). */
    TARGET,
    /** The overall target (the example's name, if any). */
    OVERALL_TARGET,
    /** A target answer (the example's name, if any, then the question's id). */
    TARGET_ANSWER,
    /** The profile an assessment names (the example's name, if any). */
    PROFILE_CHOICE,
    /** An example's expected level: the example's name and what is expected ("dimension A"). */
    EXPECTED_LEVEL,
    /** An example's expected cell of actions: the example's name, the dimension's and the level's id. */
    EXPECTED_ACTIONS
  }

  /**
   * A declaration's key. Its {@code equals} and {@code hashCode} are written out, not generated:
   * a record's generated ones are bootstrapped through method handles the first time they run,
   * which costs every short command about 13 ms of start-up (docs/performance.md, "Start-up").
   */
  private record Key(Part part, ImmutableList<String> ids) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key key && part == key.part && ids.equals(key.ids);
    }

    @Override
    public int hashCode() {
      return 31 * part.hashCode() + ids.hashCode();
    }
  }

  private final Map<Key, ArrayDeque<SourceSpan>> recorded = new HashMap<>();

  /** Records where the next declaration under the key was written. */
  public SourceMap put(SourceSpan span, Part part, String... ids) {
    recorded.computeIfAbsent(key(part, ids), k -> new ArrayDeque<>()).add(checkNotNull(span, "span"));
    return this;
  }

  /**
   * Where the declaration the builder is receiving was written: the first position recorded under
   * its key and not taken yet, which it takes; empty when none was recorded (a builder used from
   * Java).
   */
  public Optional<SourceSpan> take(Part part, String... ids) {
    if (recorded.isEmpty()) {
      return Optional.empty();   // the builders' usual case, with no allocation
    }
    Key key = key(part, ids);
    ArrayDeque<SourceSpan> spans = recorded.get(key);
    if (spans == null) {
      return Optional.empty();
    }
    SourceSpan span = spans.poll();
    if (spans.isEmpty()) {
      recorded.remove(key);
    }
    return Optional.ofNullable(span);
  }

  private static Key key(Part part, String... ids) {
    return new Key(checkNotNull(part, "part"), ImmutableList.copyOf(ids));
  }

  /** The source map of a model builder: what a reader records there positions its declarations. */
  public static SourceMap of(ModelBuilder builder) {
    return access().of(checkNotNull(builder, "builder"));
  }

  /** The source map of an assessment builder: what a reader records there positions its answers and targets. */
  public static SourceMap of(Assessment.Builder builder) {
    return access().of(checkNotNull(builder, "builder"));
  }

  /**
   * Where one of a model's examples was written (its name), when it was read from a file: for
   * tools that show it, such as an IDE jumping to an example's test.
   */
  public static Optional<SourceSpan> whereWritten(MaturityModel model, Example example) {
    return access().whereWritten(checkNotNull(model, "model"), checkNotNull(example, "example"));
  }

  /**
   * How core hands a builder's map to this package without a public method on the builder (as
   * the JDK's {@code SharedSecrets}): core installs it once, when its builders' classes load.
   */
  public interface Access {
    SourceMap of(ModelBuilder builder);

    SourceMap of(Assessment.Builder builder);

    Optional<SourceSpan> whereWritten(MaturityModel model, Example example);
  }

  private static @Nullable Access access;

  /**
   * Installs core's access; called once by core.
   *
   * @throws IllegalStateException if it is installed already
   */
  public static synchronized void install(Access installed) {
    checkState(access == null, "the source maps' access is installed already");
    access = checkNotNull(installed, "access");
  }

  private static synchronized Access access() {
    if (access == null) {
      // Only a model read from a file has positions: one was built, and its builder's class installed the access.
      try {
        Class.forName(ModelBuilder.class.getName(), true, SourceMap.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return checkNotNull(access, "core has not installed the source maps' access");
  }
}
