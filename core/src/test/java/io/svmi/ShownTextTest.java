package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input shown to a person (ShownText, Diagnostic's bounds, the excerpt's escapes), numbers bounded
 * before they are converted (DecimalLiteral), and files checked before they are opened
 * (SourceFiles): each boundary, exactly.
 */
class ShownTextTest {
  @Test
  void hidden_isEveryControlCharacterOverrideAndSeparator_andNothingElse() {
    for (char c : new char[] {0, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A,
        0x202E, 0x2066, 0x2069}) {
      assertTrue(ShownText.hidden(c, false), Integer.toHexString(c));
    }
    for (char c : new char[] {' ', 'a', '~', 0xA0, 'é', 0x200D, 0x2027, 0x202F, 0x2065, 0x206A, 0x061B, 0x061D}) {
      assertFalse(ShownText.hidden(c, false), Integer.toHexString(c));
    }
    assertTrue(ShownText.hidden('\n', false));
    assertTrue(ShownText.hidden('\t', false));
    assertFalse(ShownText.hidden('\n', true));
    assertFalse(ShownText.hidden('\t', true));
    assertTrue(ShownText.hidden('\r', true));
  }

  @Test
  void visible_escapesWhatIsHidden() {
    assertEquals("plain text", ShownText.visible("plain text"));
    assertEquals("a\\u001B[31mb\\u202Ec\\u0000", ShownText.visible("a\u001b[31mb\u202ec\u0000"));
    assertEquals("\\u001Bx", ShownText.visible("\u001bx"));
    assertEquals("x\\u000Ay", ShownText.visible("x\ny"));
    assertEquals("x\ny\tz\\u000D", ShownText.visible("x\ny\tz\r", true));
    assertEquals("", ShownText.visible(""));
  }

  @Test
  void quotedAndShortened_cutWithAnEllipsis() {
    assertEquals("'abc'", ShownText.quoted("abc"));
    assertEquals("'" + "x".repeat(64) + "'", ShownText.quoted("x".repeat(64)));
    assertEquals("'" + "x".repeat(64) + "…'", ShownText.quoted("x".repeat(65)));
    assertEquals("'ab…'", ShownText.quoted("abc", 2));
    assertEquals("abc", ShownText.shortened("abc", 3));
    assertEquals("ab…", ShownText.shortened("abc", 2));
    assertEquals("a…", ShownText.shortened("a\ud83d\ude00", 2), "a pair is not cut in half");
    assertEquals("\\u001B…", ShownText.shortened("\u001b[2J", 1));
    assertThrows(IllegalArgumentException.class, () -> ShownText.shortened("abc", 0));
  }

