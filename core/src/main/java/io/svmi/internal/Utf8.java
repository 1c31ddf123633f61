package io.svmi.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 decoding, shared by svmi's readers of rules and answers files (not API): a leading
 * byte order mark is dropped, and the first byte that is not UTF-8 is reported (E0108) at its
 * line and column, with its offset in bytes.
 */
public final class Utf8 {
  private Utf8() {}

  /** A file that is not UTF-8: the diagnostic, and the text decoded leniently to show its line. */
  public static final class NotUtf8 extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;
    private final transient SourceText source;

    NotUtf8(Diagnostic diagnostic, SourceText source) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
      this.source = source;
    }

    public Diagnostic diagnostic() {
      return diagnostic;
    }

    public SourceText source() {
      return source;
    }
  }

  /** The bytes as text named {@code name}, or the first bad byte as E0108. */
  public static SourceText decode(String name, byte[] bytes) throws NotUtf8 {
    checkNotNull(name, "name");
    checkNotNull(bytes, "bytes");
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      String before = withoutBom(out.flip().toString());
      SourceSpan span = spanAfter(name, before);
      Diagnostic d = Diagnostic.of(DiagnosticCode.E0108,
              "'" + name + "' is not valid UTF-8: byte " + bad + " (0x" + String.format("%02X", bytes[bad] & 0xFF) + ")",
              Optional.of(span))
          .withHint("save the file as UTF-8");
      throw new NotUtf8(d, SourceText.of(name, withoutBom(new String(bytes, StandardCharsets.UTF_8))));
    }
    decoder.flush(out);
    return SourceText.of(name, withoutBom(out.flip().toString()));
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The one-character span just after the text: where the bad byte stands. */
  private static SourceSpan spanAfter(String name, String before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return SourceSpan.of(name, line, before.length() - lineStart + 1, 1);
  }
}
