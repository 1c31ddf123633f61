package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number written in a file (a weight, a threshold, an option value, an example's score, a value
 * in a SAMM YAML file), bounded before it is converted: {@link BigDecimal} parses a million digits
 * in seconds and expands {@code 1e100000000} into a hundred million, so a literal is read only when
 * it and its plain form ({@code 100}, not {@code 1e2}) have at most {@link #MAX_LENGTH}
 * characters.
 */
public final class DecimalLiteral {
  /** The most characters a number, and its plain form, may have. */
  public static final int MAX_LENGTH = 64;

  /** How many characters of a number too long are shown in a message. */
  private static final int SHOWN = 24;

  private static final Pattern SYNTAX = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private DecimalLiteral() {}

  /**
   * Why the literal cannot be read as a number, in words naming it (shortened), or empty when
   * {@link #parse} reads it.
   */
  public static Optional<String> problem(String literal) {
    checkNotNull(literal, "literal");
    if (literal.length() > MAX_LENGTH) {
      return Optional.of("the number " + shown(literal) + " is " + literal.length()
          + " characters long; a number has at most " + MAX_LENGTH);
    }
    if (!SYNTAX.matcher(literal).matches()) {
      return Optional.of(shown(literal) + " is not a number");
    }
    int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
    if (e >= 0) {
      String exponent = literal.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
      if (exponent.length() > 3 || Integer.parseInt(exponent) > MAX_LENGTH) {
        return Optional.of("the number " + shown(literal) + " has an exponent too large: written out, a number has"
            + " at most " + MAX_LENGTH + " characters");
      }
    }
    if (new BigDecimal(literal).toPlainString().length() > MAX_LENGTH) {
      return Optional.of("the number " + shown(literal) + " has more than " + MAX_LENGTH
          + " characters written out");
    }
    return Optional.empty();
  }

  /**
   * The literal's value, when {@link #problem} finds none; a whole number written with an exponent
   * ({@code 1e2}) has scale 0, as if written out ({@code 100}).
   */
  public static Optional<BigDecimal> parse(String literal) {
    if (problem(literal).isPresent()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(literal);
    return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
  }

  /** The literal as a message shows it: quoted, cut with an ellipsis past a few characters. */
  private static String shown(String literal) {
    return ShownText.quoted(literal, SHOWN);
  }
}
