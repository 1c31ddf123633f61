package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Named target profiles: an assessment aims for a profile's targets, its own winning. */
class ProfilesTest {
  private static MaturityModel model() {
    return MaturityModel.builder().name("Profiles")
        .level("low", "Low").level("mid", "Middle").level("high", "High")
        .actionPlan(PlanPolicy.UP_TO_TARGET)
        .dimension("A", "Area", d -> d.question("A1", "Q", q -> q
            .option("l", "L", "low").option("m", "M", "mid").option("h", "H", "high")
            .action("mid", "To mid.").action("high", "To high.")))
        .dimension("B", "Beyond", d -> d.question("B1", "Q", q -> q
            .option("l", "L", "low").option("h", "H", "high").action("mid", "B to mid.").action("high", "B to high.")))
        .profile("baseline", "Baseline", p -> p.target("A", "mid").target("B", "high"))
        .profile("enhanced", "Enhanced", p -> p.target("A", "high"))
        .build();
  }

  @Test
  void theProfilesTargetsAreAimedFor_andAnOwnTargetWins() throws Exception {
    MaturityModel m = model();
    Assessment a = m.assessment().answer("A1", "l").answer("B1", "l").profile("baseline").target("B", "mid").build();
    Evaluation e = m.evaluate(a);
    assertEquals(Optional.of("Baseline"), a.profile().map(Profile::name));
    assertEquals("mid", e.dimension("A").orElseThrow().target().orElseThrow().id());
    assertEquals("mid", e.dimension("B").orElseThrow().target().orElseThrow().id());
    assertEquals(Map.of("B", "mid"), Map.of("B", a.targets().get("B").id()));
    assertEquals(List.of("A", "B"), a.aimedTargets().keySet().asList());
    assertEquals(List.of("To mid.", "B to mid."), e.plan().actions().stream().map(Action::text).toList());
  }

  @Test
  void aDimensionTheProfileLeavesOut_keepsItsPresentLevel() throws Exception {
    MaturityModel m = model();
    Evaluation e = m.evaluate(m.assessment().answer("A1", "l").answer("B1", "l").profile("enhanced").build());
    assertEquals("high", e.dimension("A").orElseThrow().target().orElseThrow().id());
    assertEquals("low", e.dimension("B").orElseThrow().target().orElseThrow().id());
  }

  @Test
  void theProfileTellsAssessmentsApart() throws Exception {
    MaturityModel m = model();
    Assessment plain = m.assessment().answer("A1", "l").answer("B1", "l").build();
    Assessment aiming = m.assessment().answer("A1", "l").answer("B1", "l").profile("baseline").build();
    assertNotEquals(plain, aiming);
  }

  @Test
  void anUnknownProfile_isE0417_withTheClosestId() {
    AssessmentException x = assertThrows(AssessmentException.class,
        () -> model().assessment().answer("A1", "l").answer("B1", "l").profile("baselin").build());
    assertEquals(DiagnosticCode.E0417, x.diagnostics().get(0).code());
    assertEquals(Optional.of("did you mean 'baseline'?"), x.diagnostics().get(0).hint());
  }

  @Test
  void aProfileGivenTwice_isE0407() {
    AssessmentException x = assertThrows(AssessmentException.class,
        () -> model().assessment().answer("A1", "l").answer("B1", "l").profile("baseline").profile("enhanced").build());
    assertEquals(DiagnosticCode.E0407, x.diagnostics().get(0).code());
  }

  @Test
  void theChecksCatchDuplicateProfiles_unknownDimensionsAndLevels_andRepeatedTargets() {
    ModelResult r = MaturityModel.builder().name("M").level("low", "Low").level("high", "High")
        .dimension("A", "Area", d -> d.question("A1", "Q", q -> q.option("l", "L", "low").option("h", "H", "high")
            .action("high", "Up.")))
        .profile("p", "P", p -> p.target("Z", "high").target("A", "hgh"))
        .profile("p", "P again", p -> p.target("A", "high").target("A", "low"))
        .check();
    assertEquals(List.of(DiagnosticCode.E0204, DiagnosticCode.E0203, DiagnosticCode.E0201, DiagnosticCode.E0226),
        r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList(), r::render);
  }
}
