package io.svmi.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.svmi.DiagnosticCode;
import io.svmi.SourceSpan;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Strict UTF-8: a byte order mark dropped, the first bad byte reported at its line and column. */
class Utf8Test {
  private static byte[] bytes(String before, int... after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(UTF_8));
    for (int b : after) {
      out.write(b);
    }
    return out.toByteArray();
  }

  private static Utf8.NotUtf8 bad(byte[] bytes) {
    return assertThrows(Utf8.NotUtf8.class, () -> Utf8.decode("f.svmi", bytes));
  }

  @Test
  void validText_isDecoded_withoutItsByteOrderMark() throws Exception {
    assertEquals("héllo\n", Utf8.decode("f.svmi", bytes("\uFEFFhéllo\n")).text());
    assertEquals("f.svmi", Utf8.decode("f.svmi", bytes("x")).name());
    assertEquals("", Utf8.decode("f.svmi", new byte[0]).text());
    assertEquals("a\uFEFF", Utf8.decode("f.svmi", bytes("a\uFEFF")).text(), "only a leading mark is dropped");
  }

  @Test
  void theFirstBadByte_isReportedAtItsLineColumnAndOffset() {
    Utf8.NotUtf8 e = bad(bytes("ab\ncd\r\nef\rgé", 0xC3, 0x28, 0xFF));
    assertEquals(DiagnosticCode.E0108, e.diagnostic().code());
    assertEquals("'f.svmi' is not valid UTF-8: byte 13 (0xC3)", e.diagnostic().message());
    assertEquals(Optional.of(SourceSpan.of("f.svmi", 4, 3, 1)), e.diagnostic().span(), "\\n, \\r\\n and \\r end lines");
    assertEquals(Optional.of("save the file as UTF-8"), e.diagnostic().hint());
    assertEquals("ab\ncd\r\nef\rgé\uFFFD(\uFFFD", e.source().text(), "the text decoded leniently, to show the line");
    assertEquals(e.diagnostic().message(), e.getMessage());
  }

  @Test
  void aBadByteAtTheStart_orAfterAByteOrderMark_isAtColumnOne() {
    assertEquals(Optional.of(SourceSpan.of("f.svmi", 1, 1, 1)), bad(bytes("", 0x80)).diagnostic().span());
    Utf8.NotUtf8 afterMark = bad(bytes("\uFEFF", 0xE9));
    assertEquals(Optional.of(SourceSpan.of("f.svmi", 1, 1, 1)), afterMark.diagnostic().span());
    assertEquals("'f.svmi' is not valid UTF-8: byte 3 (0xE9)", afterMark.diagnostic().message());
    assertEquals("\uFFFD", afterMark.source().text());
  }

  @Test
  void aCarriageReturnJustBeforeTheBadByte_endsTheLine() {
    assertEquals(Optional.of(SourceSpan.of("f.svmi", 2, 1, 1)), bad(bytes("ab\r", 0xFE)).diagnostic().span());
    assertEquals(Optional.of(SourceSpan.of("f.svmi", 3, 2, 1)), bad(bytes("a\r\rx", 0xFE)).diagnostic().span());
  }
}
