package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One thing asked within a {@link Dimension}: its answer {@link Option}s by id (in declaration
 * order), the {@link Action} texts that move it up, by level id (lowest level first), and its
 * weight for weighted combinations (1 unless declared) and, optionally, the level it belongs to
 * ({@code at l1}: a SAMM activity's maturity level), used by {@code sum of means by level} and by
 * the action plan of valued questions. {@code answerSet} names the {@link AnswerSet} its options
 * come from, when it uses one ({@code question … answers F}).
 *
 * <p>An {@code indicator} ({@code indicator A1a-1 "…" at achieved}, in a dimension graded by
 * {@link Combination#INDICATORS}) is a statement that holds or not: its options are {@link #MET}
 * and {@link #NOT_MET}, and its {@code at} level is the column it stands in. Met places it at its
 * column; not met one level below; an indicator of the lowest column (a "not achieved" statement)
 * is met at the lowest level and not met one above it.
 */
public record Question(
    String id,
    String text,
    BigDecimal weight,
    ImmutableMap<String, Option> options,
    ImmutableMap<String, Action> actions,
    Optional<Level> at,
    Optional<String> answerSet,
    boolean indicator) {

  /** The option of an indicator that says its statement holds. */
  public static final String MET = "met";

  /** The option of an indicator that says its statement does not hold. */
  public static final String NOT_MET = "not_met";

  public Question {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(weight, "weight");
    checkNotNull(options, "options");
    checkNotNull(actions, "actions");
    checkNotNull(at, "at");
    checkNotNull(answerSet, "answerSet");
  }

  /** A question (not an indicator), with options of its own or of an answer set. */
  public Question(
      String id,
      String text,
      BigDecimal weight,
      ImmutableMap<String, Option> options,
      ImmutableMap<String, Action> actions,
      Optional<Level> at,
      Optional<String> answerSet) {
    this(id, text, weight, options, actions, at, answerSet, false);
  }

  /** A question with options of its own. */
  public Question(
      String id,
      String text,
      BigDecimal weight,
      ImmutableMap<String, Option> options,
      ImmutableMap<String, Action> actions,
      Optional<Level> at) {
    this(id, text, weight, options, actions, at, Optional.empty());
  }

  /** A question that belongs to no level. */
  public Question(
      String id,
      String text,
      BigDecimal weight,
      ImmutableMap<String, Option> options,
      ImmutableMap<String, Action> actions) {
    this(id, text, weight, options, actions, Optional.empty());
  }

  /** True when its options give values rather than levels. */
  public boolean isValued() {
    return options.values().stream().anyMatch(o -> o.value().isPresent());
  }

  /** The highest value among its options (zero when none has a value): the answer that completes it. */
  public BigDecimal fullValue() {
    return options.values().stream()
        .flatMap(o -> o.value().stream())
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  public Optional<Option> option(String optionId) {
    return Optional.ofNullable(options.get(optionId));
  }

  /** The action that moves this question up to the given level, if the model gives one. */
  public Optional<Action> action(Level level) {
    return Optional.ofNullable(actions.get(level.id()));
  }
}
