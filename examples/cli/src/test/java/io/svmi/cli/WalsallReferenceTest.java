package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import io.svmi.report.Answers;
import java.io.IOException;
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
 * ({@code examples/assessments/walsall.json}, read by the command line's {@link io.svmi.report.Answers})
 * reproduces the published Walsall action plan ({@code examples/reference/walsall-action-plan.txt},
 * read by {@link ReferencePlan}, its extraction artefacts fixed in commented code there): the
 * evaluation gives every dimension's present and future level, the overall levels and every cell
 * of the action table, and `svmi plan` prints exactly the published plan, field by field and cell
 * by cell. (PlanCommandTest pins that output byte for byte to the golden walsall-plan.txt.)
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
  /** The published plan as extracted from its PDF. */
  private static ReferencePlan published;
  /** The published plan with the extraction's artefacts fixed: what svmi must reproduce. */
  private static ReferencePlan reference;

  @BeforeAll
  static void load() throws Exception {
    source = read(MODEL);
    compiled = Svmi.compile(MODEL.toString(), source);
    model = compiled.orElseThrow();
    walsall = model.evaluate(Answers.read(model, SourceText.of(ANSWERS.toString(), read(ANSWERS))));
    published = ReferencePlan.parse(read(REFERENCE));
    reference = published.withExtractionArtefactsFixed();
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
    assertEquals(reference.title().get(0), model.name());
    assertEquals(Optional.of("1.0"), model.version());
    assertEquals(
        List.of("incomplete", "follower", "mature", "leader", "innovator"),
        model.scale().levels().stream().map(Level::id).toList());
    // The action table's columns name every level but the lowest, in order.
    assertEquals(reference.columns(), levelNames().subList(1, levelNames().size()));
    // Dimension letters (once the look-alikes are fixed) and names as the first table gives them.
    assertEquals(
        reference.dimensions().stream().map(ReferencePlan.DimensionRow::letter).toList(),
        List.copyOf(model.dimensions().keySet()));
    assertEquals(
        reference.dimensions().stream().map(ReferencePlan.DimensionRow::name).toList(),
        model.dimensions().values().stream().map(Dimension::name).toList());
    assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"), List.copyOf(model.dimensions().keySet()));
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
    assertEquals(reference.dimensions().size(), walsall.dimensions().size());
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < reference.dimensions().size(); i++) {
      ReferencePlan.DimensionRow row = reference.dimensions().get(i);
      DimensionResult result = walsall.dimensions().get(i);
      checks.add(() -> assertEquals(row.letter(), result.dimension().id()));
      checks.add(() -> assertEquals(row.name(), result.dimension().name()));
      checks.add(() -> assertEquals(row.present(), result.present().orElseThrow().name(), row.name() + " present"));
      checks.add(() -> assertEquals(row.future(), result.target().orElseThrow().name(), row.name() + " future"));
      checks.add(() -> assertTrue(result.targetGiven(), row.name() + " target comes from the answers"));
    }
    assertAll(checks);
  }

  @Test
  void walsallsPlanReproducesEveryPublishedCell() {
    List<ReferencePlan.ActionRow> rows = reference.actions();
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

  @Test
  void planCommandTsv_printsThePublishedPlan_fieldByFieldAndCellByCell() {
    CliRun run = CliRun.of("plan", "--format", "tsv");
    assertEquals(0, run.status(), run::toString);
    ReferencePlan printed = ReferencePlan.parse(run.out());
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(reference.title(), printed.title(), "title"));
    checks.add(() -> assertEquals(reference.organisation(), printed.organisation(), "Organisation"));
    checks.add(() -> assertEquals(reference.present(), printed.present(), "Present Performance"));
    checks.add(() -> assertEquals(reference.future(), printed.future(), "Future Target"));
    checks.add(() -> assertEquals(reference.dimensions(), printed.dimensions(), "present/future table"));
    checks.add(() -> assertEquals(reference.columns(), printed.columns(), "action table columns"));
    checks.add(() -> assertEquals(reference.actions().size(), printed.actions().size(), "action rows"));
    for (int i = 0; i < Math.min(reference.actions().size(), printed.actions().size()); i++) {
      ReferencePlan.ActionRow expected = reference.actions().get(i);
      ReferencePlan.ActionRow actual = printed.actions().get(i);
      checks.add(() -> assertEquals(expected.name(), actual.name(), "action row name"));
      for (int c = 0; c < reference.columns().size(); c++) {
        String where = expected.name() + " / To reach '" + reference.columns().get(c) + "'";
        int column = c;
        checks.add(() -> assertEquals(expected.cells().get(column), actual.cells().get(column), where));
      }
      checks.add(() -> assertEquals(expected.not(), actual.not(), expected.name() + " / Not"));
    }
    checks.add(() -> assertEquals(reference.footnote(), printed.footnote(), "footnote"));
    assertAll(checks);
    // Nothing left out of the comparison above.
    assertEquals(reference, printed);
  }

  @Test
  void referenceCopy_matchesTheSharedReference_whenItIsBesideTheRepository() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    Optional<Path> shared = Optional.empty();
    for (Path dir = root.getParent(); dir != null && shared.isEmpty(); dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(SHARED_REFERENCE))) {
        shared = Optional.of(dir.resolve(SHARED_REFERENCE));
      }
    }
    Assumptions.assumeTrue(shared.isPresent(), "no ../shared/reference beside this clone");
    assertEquals(Files.readString(shared.get(), UTF_8), read(REFERENCE), "examples/reference is a stale copy");
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

  /** Tests run in the repository's root (see this module's pom). */
  private static String read(Path file) throws IOException {
    return Files.readString(file, UTF_8);
  }
}
