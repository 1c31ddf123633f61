package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.ModelResult;
import io.svmi.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits that protect a host, and reading files. */
class LimitsAndFilesTest {
  private static final String VALID =
      "model \"M\"\nlevels {\n  low \"Low\"\n}\ndimension A \"Area\" {\n  question A1 \"Q\" {\n    option l \"L\" -> low\n  }\n}\n";

  private static DiagnosticCode only(ModelResult r) {
    assertEquals(1, r.diagnostics().size(), r::render);
    return r.diagnostics().get(0).code();
  }

  @Test
  void defaults_areDocumented() {
    CompileOptions d = CompileOptions.defaults();
    assertEquals(8 * 1024 * 1024, d.maxInputBytes());
    assertEquals(64, d.maxNestingDepth());
    assertEquals(50, d.maxErrors());
    assertEquals(d, CompileOptions.builder().build());
    assertThrows(IllegalArgumentException.class, () -> CompileOptions.builder().maxErrors(0));
  }

  @Test
  void inputOverTheSizeLimit_isE0105() {
    CompileOptions small = CompileOptions.builder().maxInputBytes(10).build();
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("big.svmi", VALID, small)));
    // Bytes of UTF-8, not characters: 4 euro signs are 12 bytes.
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("euro.svmi", "€€€€", small)));
  }

  @Test
  void aHundredThousandNestedBraces_isE0106_notAStackOverflow() {
    ModelResult r = Svmi.compile("deep.svmi", "{".repeat(100_000));
    assertEquals(DiagnosticCode.E0106, only(r));
    assertEquals(SourceSpan.of("deep.svmi", 1, 65, 1), r.diagnostics().get(0).span().orElseThrow());
    CompileOptions shallow = CompileOptions.builder().maxNestingDepth(1).build();
    assertEquals(DiagnosticCode.E0106, Svmi.compile("valid.svmi", VALID, shallow).errors().get(0).code());
  }

  @Test
  void manyErrors_stopAtTheLimitWithE0107() {
    ModelResult r = Svmi.compile("many.svmi", "@ ".repeat(10_000));
    assertEquals(51, r.diagnostics().size());
    assertEquals(DiagnosticCode.E0107, r.diagnostics().get(50).code());
    assertEquals("too many errors; stopping after 50", r.diagnostics().get(50).message());
    CompileOptions three = CompileOptions.builder().maxErrors(3).build();
    ModelResult syntax = Svmi.compile("many.svmi", "model \"M\"\n" + "levels\n".repeat(100), three);
    assertEquals(4, syntax.diagnostics().size(), syntax::render);
    assertEquals(DiagnosticCode.E0107, syntax.diagnostics().get(3).code());
  }

  @Test
  void aFile_compilesLikeItsText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.svmi");
    Files.writeString(file, VALID, StandardCharsets.UTF_8);
    assertEquals(Svmi.compile("m.svmi", VALID).model(), Svmi.compile(file).model());
    assertEquals(Svmi.compileOrThrow("m.svmi", VALID), Svmi.compileOrThrow(file));
  }

  @Test
  void invalidUtf8_isE0108_atTheBadByte(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.svmi");
    Files.write(file, "model \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
    ModelResult r = Svmi.compile(file);
    assertEquals(DiagnosticCode.E0108, only(r));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(1, d.span().orElseThrow().line());
    assertEquals(11, d.span().orElseThrow().column());
    assertTrue(d.message().contains("byte 10 (0xE9)"), d.message());
  }

  @Test
  void aMissingOrUnreadableFile_isE0109(@TempDir Path dir) {
    assertEquals(DiagnosticCode.E0109, only(Svmi.compile(dir.resolve("missing.svmi"))));
    assertEquals(DiagnosticCode.E0109, only(Svmi.compile(dir)));
  }

  @Test
  void columnsCountUtf16Characters_soCaretsLineUp() {
    ModelResult r = Svmi.compile("emoji.svmi", "model \"😀😀\" @");
    Diagnostic stray = r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.E0104).findFirst().orElseThrow();
    assertEquals(14, stray.span().orElseThrow().column());
  }

  /**
   * The size limit is a number of bytes a source may have: a model (a file, a stream, a reader or
   * a text) and a translation file beside it of exactly the limit are read whole; one byte more is
   * E0105.
   */
  @Test
  void aSourceOfExactlyTheLimit_isRead_andOneByteMoreIsE0105(@TempDir Path dir) throws IOException {
    int limit = VALID.getBytes(StandardCharsets.UTF_8).length;
    CompileOptions exact = CompileOptions.builder().maxInputBytes(limit).build();
    CompileOptions under = CompileOptions.builder().maxInputBytes(limit - 1).build();
    Path file = dir.resolve("m.svmi");
    Files.writeString(file, VALID, StandardCharsets.UTF_8);
    assertTrue(Svmi.compile(file, exact).errors().isEmpty(), () -> Svmi.compile(file, exact).render());
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile(file, under)));
    byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
    assertTrue(Svmi.compile("s.svmi", new java.io.ByteArrayInputStream(bytes), exact).errors().isEmpty());
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("s.svmi", new java.io.ByteArrayInputStream(bytes), under)));
    assertTrue(Svmi.compile("r.svmi", new java.io.StringReader(VALID), exact).errors().isEmpty());
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("r.svmi", new java.io.StringReader(VALID), under)));
    assertTrue(Svmi.compile("t.svmi", VALID, exact).errors().isEmpty());
    assertEquals(DiagnosticCode.E0105, only(Svmi.compile("t.svmi", VALID, under)));

    // A translation file beside the model, held to the same limit.
    String translation = "translation cy {\n}\n";
    String withLanguages = "languages {\n  en \"English\"\n  cy \"Cymraeg\"\n}\n" + VALID;
    Files.writeString(file, withLanguages, StandardCharsets.UTF_8);
    Path beside = dir.resolve("m.cy.svmt");
    Files.writeString(beside, translation + " ".repeat(withLanguages.length() - translation.length()), StandardCharsets.UTF_8);
    CompileOptions both = CompileOptions.builder().maxInputBytes(withLanguages.length()).build();
    assertTrue(Svmi.compile(file, both).errors().isEmpty(), () -> Svmi.compile(file, both).render());
    Files.writeString(beside, translation + " ".repeat(withLanguages.length() - translation.length() + 1), StandardCharsets.UTF_8);
    ModelResult over = Svmi.compile(file, both);
    assertEquals(DiagnosticCode.E0105, only(over));
    assertTrue(over.render().contains("m.cy.svmt"), over::render);
  }
}