  @Test
  void diagnosticMessages_cutQuotedInputAndTheWhole() {
    String id = "q".repeat(100);
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0401, "unknown question '" + id + "'");
    assertEquals("unknown question '" + "q".repeat(64) + "…'", d.message());
    assertEquals("unknown question '" + "q".repeat(64) + "'",
        Diagnostic.of(DiagnosticCode.E0401, "unknown question '" + "q".repeat(64) + "'").message());
    assertEquals("the question's option 'o' (of 'Q'), here", Diagnostic.of(DiagnosticCode.E0402,
        "the question's option 'o' (of 'Q'), here").message(), "apostrophes and punctuation after a quote");
    assertEquals("key 'a\\u001Bb' and 'c'", Diagnostic.of(DiagnosticCode.E0410, "key 'a\u001bb' and 'c'").message());
    assertEquals("an unclosed '" + "z".repeat(64) + "…", Diagnostic.of(DiagnosticCode.E0410,
        "an unclosed '" + "z".repeat(80)).message());
    String long1000 = "w ".repeat(500);
    assertEquals(long1000, Diagnostic.of(DiagnosticCode.E0101, long1000).message());
    String long1001 = long1000 + "x";
    assertEquals(long1000 + "…", Diagnostic.of(DiagnosticCode.E0101, long1001).message());
    assertEquals(Optional.of("did you mean '" + "h".repeat(64) + "…'?"),
        Diagnostic.of(DiagnosticCode.E0401, "m").withHint("did you mean '" + "h".repeat(70) + "'?").hint());
    assertEquals("line one\nline two", Diagnostic.of(DiagnosticCode.E0101, "line one\nline two").message());
  }

  @Test
  void diagnostic_toStringAndRender_showTheMessage() {
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0203, "unknown level 'x'",
        Optional.of(SourceSpan.of("m.svmi", 2, 3, 1))).withHint("did you mean 'y'?");
    assertEquals("error[E0203] m.svmi:2:3: unknown level 'x' (did you mean 'y'?)", d.toString());
    assertEquals("error[E0203]: unknown level 'x'\n --> m.svmi:2:3\n  = hint: did you mean 'y'?\n", d.render());
    assertTrue(Diagnostic.ORDER.compare(d, Diagnostic.of(DiagnosticCode.E0101, "x")) < 0);
    assertTrue(Diagnostic.ORDER.compare(Diagnostic.of(DiagnosticCode.E0101, "x"), d) > 0);
  }

  @Test
  void excerpts_escapeControlCharacters_withTheCaretUnderTheSpan() {
    SourceText source = SourceText.of("m.svmi", "a \"\u001b[2J\" nope\n");
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0203, "unknown level 'nope'",
        Optional.of(SourceSpan.of("m.svmi", 1, 10, 4)));
    String[] lines = d.render(source).split("\n");
    assertEquals("1 | a \"\\u001B[2J\" nope", lines[3]);
    assertEquals("  | " + " ".repeat(14) + "^^^^", lines[4]);
    Diagnostic onEscape = Diagnostic.of(DiagnosticCode.E0104, "unexpected character",
        Optional.of(SourceSpan.of("m.svmi", 1, 4, 1)));
    assertEquals("  | " + " ".repeat(3) + "^^^^^^", onEscape.render(source).split("\n")[4],
        "the caret covers the escape it points at");
  }

  @Test
  void theCaret_coversTheSpanOnly_notAnEscapeRightAfterIt() {
    SourceText source = SourceText.of("m.svmi", "ab\u001bcd\n");
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0203, "unknown level 'ab'", Optional.of(SourceSpan.of("m.svmi", 1, 1, 2)));
    assertEquals("1 | ab\\u001Bcd\n  | ^^\n", d.render(source).substring(d.render(source).indexOf("1 |")));
  }

  @Test
  void anEmptyLine_isShownWithTheHintAfterTheCaret_andALineNotInTheSource_onlyByItsPosition() {
    SourceText source = SourceText.of("m.svmi", "model \"M\"\n\nlevels {\n");
    Diagnostic empty = Diagnostic.of(DiagnosticCode.E0101, "syntax error", Optional.of(SourceSpan.of("m.svmi", 2, 1, 1)))
        .withHint("write a declaration");
    assertEquals("error[E0101]: syntax error\n --> m.svmi:2:1\n  |\n2 | \n  | ^ write a declaration\n",
        empty.render(source));
    Diagnostic past = Diagnostic.of(DiagnosticCode.E0101, "syntax error", Optional.of(SourceSpan.of("m.svmi", 9, 1, 1)))
        .withHint("write a declaration");
    assertEquals("error[E0101]: syntax error\n --> m.svmi:9:1\n  = hint: write a declaration\n", past.render(source));
    Diagnostic elsewhere = Diagnostic.of(DiagnosticCode.E0101, "syntax error",
        Optional.of(SourceSpan.of("other.svmi", 1, 1, 1)));
    assertEquals("error[E0101]: syntax error\n --> other.svmi:1:1\n", elsewhere.render(source));
  }

  @Test
  void aQuoteThatIsNotClosed_orAnApostropheInsideAQuote_isKeptAsWritten() {
    for (String message : List.of("unknown level 'don't know' here", "a quote ' alone", "a quote at the end '",
        "unknown id 'it's', 'that's'")) {
      assertEquals(message, Diagnostic.of(DiagnosticCode.E0203, message).message());
    }
  }

  @Test
  void decimalLiterals_areBoundedAtSixtyFourCharacters() {
    assertEquals(Optional.empty(), DecimalLiteral.problem("9".repeat(64)));
    assertTrue(DecimalLiteral.problem("9".repeat(65)).orElseThrow().contains("is 65 characters long"));
    assertEquals(Optional.of(new BigDecimal("1" + "0".repeat(63))), DecimalLiteral.parse("1e63"));
    assertTrue(DecimalLiteral.problem("1e64").orElseThrow().contains("more than 64 characters written out"));
    assertTrue(DecimalLiteral.problem("1e65").orElseThrow().contains("has an exponent too large"));
    assertTrue(DecimalLiteral.problem("1e0064").isPresent());
    assertEquals(Optional.of(new BigDecimal("0.01")), DecimalLiteral.parse("1e-2"));
    assertEquals(Optional.of(new BigDecimal("100")), DecimalLiteral.parse("1E+2"));
    assertEquals(0, DecimalLiteral.parse("1e2").orElseThrow().scale());
    assertEquals(Optional.of(new BigDecimal("-2.5")), DecimalLiteral.parse("-2.5"));
    assertEquals(Optional.of(new BigDecimal("3")), DecimalLiteral.parse("+3"));
    assertEquals("'abc' is not a number", DecimalLiteral.problem("abc").orElseThrow());
    assertTrue(DecimalLiteral.problem("1e1000").orElseThrow().startsWith("the number '1e1000' has an exponent"));
    assertTrue(DecimalLiteral.problem("1.").isPresent());
    assertTrue(DecimalLiteral.problem(".5").isPresent());
  }

  @Test
  void sourceFiles_sayWhatIsNotAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("m.svmi"), "x");
    assertEquals(Optional.empty(), SourceFiles.notAFile(file));
    assertEquals(Optional.empty(), SourceFiles.notAFile(dir.resolve("missing")));
    assertEquals(Optional.of("a directory"), SourceFiles.notAFile(dir));
    assertEquals(Optional.of("a character device"), SourceFiles.notAFile(Path.of("/dev/null")));
    Path fifo = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    assertEquals(Optional.of("a named pipe"), SourceFiles.notAFile(fifo));
    assertEquals(Optional.empty(), SourceFiles.notAFile(Files.createSymbolicLink(dir.resolve("link"), file)));
  }
}
