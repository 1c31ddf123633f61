package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An area assessed ({@code A "Policy & Scope"}): its questions by id in order, its weight in a
 * weighted overall combination (1 unless declared) and, optionally, its own rule for combining
 * question levels, overriding the model's {@link Rules#dimensionLevel()}.
 */
public record Dimension(
    String id,
    String name,
    BigDecimal weight,
    Optional<Combination> combination,
    ImmutableMap<String, Question> questions) {

  public Dimension {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(weight, "weight");
    checkNotNull(combination, "combination");
    checkNotNull(questions, "questions");
  }

  public Optional<Question> question(String questionId) {
    return Optional.ofNullable(questions.get(questionId));
  }
}
