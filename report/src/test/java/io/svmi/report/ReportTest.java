package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import io.svmi.AssessmentException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  static final Path WALSALL_MODEL = Path.of("examples/models/svmi.svmi");
  static final Path WALSALL_ANSWERS = Path.of("examples/assessments/walsall.json");
  static final Path SCORED_MODEL = Path.of("report/src/test/resources/scored/samm-excerpt.svmi");
  static final Path SCORED_ANSWERS = Path.of("report/src/test/resources/scored/excerpt-answers.json");

  static Evaluation evaluate(Path model, Path answers) throws AssessmentException {
    MaturityModel m = Svmi.compileOrThrow(model);
    return m.evaluate(Answers.read(m, answers));
  }

  static Evaluation walsall() throws AssessmentException {
    return evaluate(WALSALL_MODEL, WALSALL_ANSWERS);
  }

  /** The golden files the command line's `svmi plan` is also checked against: the library makes them. */
  @Test
  void walsallAndScored_inEveryFormat_matchGolden() throws Exception {
    for (PlanFormat format : PlanFormat.values()) {
      Golden.assertMatches("walsall-plan." + format.extension(), Report.of(walsall()).render(format));
      Golden.assertMatches("scored-plan." + format.extension(), Report.of(evaluate(SCORED_MODEL, SCORED_ANSWERS)).render(format));
    }
  }

  @Test
  void write_toAWriter_isTheRendering() throws Exception {
    Report report = Report.of(SampleModel.evaluation());
    for (PlanFormat format : PlanFormat.values()) {
      StringWriter out = new StringWriter();
      report.write(format, out);
      assertEquals(report.render(format), out.toString(), format.id());
    }
  }

  @Test
  void htmlFragment_isThePageBody_andStyleIsThePagesStyle() throws Exception {
    Report report = Report.of(SampleModel.evaluation());
    String page = report.render(PlanFormat.HTML);
    StringBuilder fragment = new StringBuilder();
    report.writeHtmlFragment(fragment);
    assertTrue(fragment.toString().startsWith("<h1>"), fragment::toString);
    assertTrue(page.contains("<body>\n" + fragment + "</body>"), page);
    assertTrue(page.contains("<style>\n" + Report.htmlStyle() + "\n</style>"), page);
  }

  @Test
  void text_smallModel_matchesGolden() throws Exception {
    Golden.assertMatches("tiny-plan.txt", Report.of(SampleModel.evaluation()).render(PlanFormat.TEXT));
  }

  @Test
  void markdown_smallModel_matchesGolden() throws Exception {
    Golden.assertMatches("tiny-plan.md", Report.of(SampleModel.evaluation()).render(PlanFormat.MARKDOWN));
  }

  @Test
  void json_smallModel_matchesGolden() throws Exception {
    Golden.assertMatches("tiny-plan.json", Report.of(SampleModel.evaluation()).render(PlanFormat.JSON));
  }

  @Test
  void html_smallModel_matchesGolden() throws Exception {
    Golden.assertMatches("tiny-plan.html", Report.of(SampleModel.evaluation()).render(PlanFormat.HTML));
  }

  @Test
  void text_actionTable_hasOneColumnPerLevelAboveTheLowestAndNot() throws Exception {
    String text = Report.of(SampleModel.evaluation()).render(PlanFormat.TEXT);
    assertTrue(text.contains("\tTo reach 'Some'\tTo reach 'Good'\tTo reach 'Best'\tNot\n"), text);
    // P1 is at Some: its next step is Good; P2 is not applicable and listed under Not.
    assertTrue(text.contains("People | Skills\t\tTrain \"everyone\" <every> quarter & record it.\t\tP2\n"), text);
    // R has every question not applicable: no level, and no target either.
    assertTrue(text.contains("R\tReach\tno level\tno level\n"), text);
  }

  @Test
  void html_escapesEveryText_andLoadsNothingExternal() throws Exception {
    String html = Report.of(SampleModel.evaluation()).render(PlanFormat.HTML);
    assertTrue(html.contains("Tiny &lt;Index&gt; &amp; Co"), html);
    assertTrue(html.contains("Train &quot;everyone&quot; &lt;every&gt; quarter &amp; record it."), html);
    assertFalse(html.contains("<Index>"));
    assertFalse(html.contains("<every>"));
    for (String external : List.of("src=", "href=", "<script", "@import", "url(")) {
      assertFalse(html.contains(external), external);
    }
  }

  @Test
  void markdown_escapesPipesAndMarkup() throws Exception {
    String md = Report.of(SampleModel.evaluation()).render(PlanFormat.MARKDOWN);
    assertTrue(md.contains("| People \\| Skills |"), md);
    assertTrue(md.contains("Tiny \\<Index\\> & Co"), md);
  }

  @Test
  void json_isWellFormed_andCarriesTheSchemaVersion() throws Exception {
    Evaluation e = SampleModel.evaluation();
    String json = Report.of(e).render(PlanFormat.JSON);
    int actions = 0;
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        if (p.currentToken().isScalarValue() && "question".equals(p.currentName())) {
          actions++;
        }
      }
    }
    assertEquals(e.plan().size(), actions);
    assertTrue(json.startsWith("{\n  \"schemaVersion\": 1,\n"), json);
  }

  @Test
  void formats_byId_acceptsTheFourNamesOnly() {
    assertEquals(List.of("text", "markdown", "json", "html"), PlanFormat.ids());
    assertEquals(PlanFormat.HTML, PlanFormat.byId("HTML").orElseThrow());
    assertTrue(PlanFormat.byId("pdf").isEmpty());
  }

  /** The published footnote describes SVMI's plan: an ordinal model's, under 'next level'. */
  @Test
  void footnote_onlyUnderTheNextLevelPlansOfOrdinalModels() throws Exception {
    String footnote = "The actions in the action plan are defined by your response to each question";
    for (PlanFormat format : PlanFormat.values()) {
      String nextLevel = Report.of(SampleModel.evaluation()).render(format);
      assertEquals(format != PlanFormat.JSON, nextLevel.contains(footnote), format + " under next level");
    }
    for (String policy : List.of("up to target", "up to top")) {
      String text = Svmi.print(SampleModel.model()).replace("action plan     = next level", "action plan     = " + policy);
      MaturityModel model = Svmi.compileOrThrow("tiny.svmi", text);
      Evaluation e = model.evaluate(Answers.read(model, SourceText.of("tiny.json", SampleModel.ANSWERS)));
      for (PlanFormat format : PlanFormat.values()) {
        String rendered = Report.of(e).render(format);
        assertFalse(rendered.contains(footnote), format + " under " + policy);
        assertFalse(rendered.contains("<sup>*</sup>") || rendered.contains("\n* ") || rendered.contains("\n\\* "),
            format + " under " + policy + ": no footnote mark");
      }
      String text0 = Report.of(e).render(PlanFormat.TEXT);
      assertTrue(text0.endsWith("\tR1\n"), "the text plan ends with the action table:\n" + text0);
      assertTrue(
          Report.of(e).render(PlanFormat.HTML).contains("<p class=\"note\">The column Not lists the questions answered not applicable.</p>"));
    }
  }
}
