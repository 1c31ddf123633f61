package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One thing asked within a {@link Dimension}: its answer {@link Option}s by id (in declaration
 * order), the {@link Action} texts that move it up, by level id (lowest level first), and its
 * weight for weighted combinations (1 unless declared).
 */
public record Question(
    String id,
    String text,
    BigDecimal weight,
    ImmutableMap<String, Option> options,
    ImmutableMap<String, Action> actions) {

  public Question {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(weight, "weight");
    checkNotNull(options, "options");
    checkNotNull(actions, "actions");
  }

  public Optional<Option> option(String optionId) {
    return Optional.ofNullable(options.get(optionId));
  }

  /** The action that moves this question up to the given level, if the model gives one. */
  public Optional<Action> action(Level level) {
    return Optional.ofNullable(actions.get(level.id()));
  }
}
