package io.svmi.samm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.Question;
import io.svmi.dsl.Svmi;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generates the SAMM model from ../shared/reference/samm/model into target/ (OWASP's texts are
 * not committed) and checks it compiles cleanly with SAMM's shape.
 */
class SammImporterTest {
  static final Path GENERATED = Path.of("examples", "samm-import", "target", "samm.svmi");

  /** The nearest ancestor's shared/reference/samm/model (CI has it beside every checkout). */
  static Path sammFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path model = dir.resolve(Path.of("shared", "reference", "samm", "model"));
      if (Files.isDirectory(model)) {
        return model;
      }
    }
    throw new IllegalStateException("no shared/reference/samm/model above " + Path.of("").toAbsolutePath());
  }

  @Test
  void generatedModel_compilesCleanly_withFiveGroupsFifteenPracticesNinetyActivities() throws Exception {
    String text = SammImporter.svmi(sammFolder());
    Files.createDirectories(GENERATED.getParent());
    Files.writeString(GENERATED, text, StandardCharsets.UTF_8);
    ModelResult result = Svmi.compile(GENERATED);
    assertEquals(List.of(), result.diagnostics(), result.render());
    MaturityModel m = result.model().orElseThrow();
    assertEquals(5, m.groups().size());
    assertEquals(15, m.dimensions().size());
    assertEquals(90, m.questions().size());
    assertEquals(
        List.of("governance", "design", "implementation", "verification", "operations"),
        List.copyOf(m.groups().keySet()));
    assertEquals(List.of("SM", "PC", "EG"), m.groups().get("governance").dimensionIds());
    Question q = m.question("G-SM-1-A").orElseThrow();
    assertEquals("l1", q.at().map(Level::id).orElseThrow());
    assertEquals(List.of("no", "some", "half", "full"), List.copyOf(q.options().keySet()));
    // SAMM's 24 answer sets are declared once each, and every question uses one.
    assertEquals(24, m.answerSets().size());
    assertTrue(m.questions().values().stream().allMatch(x -> x.answerSet().isPresent()));
    assertEquals(m.answerSets().get(q.answerSet().orElseThrow()).options(), q.options());
    assertEquals(new BigDecimal("0.25"), q.options().get("some").value().orElseThrow());
    assertEquals("No", q.options().get("no").text());
    assertTrue(q.actions().containsKey("l1"));
    assertEquals(
        List.of("G-SM-1-A", "G-SM-1-B", "G-SM-2-A", "G-SM-2-B", "G-SM-3-A", "G-SM-3-B"),
        List.copyOf(m.dimensions().get("SM").questions().keySet()));
    assertTrue(text.startsWith("# OWASP SAMM v2.2"));
    assertTrue(text.contains("CC BY-SA 4.0"));
    assertEquals(m, SammImporter.read(sammFolder()));
    assertEquals(text, SammImporter.HEADER + Svmi.print(m));
    assertTrue(Svmi.format("samm.svmi", text).isUnchanged(), "svmi fmt leaves the generated file as it is");
  }

  @Test
  void aFolderThatIsNotSamm_isReportedNotThrownAsABug(@org.junit.jupiter.api.io.TempDir Path empty) {
    SammImportException e =
        org.junit.jupiter.api.Assertions.assertThrows(SammImportException.class, () -> SammImporter.read(empty));
    assertTrue(e.getMessage().startsWith("not a SAMM model folder"), e.getMessage());
  }
}
