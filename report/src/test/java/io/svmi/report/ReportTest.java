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
import java.util.Optional;
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
  void tsv_actionTable_hasOneColumnPerLevelAboveTheLowestAndNot() throws Exception {
    String text = Report.of(SampleModel.evaluation()).render(PlanFormat.TSV);
    assertTrue(text.contains("\tTo reach 'Some'\tTo reach 'Good'\tTo reach 'Best'\tNot\n"), text);
    // P1 is at Some: its next step is Good; P2 is not applicable and listed under Not.
    assertTrue(text.contains("People | Skills\t\tTrain \"everyone\" <every> quarter & record it.\t\tP2\n"), text);
    // R has every question not applicable: no level, and no target either.
    assertTrue(text.contains("R\tReach\tno level\tno level\n"), text);
  }

  /** The text plan fits an 80-column terminal: only a word longer than a line may pass it. */
  @Test
  void text_walsall_fitsEightyColumns_withABlockPerDimension() throws Exception {
    String text = Report.of(walsall()).render(PlanFormat.TEXT);
    for (String line : text.split("\n")) {
      assertTrue(line.length() <= 80, () -> line.length() + " columns: " + line);
      assertFalse(line.contains("\t"), line);
    }
    assertTrue(text.contains("\nA Policy & Scope: Mature -> Leader\n  To reach 'Leader'\n    - Develop a strategy"), text);
  }

  /** A dimension short of its target whose steps have no text says so, in every format but the published layout. */
  @Test
  void dimensionWithoutActionText_saysSo() throws Exception {
    Report report = Report.of(walsall());
    assertTrue(report.render(PlanFormat.TEXT).contains(
        "E Procurement: Mature -> Leader\n  To reach 'Leader'\n    - (the model has no action text for this step)\n"));
    assertTrue(report.render(PlanFormat.MARKDOWN).contains(
        "| Procurement | | | _(the model has no action text for this step)_ | | |"));
    assertTrue(report.render(PlanFormat.HTML).contains(
        "<th scope=\"row\">Procurement</th><td></td><td></td><td><p class=\"none\">(the model has no action text for this step)</p></td>"));
    assertTrue(report.render(PlanFormat.TSV).contains("\nProcurement\t\t\t\t\t\n"), "the published layout is kept");
    assertEquals(Optional.empty(), report.table().noActionText(walsall().dimension("A").orElseThrow()));
  }

  /** The "Not" column lists questions with their texts, and the text and Markdown plans say what it is. */
  @Test
  void notApplicable_isShownWithQuestionTexts_andExplained() throws Exception {
    Report report = Report.of(SampleModel.evaluation());
    assertTrue(report.render(PlanFormat.TEXT).contains("  Not (answered not applicable)\n    - P2 Is there a mentor?\n"));
    String md = report.render(PlanFormat.MARKDOWN);
    assertTrue(md.contains("| P2 Is there a mentor? |\n"), md);
    assertTrue(md.contains("\n" + PlanTable.NOT_EXPLANATION + "\n"), md);
    assertTrue(report.render(PlanFormat.HTML).contains("<td><p>R1 Is reach tracked?</p></td></tr>"));
    assertTrue(report.render(PlanFormat.TSV).contains("\tP2\n"), "the published layout keeps the ids");
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
  void formats_byId_acceptsTheirNamesOnly() {
    assertEquals(List.of("text", "tsv", "markdown", "json", "html"), PlanFormat.ids());
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
      String tsv = Report.of(e).render(PlanFormat.TSV);
      assertTrue(tsv.endsWith("\tR1\n"), "the published layout ends with the action table:\n" + tsv);
      String md = Report.of(e).render(PlanFormat.MARKDOWN);
      assertTrue(md.endsWith("\n\n" + PlanTable.NOT_EXPLANATION + "\n"), md);
      assertTrue(
          Report.of(e).render(PlanFormat.HTML).contains("<p class=\"note\">The column Not lists the questions answered not applicable.</p>"));
    }
  }
}
