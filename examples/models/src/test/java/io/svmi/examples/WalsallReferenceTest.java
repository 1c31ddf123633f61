package io.svmi.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.Question;
import io.svmi.QuestionResult;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The bundled SVMI model ({@code examples/models/svmi.svmi}) with Walsall Council's answers
 * ({@code examples/assessments/walsall.json}) reproduces the published Walsall action plan
 * ({@code ../shared/reference/walsall-action-plan.txt}, read from the file itself): every
 * dimension's present and future level, the overall levels, and every cell of the action table.
 */
class WalsallReferenceTest {
  private static final Path MODEL = Path.of("examples", "models", "svmi.svmi");
  private static final Path ANSWERS = Path.of("examples", "assessments", "walsall.json");
  /** The published plan, kept in the repository so a fresh clone is self-contained. */
  private static final Path REFERENCE = Path.of("examples", "reference", "walsall-action-plan.txt");
  /** Where the project's shared reference material lives, beside the repository. */
  private static final Path SHARED_REFERENCE = Path.of("shared", "reference", "walsall-action-plan.txt");

  private static String source;
  private static ModelResult compiled;
  private static MaturityModel model;
  private static Evaluation walsall;
  private static ReferencePlan reference;

  @BeforeAll
  static void load() throws Exception {
    Path root = repositoryRoot();
    source = read(root.resolve(MODEL));
    compiled = Svmi.compile(MODEL.toString(), source);
    model = compiled.orElseThrow();
    walsall = model.evaluate(AnswersFile.read(model, read(root.resolve(ANSWERS))));
    reference = ReferencePlan.parse(read(root.resolve(REFERENCE)));
  }

  @Test
  void compilesWithNoErrorAndOnlyProcurementsGapAsWarnings() {
    assertEquals(List.of(), compiled.errors(), compiled.render());
    // The published plan has no text to move Procurement's questions from Mature to Leader (its
    // row is empty although Walsall is at Mature with a Leader target): one W0302 per question.
    assertEquals(
        List.of(
            "W0302 question 'E1' has no action text to reach Leader",
            "W0302 question 'E2' has no action text to reach Leader"),
        compiled.warnings().stream().map(d -> d.code() + " " + d.message()).toList(),
        compiled.render());
    assertTrue(compiled.warnings().stream().map(Diagnostic::code).allMatch(DiagnosticCode.W0302::equals));
  }

  @Test
  void isCanonicallyFormatted() {
    // What `svmi fmt --check` asks of the bundled model: formatting it changes nothing.
    assertEquals(source, Svmi.format(MODEL.toString(), source).orElseThrow());
  }

  @Test
  void levelsAndDimensionsAreTheReferences() {
    assertEquals("Social Value Maturity Index", model.name());
    assertEquals(Optional.of("1.0"), model.version());
    assertEquals(
        List.of("incomplete", "follower", "mature", "leader", "innovator"),
        model.scale().levels().stream().map(Level::id).toList());
    // The action table's columns name every level but the lowest, in order.
    assertEquals(reference.columns(), levelNames().subList(1, levelNames().size()));
    // Dimension names as the first table gives them, lettered A to J in published order (the PDF
    // renders some letters with look-alike Greek and Cyrillic characters, so the letters are not
    // read from it).
    assertEquals(
        reference.dimensions().stream().map(ReferencePlan.DimensionRow::name).toList(),
        model.dimensions().values().stream().map(Dimension::name).toList());
    assertEquals(
        List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"),
        List.copyOf(model.dimensions().keySet()));
  }

  @Test
  void everyQuestionOffersEveryLevelAndTextForEveryStepButProcurementsGap() {
    List<Executable> checks = new ArrayList<>();
    for (Dimension d : model.dimensions().values()) {
      checks.add(() -> assertTrue(d.questions().size() >= 2 && d.questions().size() <= 4, d.id()));
      for (Question q : d.questions().values()) {
        checks.add(
            () ->
                assertEquals(
                    model.scale().levels(),
                    q.options().values().stream().map(o -> o.level().orElseThrow()).sorted().toList(),
                    q.id() + " has one option per level"));
        List<String> steps = new ArrayList<>(List.of("follower", "mature", "leader", "innovator"));
        if (d.id().equals("E")) {
          steps.remove("leader"); // the reference's own gap, see above
        }
        checks.add(() -> assertEquals(steps, List.copyOf(q.actions().keySet()), q.id() + " action steps"));
      }
    }
    assertAll(checks);
  }

