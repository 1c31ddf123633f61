package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

/**
 * Answer options declared once and used by many questions ({@code answers ID { option … }} in a
 * rules file; OWASP SAMM's answer sets): a question that uses a set has exactly the set's options.
 */
public record AnswerSet(String id, ImmutableMap<String, Option> options) {
  public AnswerSet {
    checkNotNull(id, "id");
    checkNotNull(options, "options");
  }
}
