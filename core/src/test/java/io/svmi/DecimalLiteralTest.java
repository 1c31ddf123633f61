package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A number written in a file is read only when it, and its plain form, have at most 64
 * characters: exactly 64 is read, 65 is refused, each in words that say which bound it broke.
 */
class DecimalLiteralTest {
  private static final String SIXTY_FOUR_DIGITS = "1" + "0".repeat(63);

  @Test
  void aLiteralOf64Characters_isRead_and65_isTooLong() {
    assertEquals(Optional.empty(), DecimalLiteral.problem(SIXTY_FOUR_DIGITS));
    assertEquals(Optional.of(new BigDecimal(SIXTY_FOUR_DIGITS)), DecimalLiteral.parse(SIXTY_FOUR_DIGITS));
    assertEquals(
        Optional.of("the number '100000000000000000000000…' is 65 characters long; a number has at most 64"),
        DecimalLiteral.problem(SIXTY_FOUR_DIGITS + "0"));
    assertEquals(Optional.empty(), DecimalLiteral.parse(SIXTY_FOUR_DIGITS + "0"));
  }

  @Test
  void anExponent_isReadUpTo64_andItsPlainFormBoundsIt() {
    // 1e63 is written out in 64 characters: read, with scale 0 as if written out.
    BigDecimal written = DecimalLiteral.parse("1e63").orElseThrow();
    assertEquals(SIXTY_FOUR_DIGITS, written.toPlainString());
    assertEquals(0, written.scale());
    // 1e64 has an exponent the bound allows, but 65 characters written out.
    assertEquals(Optional.of("the number '1e64' has more than 64 characters written out"), DecimalLiteral.problem("1e64"));
    assertEquals(Optional.of("the number '1E-64' has more than 64 characters written out"), DecimalLiteral.problem("1E-64"));
    // An exponent past 64 is refused before anything is expanded, whatever its leading zeros.
    String tooLarge = "has an exponent too large: written out, a number has at most 64 characters";
    assertEquals(Optional.of("the number '1e65' " + tooLarge), DecimalLiteral.problem("1e65"));
    assertEquals(Optional.of("the number '2e+0000100000000' " + tooLarge), DecimalLiteral.problem("2e+0000100000000"));
    assertEquals(Optional.of(new BigDecimal("250")), DecimalLiteral.parse("2.5e+002"));
  }

  @Test
  void whatIsNotANumber_isSaidSo_andHasNoValue() {
    assertEquals(Optional.of("'1.' is not a number"), DecimalLiteral.problem("1."));
    assertEquals(Optional.of("'one' is not a number"), DecimalLiteral.problem("one"));
    assertEquals(Optional.empty(), DecimalLiteral.parse("1e"));
    assertEquals(Optional.of(new BigDecimal("-0.125")), DecimalLiteral.parse("-0.125"));
    assertEquals(3, DecimalLiteral.parse("-0.125").orElseThrow().scale());
  }
}
