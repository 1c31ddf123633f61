package io.svmi.dsl;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.DiagnosticCode;
import io.svmi.ModelResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Rules from a classpath resource, a stream and a reader: named as the host says, held to a file's limits. */
class SourcesTest {
  private static final String VALID =
      "model \"M\"\nlevels {\n  low \"Low\"\n}\ndimension A \"Area\" {\n  question A1 \"Q\" {\n    option l \"L\" -> low\n  }\n}\n";
  private static final CompileOptions TEN_BYTES = CompileOptions.builder().maxInputBytes(10).build();

  private static DiagnosticCode only(ModelResult r) {
    assertEquals(1, r.diagnostics().size(), r::render);
    return r.diagnostics().get(0).code();
  }

  @Test
  void resource_relativeToTheOwnersPackage_orFromTheRoot() {
    ModelResult relative = Svmi.compileResource(SourcesTest.class, "resources/tiny.svmi");
    assertEquals("From the class path", relative.orElseThrow().name());
    assertEquals("classpath:io/svmi/dsl/resources/tiny.svmi", relative.source().orElseThrow().name());
    ModelResult absolute = Svmi.compileResource(SourcesTest.class, "/io/svmi/dsl/resources/tiny.svmi");
    assertEquals(relative.orElseThrow(), absolute.orElseThrow());
    assertEquals("classpath:io/svmi/dsl/resources/tiny.svmi", absolute.source().orElseThrow().name());
  }

  @Test
  void resource_missing_isE0109_namingIt() {
    ModelResult r = Svmi.compileResource(SourcesTest.class, "/models/missing.svmi");
    assertEquals(DiagnosticCode.E0109, only(r));
    assertEquals("cannot read 'classpath:models/missing.svmi': there is no such resource", r.diagnostics().get(0).message());
  }

  @Test
  void resource_overTheLimit_isE0105() {
    assertEquals(DiagnosticCode.E0105, only(Svmi.compileResource(SourcesTest.class, "resources/tiny.svmi", TEN_BYTES)));
  }

  @Test
  void stream_isCompiledAndNamed_andPositionsPointIntoIt() {
    ModelResult r = Svmi.compile("upload.svmi", new ByteArrayInputStream(VALID.replace("-> low", "-> lwo").getBytes(UTF_8)));
    assertEquals(DiagnosticCode.E0203, r.errors().get(0).code());
    assertTrue(r.render().contains(" --> upload.svmi:7:21"), r::render);
    assertEquals("M", Svmi.compile("ok.svmi", new ByteArrayInputStream(VALID.getBytes(UTF_8))).orElseThrow().name());
  }

  /** A stream that never ends (a device, a slow upload) costs the limit and one byte more. */
  @Test
  void endlessStream_isE0105_afterTheLimitAndOneByte() {
    long[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) ' ');
        read[0] += len;
        return len;
      }
    };
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("endless.svmi", endless, TEN_BYTES)));
    assertEquals(11, read[0]);
  }

  @Test
  void stream_notUtf8_isE0108_andAFailingStreamE0109() {
    ModelResult latin1 = Svmi.compile("l.svmi", new ByteArrayInputStream("model \"Caf\u00e9\"".getBytes(ISO_8859_1)));
    assertEquals(DiagnosticCode.E0108, only(latin1));
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    ModelResult failed = Svmi.compile("net.svmi", failing);
    assertEquals(DiagnosticCode.E0109, only(failed));
    assertEquals("cannot read 'net.svmi': connection reset", failed.diagnostics().get(0).message());
  }

  @Test
  void reader_isCompiled_andHeldToTheLimit() {
    assertEquals("M", Svmi.compile("r.svmi", new StringReader(VALID)).orElseThrow().name());
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("r.svmi", new StringReader(VALID), TEN_BYTES)));
    // Within the limit in characters but not in UTF-8 bytes: 4 euro signs are 12 bytes.
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("euro.svmi", new StringReader("€€€€"), TEN_BYTES)));
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("closed");
      }

      @Override
      public void close() {}
    };
    assertEquals(DiagnosticCode.E0109, only(Svmi.compile("f.svmi", failing)));
  }

  /**
   * Lines end with LF, CRLF or a lone CR (old Mac files): a diagnostic's line and column count
   * them as an editor does, whichever the file uses (the file ends with one).
   */
  @Test
  void everyKindOfLineBreak_countsOneLine() {
    String model = "model \"M\"\n\nlevels {\n  low \"Low\"\n}\n\ndimension A \"Area\" {\n"
        + "  question A1 \"Q\" {\n    option l \"L\" -> hihg\n  }\n}\n";
    for (String lineBreak : new String[] {"\n", "\r\n", "\r"}) {
      String text = model.replace("\n", lineBreak);
      ModelResult result = Svmi.compile("m.svmi", text);
      assertEquals(1, result.errors().size(), result::render);
      assertEquals(io.svmi.SourceSpan.of("m.svmi", 9, 21, 4), result.errors().get(0).span().orElseThrow(), lineBreak);
    }
  }
}