  @Test
  void walsallReachesThePublishedLevels() {
    assertEquals(reference.organisation(), walsall.subject());
    assertEquals(reference.present(), walsall.present().orElseThrow().name());
    assertEquals(reference.future(), walsall.target().orElseThrow().name());
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < reference.dimensions().size(); i++) {
      ReferencePlan.DimensionRow row = reference.dimensions().get(i);
      DimensionResult result = walsall.dimensions().get(i);
      checks.add(() -> assertEquals(row.name(), result.dimension().name()));
      checks.add(() -> assertEquals(row.present(), result.present().orElseThrow().name(), row.name() + " present"));
      checks.add(() -> assertEquals(row.future(), result.target().orElseThrow().name(), row.name() + " future"));
      checks.add(() -> assertTrue(result.targetGiven(), row.name() + " target comes from the answers"));
    }
    assertAll(checks);
  }

  @Test
  void walsallsPlanReproducesEveryPublishedCell() {
    List<ReferencePlan.ActionRow> rows = fixedActionRows();
    assertEquals(model.dimensions().size(), rows.size());
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int index = i;
      ReferencePlan.ActionRow row = rows.get(i);
      Dimension dimension = walsall.dimensions().get(i).dimension();
      checks.add(() -> assertEquals(row.name(), dimension.name(), "action table row of " + dimension.id()));
      // The 'Not' column is empty throughout the published plan: Walsall answered every question.
      checks.add(() -> assertEquals("", row.not(), row.name() + " / Not"));
      checks.add(
          () ->
              assertTrue(
                  walsall.dimensions().get(index).questions().stream().noneMatch(QuestionResult::isNotApplicable),
                  dimension.id() + " has no question answered not applicable"));
      for (int c = 0; c < reference.columns().size(); c++) {
        Level level = model.scale().atRank(c + 1);
        String expected = row.cells().get(c);
        checks.add(
            () ->
                assertEquals(
                    expected,
                    cellText(dimension.id(), level),
                    dimension.name() + " / To reach '" + level.name() + "'"));
      }
    }
    assertAll(checks);
  }

  /**
   * The published action rows with the artefacts of the PDF extraction fixed (see
   * ../shared/reference/README.md). Each fix first checks the artefact is there as described, so
   * a different reference file fails here instead of passing unnoticed.
   */
  private static List<ReferencePlan.ActionRow> fixedActionRows() {
    List<ReferencePlan.ActionRow> rows = new ArrayList<>(reference.actions());
    int innovator = reference.columns().indexOf("Innovator");
    int mature = reference.columns().indexOf("Mature");

    // 1. The action table abbreviates C's name; the first table gives it in full.
    assertEquals("Measurement: TOMs", rows.get(2).name());
    rows.set(2, new ReferencePlan.ActionRow(reference.dimensions().get(2).name(), rows.get(2).cells(), rows.get(2).not()));

    // 2. Commissioning's Innovator cell overflows a page break: its last words appear in the
    //    Procurement row. Move them back; Procurement then shows no action, as published.
    ReferencePlan.ActionRow commissioning = rows.get(3);
    ReferencePlan.ActionRow procurement = rows.get(4);
    assertEquals("Commissioning", commissioning.name());
    assertEquals("Procurement", procurement.name());
    String spilled = procurement.cells().get(innovator);
    assertEquals("and Measures across departments.", spilled);
    assertTrue(commissioning.cells().get(innovator).endsWith("Themes, Outcomes"));
    rows.set(3, withCell(commissioning, innovator, commissioning.cells().get(innovator) + " " + spilled));
    rows.set(4, withCell(procurement, innovator, ""));

    // 3. Governance and Accountability's Mature cell is cut at both ends. The model completes it
    //    around the surviving fragment, which it keeps verbatim.
    ReferencePlan.ActionRow governance = rows.get(9);
    assertEquals("Governance and Accountability", governance.name());
    String fragment = governance.cells().get(mature);
    assertEquals("Value Act is addressed in the Corporate", fragment);
    rows.set(9, withCell(governance, mature, "Ensure the Social " + fragment + " Plan."));

    // Not an artefact: Commissioning's Leader cell has two spaces after "as it is updated."; the
    // model keeps them inside D3's text, so the cell is compared exactly as published.
    assertTrue(commissioning.cells().get(reference.columns().indexOf("Leader")).contains("updated.  Introduce"));
    return rows;
  }

  private static ReferencePlan.ActionRow withCell(ReferencePlan.ActionRow row, int column, String text) {
    List<String> cells = new ArrayList<>(row.cells());
    cells.set(column, text);
    return new ReferencePlan.ActionRow(row.name(), ImmutableList.copyOf(cells), row.not());
  }

  /** A cell as a renderer shows it: the texts of its actions, in plan order, joined by a space. */
  private static String cellText(String dimensionId, Level level) {
    return walsall.plan().cell(dimensionId, level).stream()
        .filter(Action::hasText)
        .map(Action::text)
        .collect(Collectors.joining(" "));
  }

  private static List<String> levelNames() {
    return model.scale().levels().stream().map(Level::name).toList();
  }

  /** The repository root: the nearest directory, from the working directory up, with the model. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(MODEL)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root with " + MODEL + " above " + Path.of("").toAbsolutePath());
  }

  @Test
  void referenceCopy_matchesTheSharedReference_whenItIsBesideTheRepository() throws IOException {
    Path root = repositoryRoot();
    Optional<Path> shared = Optional.empty();
    for (Path dir = root.getParent(); dir != null && shared.isEmpty(); dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(SHARED_REFERENCE))) {
        shared = Optional.of(dir.resolve(SHARED_REFERENCE));
      }
    }
    Assumptions.assumeTrue(shared.isPresent(), "no ../shared/reference beside this clone");
    assertEquals(read(shared.get()), read(root.resolve(REFERENCE)), "examples/reference is a stale copy");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
