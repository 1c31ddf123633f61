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
 */
public record Question(
    String id,
    String text,
    BigDecimal weight,
    ImmutableMap<String, Option> options,
    ImmutableMap<String, Action> actions,
    Optional<Level> at,
    Optional<String> answerSet) {

  public Question {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(weight, "weight");
    checkNotNull(options, "options");
    checkNotNull(actions, "actions");
    checkNotNull(at, "at");
    checkNotNull(answerSet, "answerSet");
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
