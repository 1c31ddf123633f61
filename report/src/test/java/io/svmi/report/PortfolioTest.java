package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Teams combined into an organisation, question by question, by the declared rule. */
class PortfolioTest {
  private static final MaturityModel MODEL = Svmi.compileOrThrow("mini.svmi", """
      model "Mini"
      levels {
        l0 "Zero"
        l1 "One"
        l2 "Two"
        l3 "Three"
      }
      dimension A "Alpha" {
        question A1 "First?" {
          option a "A" -> l0
          option b "B" -> l1
          option c "C" -> l2
          option d "D" -> l3
        }
        question A2 "Second?" {
          option low  "Low"  -> l0
          option high "High" -> l3
          option na   "Not relevant" -> not applicable
        }
      }
      """);

  private static Evaluation team(String a1, String a2) throws AssessmentException {
    return MODEL.evaluate(Answers.read(MODEL, SourceText.of("t.json",
        "{\"answers\": {\"A1\": \"" + a1 + "\", \"A2\": \"" + a2 + "\"}}")));
  }

  private static String level(Portfolio p, String q) {
    return p.spread(q).orElseThrow().level().map(Level::id).orElse("none");
  }

  @Test
  void eachRule_combinesTheTeams_withTheSpread() throws Exception {
    List<Evaluation> teams = List.of(team("a", "high"), team("d", "low"), team("b", "high"), team("d", "na"));
    // A1 ranks 0, 3, 1, 3: lowest 0, lower median 1, mean 7/4 rounded down 1.
    assertEquals("l0", level(Portfolio.combine(MODEL, teams, Portfolio.Rule.LOWEST, Map.of()), "A1"));
    assertEquals("l1", level(Portfolio.combine(MODEL, teams, Portfolio.Rule.LOWER_MEDIAN, Map.of()), "A1"));
    assertEquals("l1", level(Portfolio.combine(MODEL, teams, Portfolio.Rule.MEAN_ROUNDED_DOWN, Map.of()), "A1"));
    Portfolio p = Portfolio.combine(MODEL, teams, Portfolio.Rule.LOWEST, Map.of("A2", Portfolio.Rule.MEAN_ROUNDED_DOWN));
    Portfolio.Combined a1 = p.spread("A1").orElseThrow();
    assertEquals(Optional.of("l0"), a1.lowest().map(Level::id));
    assertEquals(Optional.of("l3"), a1.highest().map(Level::id));
    assertEquals(4, a1.teams());
    // A2: ranks 3, 0, 3 (the "not applicable" team left out): mean 2, and no option is at l2: l0.
    Portfolio.Combined a2 = p.spread("A2").orElseThrow();
    assertEquals(3, a2.teams());
    assertEquals(Optional.of("l0"), a2.level().map(Level::id), "never an option above the combined level");
    assertEquals("l0", p.organisation().present().orElseThrow().id());
  }

  @Test
  void html_showsTheOrganisationAndEachQuestionsSpread_matchesGolden() throws Exception {
    List<Evaluation> teams = List.of(team("a", "high"), team("d", "low"), team("b", "high"), team("d", "na"));
    Portfolio p = Portfolio.combine(MODEL, teams, Portfolio.Rule.LOWER_MEDIAN, Map.of("A2", Portfolio.Rule.LOWEST));
    Golden.assertMatches("portfolio.html", p.html());
  }

  @Test
  void everyTeamNotApplicable_organisationNotApplicable() throws Exception {
    List<Evaluation> teams = List.of(team("b", "na"), team("c", "na"));
    Portfolio p = Portfolio.combine(MODEL, teams, Portfolio.Rule.LOWEST, Map.of());
    assertEquals(0, p.spread("A2").orElseThrow().teams());
    assertEquals("na", p.organisation().assessment().answers().get("A2"));
    assertEquals(teams, p.teams());
    assertEquals(List.of("A1", "A2"), p.questions().stream().map(Portfolio.Combined::questionId).toList());
    JsonNode a2 = new ObjectMapper().readTree(p.json()).get("questions").get(1);
    assertEquals("A2", a2.get("id").asText());
    assertTrue(a2.get("level").isNull() && a2.get("lowest").isNull() && a2.get("highest").isNull(), a2::toString);
  }

  @Test
  void noTeam_orATeamOfAnotherModel_isRefused() throws Exception {
    assertThrows(IllegalArgumentException.class,
        () -> Portfolio.combine(MODEL, List.of(), Portfolio.Rule.LOWEST, Map.of()));
    MaturityModel other = Svmi.compileOrThrow("other.svmi", "model \"Other\" levels { l0 \"Zero\" }\n"
        + "dimension A \"A\" { question A1 \"Q\" { option a \"A\" -> l0 } }\n");
    Evaluation foreign = other.evaluate(other.assessment().answer("A1", "a").build());
    assertThrows(IllegalArgumentException.class,
        () -> Portfolio.combine(MODEL, List.of(team("a", "low"), foreign), Portfolio.Rule.LOWEST, Map.of()));
  }

  /** Of two options at the combined level, the organisation answers with the first in the model's order. */
  @Test
  void theCombinedLevel_isAnsweredWithItsFirstOption() throws Exception {
    MaturityModel two = Svmi.compileOrThrow("two.svmi", "model \"Two\" levels { l0 \"Zero\" l1 \"One\" }\n"
        + "dimension A \"A\" { question A1 \"Q\" { option no \"No\" -> l0 option partly \"Partly\" -> l1"
        + " option mostly \"Mostly\" -> l1 } }\n");
    Evaluation mostly = two.evaluate(two.assessment().answer("A1", "mostly").build());
    Portfolio p = Portfolio.combine(two, List.of(mostly, mostly), Portfolio.Rule.LOWEST, Map.of());
    assertEquals("partly", p.organisation().assessment().answers().get("A1"));
  }

  /** The spread chart draws each question's bar from its lowest team's level to its highest. */
  @Test
  void spreadChart_barRunsFromTheLowestTeamToTheHighest() throws Exception {
    Portfolio p = Portfolio.combine(MODEL, List.of(team("b", "high"), team("c", "high")), Portfolio.Rule.LOWEST, Map.of());
    String html = p.html();
    // Columns 90 wide from x = 110, a level at its column's middle: One at 245, Two at 335, Three at 425.
    assertTrue(html.contains("<rect x=\"239\" y=\"35\" width=\"102\" height=\"10\""), html);
    assertTrue(html.contains("<rect x=\"419\" y=\"57\" width=\"12\" height=\"10\""), html);
  }

  @Test
  void ruleForAnUnknownQuestion_isAnError() {
    AssessmentException e = assertThrows(AssessmentException.class, () -> Portfolio.combine(
        MODEL, List.of(team("a", "low")), Portfolio.Rule.LOWEST, Map.of("Z9", Portfolio.Rule.LOWEST)));
    assertEquals("E0401", e.diagnostics().get(0).code().name());
  }
}
