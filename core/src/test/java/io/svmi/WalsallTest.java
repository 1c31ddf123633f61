package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published Walsall Council SVMI action plan (the project's reference case), reproduced with
 * the Java builder: every dimension's present level and future target, overall Follower -> Mature,
 * and exactly which cells of the action table hold actions, with their published sentences.
 *
 * <p>Each question is answered at one level and carries the action the plan shows one level above
 * it (the plan lists, for every question below the top, the step to its next level). Procurement
 * shows no action in the published plan: its question has no action text.
 */
class WalsallTest {

  /** One question: the level it is answered at, and the text of the step above it ("" for none). */
  private record Q(String answeredAt, String nextStep) {}

  private record Dim(String id, String name, String present, String future, List<Q> questions) {}

  private static final List<Dim> DIMENSIONS = List.of(
      new Dim("A", "Policy & Scope", "mature", "leader", List.of(
          new Q("mature", "Develop a strategy to tailor the required Social Value contribution to the size and scope of the contract."),
          new Q("leader", "Go beyond the Act and apply Social Value requirements to Grants, Supplies, Works, Services and Planning."))),
      new Dim("B", "Internal Management", "mature", "leader", List.of(
          new Q("mature", "Implement a training programme for officers involved in Social Value, and provide resources to assist them in implementing the Social Value Strategy."),
          new Q("leader", "Introduce Social Value as a KPI in Cabinet/Scrutiny Committee meetings."))),
      new Dim("C", "Measurement: Themes, Outcomes and Measures", "follower", "mature", List.of(
          new Q("follower", "Introduce a programme to start measuring Social Value in non-financial terms, against an approved set of TOMs. Include a requirement in your policy to ensure that your approved TOMs are available to suppliers through your website."),
          new Q("mature", "Start a process to update TOMs annually, supported by evidence from case studies and ongoing contracts."),
          new Q("leader", "Incorporate stakeholder feedback to adjust your outcome financial weightings. Consult stakeholders and public sector bodies in the TOMs development/update process (e.g. health, education, emergency services)."))),
      new Dim("D", "Commissioning", "follower", "leader", List.of(
          new Q("follower", "Update the approach to Social Value through commissioning, using a needs assessment. Recommission key projects, ensuring that Social Value creation is at their core."),
          new Q("mature", "Embed Social Value throughout the commissioning cycle, ensuring that Procurement are involved throughout. Introduce a process to assess new contracts before procurement has started, to understand their potential contribution to Social Value. Adjust the TOMs against your overall Social Value Strategy as it is updated.  Introduce a process to incorporate feedback/lessons learnt within departments."),
          new Q("leader", "Ensure consistency in Social Value approach across the organisation by introducing Checks and/or Gateways between departments. Set up a space to share your Social Value Themes, Outcomes and Measures across departments."))),
      new Dim("E", "Procurement", "mature", "leader", List.of(
          new Q("mature", ""))),
      new Dim("F", "Market Engagement and Partnerships", "follower", "mature", List.of(
          new Q("follower", "Target the business community and third sector to build capacity in delivering Social Value."),
          new Q("mature", "Collate or get access to a library of case studies and other examples of Social Value activity. Introduce a programme for upskilling local organisations (micro/small/medium enterprise and VCS). Identify or begin a programme of regular forums for Social Value networking/engagement."),
          new Q("leader", "Begin a programme to promote B2B and B2Three relationships for large suppliers and long term frameworks. Introduce a cross sector advisory group around Social Value and Market Engagement, with regular meetings."))),
      new Dim("G", "Contract Management", "follower", "mature", List.of(
          new Q("follower", "Bind specific, targeted Social Value action plans into contracts, and monitor the delivery of Social Value after award."),
          new Q("mature", "Undertake performance reviews of contracts and incorporate feedback, to ensure improvement in SV delivery."))),
      new Dim("H", "Cross Sector Collaboration", "incomplete", "mature", List.of(
          new Q("incomplete", "Implement a system for sharing data on an ad hoc basis for joint procurement/commissioning initiatives."),
          new Q("follower", "Identify relevant public bodies for cross sector collaboration, and begin discussions."),
          new Q("leader", "Identify and share cost savings available through Social Value initiatives. Develop a common reporting method for Social Value."))),
      new Dim("I", "Reporting", "follower", "mature", List.of(
          new Q("follower", "Introduce annual feedback to Cabinet/Scrutiny Committee on Social Value. Begin Annual Reporting on Social Value progress and delivery."),
          new Q("leader", "Publish case studies and other evidence on the local impacts of Social Value policy."))),
      new Dim("J", "Governance and Accountability", "follower", "leader", List.of(
          new Q("follower", "Value Act is addressed in the Corporate"),
          new Q("mature", "Embed Social Value into commissioning and procurement, with a ratified policy and published toolkit."))));

  private static ModelResult result;
  private static MaturityModel model;
  private static Evaluation walsall;

  private static String above(String level) {
    for (int i = 0; i < Fixtures.LEVELS.length - 1; i++) {
      if (Fixtures.LEVELS[i].equals(level)) {
        return Fixtures.LEVELS[i + 1];
      }
    }
    throw new IllegalArgumentException(level);
  }

  @BeforeAll
  static void buildAndEvaluate() throws AssessmentException {
    ModelBuilder b = MaturityModel.builder().name("Social Value Maturity Index").version("1.0")
        .dimensionLevel(Combination.LOWEST)
        .overallLevel(Combination.MEAN_ROUNDED_DOWN)
        .actionPlan(PlanPolicy.NEXT_LEVEL)
        .unansweredIsError();
    for (int i = 0; i < Fixtures.LEVELS.length; i++) {
      b.level(Fixtures.LEVELS[i], Fixtures.NAMES[i]);
    }
    for (Dim d : DIMENSIONS) {
      ModelBuilder.DimensionBuilder db = b.dimension(d.id(), d.name());
      for (int i = 0; i < d.questions().size(); i++) {
        Q q = d.questions().get(i);
        ModelBuilder.QuestionBuilder qb = db.question(d.id() + (i + 1), "Question " + d.id() + (i + 1));
        Fixtures.everyLevel(qb);
        if (!q.nextStep().isEmpty()) {
          qb.action(above(q.answeredAt()), q.nextStep());
        }
      }
    }
    result = b.check();
    model = result.orElseThrow();
    Assessment.Builder a = model.assessment().subject("Walsall Council");
    for (Dim d : DIMENSIONS) {
      for (int i = 0; i < d.questions().size(); i++) {
        a.answer(d.id() + (i + 1), d.questions().get(i).answeredAt());
      }
      a.target(d.id(), d.future());
    }
    walsall = model.evaluate(a.build());
  }

  @Test
  void dimensions_walsallAnswers_haveThePublishedNamesPresentLevelsAndTargets() {
    assertEquals(10, walsall.dimensions().size());
    for (int i = 0; i < DIMENSIONS.size(); i++) {
      Dim expected = DIMENSIONS.get(i);
      DimensionResult actual = walsall.dimensions().get(i);
      assertEquals(expected.id(), actual.dimension().id());
      assertEquals(expected.name(), actual.dimension().name());
      assertEquals(expected.present(), actual.present().orElseThrow().id(), expected.id());
      assertEquals(expected.future(), actual.target().orElseThrow().id(), expected.id());
    }
  }

  @Test
  void overall_walsallAnswers_isFollowerAimingForMature() {
    assertEquals("Follower", walsall.present().orElseThrow().name());
    assertEquals("Mature", walsall.target().orElseThrow().name());
    assertEquals(
        "Overall is Follower: mean rounded down of A Mature (2), B Mature (2), C Follower (1), D Follower (1),"
            + " E Mature (2), F Follower (1), G Follower (1), H Incomplete/Non Compliant (0), I Follower (1),"
            + " J Follower (1) is 1.2, which rounds down to Follower",
        walsall.presentExplanation());
    assertTrue(walsall.targetExplanation().endsWith("is 2.5, which rounds down to Mature (of the dimension targets)"),
        walsall.targetExplanation());
  }

  @Test
  void actionTable_walsallAnswers_holdsExactlyThePublishedCells() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Dim d : DIMENSIONS) {
      for (Q q : d.questions()) {
        if (!q.nextStep().isEmpty()) {
          expected.computeIfAbsent(d.id() + " " + above(q.answeredAt()), k -> new ArrayList<>()).add(q.nextStep());
        }
      }
    }
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (Dim d : DIMENSIONS) {
      for (Level level : model.scale().levels()) {
        List<String> texts = walsall.plan().cell(d.id(), level).stream().filter(Action::hasText).map(Action::text).toList();
        if (!texts.isEmpty()) {
          actual.put(d.id() + " " + level.id(), texts);
        }
      }
    }
    assertEquals(expected, actual);
    assertEquals(
        List.of("A leader", "A innovator", "B leader", "B innovator", "C mature", "C leader", "C innovator",
            "D mature", "D leader", "D innovator", "F mature", "F leader", "F innovator", "G mature", "G leader",
            "H follower", "H mature", "H innovator", "I mature", "I innovator", "J mature", "J leader"),
        List.copyOf(actual.keySet()));
  }

  @Test
  void actionTable_crossSectorCollaboration_hasFollowerMatureAndInnovatorCellsOnly() {
    List<String> levels = walsall.plan().forDimension("H").stream().map(a -> a.level().id()).toList();
    assertEquals(List.of("follower", "mature", "innovator"), levels);
  }

  @Test
  void actionTable_procurement_rowIsEmptyAndTheModelWarnsW0302() {
    List<Action> row = walsall.plan().forDimension("E");
    assertEquals(1, row.size()); // E1's step to Leader is planned, but the model has no text for it
    assertTrue(row.stream().noneMatch(Action::hasText));
    assertTrue(result.warnings().stream().anyMatch(
        w -> w.code() == DiagnosticCode.W0302 && w.message().startsWith("question 'E1' has no action text to reach")),
        result.warnings()::toString);
  }

  @Test
  void actionTable_governanceMatureCell_keepsThePublishedFragmentVerbatim() {
    assertEquals(List.of("Value Act is addressed in the Corporate"),
        walsall.plan().cell("J", model.scale().level("mature").orElseThrow()).stream().map(Action::text).toList());
  }

  @Test
  void subject_walsallAssessment_isKept() {
    assertEquals("Walsall Council", walsall.subject());
  }
}
