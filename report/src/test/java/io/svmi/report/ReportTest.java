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
import io.svmi.Assessment;
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

  /** The tiny model this year against last year's answers: the chart's third line. */
  static Report withLastYear() throws Exception {
    MaturityModel model = SampleModel.model();
    Evaluation lastYear = model.evaluate(model.assessment()
        .answer("P1", "no").answer("P2", "yes").answer("Q1", "yes").answer("R1", "na").build());
    return Report.of(SampleModel.evaluation()).withPrevious(lastYear);
  }

  @Test
  void chart_withAPreviousEvaluation_matchesGolden() throws Exception {
    Golden.assertMatches("tiny-chart-previous.svg", withLastYear().render(PlanFormat.SVG));
  }

  /** Accessible: a title and a description that gives every value; no script; a standalone SVG document. */
  @Test
  void chart_isAccessible() throws Exception {
    String svg = withLastYear().render(PlanFormat.SVG);
    assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
    assertTrue(svg.contains("role=\"img\" aria-labelledby=\"svmi-chart-title svmi-chart-desc\""), svg);
    assertTrue(svg.contains("<title id=\"svmi-chart-title\">Tiny &lt;Index&gt; &amp; Co: Borough of &lt;Test&gt; &amp; Sons,"
        + " present levels and targets by dimension</title>"), svg);
    assertTrue(svg.contains("P People | Skills: Some, target Good, previously None."), svg);
    assertTrue(svg.contains("R Reach: no level, target no level, previously no level."), svg);
    assertFalse(svg.contains("<script") || svg.contains("href") || svg.contains("url("), svg);
  }

  /** Printed in black and white, the lines still differ: by dash pattern and by marker shape. */
  @Test
  void chart_linesDifferByDashAndMarker_notOnlyByColour() throws Exception {
    String svg = withLastYear().render(PlanFormat.SVG);
    assertTrue(svg.contains(".present { stroke: #1f4e9c; fill: #1f4e9c; fill-opacity: 0.12; stroke-width: 2.5; }"), svg);
    assertTrue(svg.contains(".target { stroke: #a34a00; fill: none; stroke-width: 2; stroke-dasharray: 8 4; }"), svg);
    assertTrue(svg.contains(".previous { stroke: #444; fill: none; stroke-width: 1.5; stroke-dasharray: 2 3; }"), svg);
    String present = group(svg, "present");
    String target = group(svg, "target");
    String previous = group(svg, "previous");
    assertTrue(present.contains("<circle class=\"marker\"") && !present.contains("<rect"), present);
    assertTrue(target.contains("<rect class=\"marker\"") && !target.contains("<circle"), target);
    assertTrue(previous.contains("<polygon class=\"marker\"") && !previous.contains("<rect"), previous);
  }

  private static String group(String svg, String css) {
    int start = svg.indexOf("<g class=\"" + css + "\">\n");
    return svg.substring(start, svg.indexOf("</g>", start));
  }

  /** A score-based model charts scores: SAMM's Strategy and Metrics at 0.875 of 3 on the first axis. */
  @Test
  void chart_scoreBasedModel_chartsScores() throws Exception {
    String svg = Report.of(evaluate(SCORED_MODEL, SCORED_ANSWERS)).render(PlanFormat.SVG);
    assertTrue(svg.contains("from the centre (score 0) out to Level 3 (score 3)"), svg);
    assertTrue(svg.contains("SM Strategy and Metrics: Level 0+ (score 0.875), target Level 2 (score 2)."), svg);
    // 0.875 / 3 of the radius (175) above the centre (280, 255); the target 2 / 3.
    assertTrue(group(svg, "present").contains("<circle class=\"marker\" cx=\"280.0\" cy=\"204.0\" r=\"4\"/>"), svg);
    assertTrue(group(svg, "target").contains("<rect class=\"marker\" x=\"275.0\" y=\"133.3\""), svg);
  }

  /** One or two dimensions make no polygon: the chart draws rings as circles and the markers alone. */
  @Test
  void chart_ofOneOrTwoDimensions_draws() throws Exception {
    for (String dims : List.of("A", "A B")) {
      StringBuilder text = new StringBuilder("model \"M\"\nlevels {\n  low \"Low\"\n  high \"High\"\n}\n");
      for (String d : dims.split(" ")) {
        text.append("dimension ").append(d).append(" \"").append(d).append("\" {\n  question ").append(d)
            .append("1 \"Q\" {\n    option l \"L\" -> low\n    option h \"H\" -> high\n  }\n}\n");
      }
      MaturityModel model = Svmi.compileOrThrow("m.svmi", text.toString());
      Assessment.Builder b = model.assessment();
      model.dimensions().keySet().forEach(d -> b.answer(d + "1", "l"));
      String svg = Report.of(model.evaluate(b.build())).render(PlanFormat.SVG);
      assertTrue(svg.contains("<circle cx=\"280.0\" cy=\"255.0\" r=\"87.5\"/>"), svg);
      assertTrue(svg.endsWith("</svg>\n"), svg);
    }
  }

  /** The HTML report carries the chart inline, and beside it a table of what it draws. */
  @Test
  void html_hasTheChart_andATableOfItsValues() throws Exception {
    String html = withLastYear().render(PlanFormat.HTML);
    assertTrue(html.contains("<figure class=\"chart\">\n<svg xmlns="), html);
    assertFalse(html.contains("<?xml"), "no XML declaration inside HTML");
    assertTrue(html.contains("<thead><tr><th></th><th>Present</th><th>Target</th><th>Previous</th></tr></thead>"), html);
    assertTrue(html.contains("<tr><th scope=\"row\">P People | Skills</th><td>Some</td><td>Good</td><td>None</td></tr>"), html);
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
    assertTrue(md.contains("Tiny \\<Index\\> \\& Co"), md);
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
  void everyFormat_aModelWithNoOverallLevel_showsNoOverallLevel() throws Exception {
    MaturityModel m = SampleModel.noOverallLevel();
    Evaluation e = m.evaluate(m.assessment().answer("A1", "l").target("A", "high").build());
    for (PlanFormat f : PlanFormat.values()) {
      String out = Report.of(e).render(f);
      assertFalse(out.contains("Present Performance") || out.contains("Future Target:") || out.contains("\"overall\""),
          f + ":\n" + out);
      assertTrue(f == PlanFormat.SVG || out.contains("Reach high."), out);   // the chart has no action texts
    }
  }

  @Test
  void formats_byId_acceptsTheirNamesOnly() {
    assertEquals(List.of("text", "tsv", "markdown", "json", "html", "svg"), PlanFormat.ids());
    assertEquals(PlanFormat.HTML, PlanFormat.byId("HTML").orElseThrow());
    assertTrue(PlanFormat.byId("pdf").isEmpty());
  }

  /** The published footnote describes SVMI's plan: an ordinal model's, under 'next level'. */
  @Test
  void footnote_onlyUnderTheNextLevelPlansOfOrdinalModels() throws Exception {
    String footnote = "The actions in the action plan are defined by your response to each question";
    for (PlanFormat format : PlanFormat.values()) {
      String nextLevel = Report.of(SampleModel.evaluation()).render(format);
      boolean hasFootnote = format != PlanFormat.JSON && format != PlanFormat.SVG;
      assertEquals(hasFootnote, nextLevel.contains(footnote), format + " under next level");
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

  /** A host serves each rendering with its media type (the web application's Content-Type). */
  @Test
  void eachFormat_namesTheMediaTypeOfWhatItRenders() {
    assertEquals(List.of("text/plain; charset=utf-8", "text/tab-separated-values; charset=utf-8",
        "text/markdown; charset=utf-8", "application/json", "text/html; charset=utf-8", "image/svg+xml"),
        java.util.Arrays.stream(PlanFormat.values()).map(PlanFormat::mediaType).toList());
    assertEquals(List.of("text/plain; charset=utf-8", "text/markdown; charset=utf-8", "application/json",
        "text/html; charset=utf-8"), java.util.Arrays.stream(ComparisonFormat.values()).map(ComparisonFormat::mediaType).toList());
  }

  /** An action text that fills its line exactly stays on one line; one more character wraps its last word. */
  @Test
  void text_actionFillingTheLineExactly_staysOnOneLine() throws Exception {
    String exactly = "word ".repeat(14) + "abcd";   // 74 characters: the 80 columns less "    - "
    for (String text : List.of(exactly, exactly + "e")) {
      MaturityModel m = MaturityModel.builder().name("M").level("low", "Low").level("high", "High")
          .dimension("A", "A", d -> d.question("A1", "Q", q -> q.option("l", "L", "low").option("h", "H", "high")
              .action("high", text)))
          .build();
      String plan = Report.of(m.evaluate(m.assessment().answer("A1", "l").target("A", "high").build())).render(PlanFormat.TEXT);
      String expected = text.equals(exactly) ? "    - " + text + "\n" : "    - " + "word ".repeat(14).trim() + "\n      abcde\n";
      assertTrue(plan.contains(expected), plan);
    }
  }

  /**
   * The chart of a score-based model whose only level starts at 0: its scale runs from 0 to 1
   * (a scale from 0 to 0 would put every point at NaN), and its description says so (not "out to
   * Started (score 0)", where the points of score 1 stand).
   */
  @Test
  void chart_ofAScoredModelWithOneLevelFromZero_isDrawnOnAScaleOfOne() throws Exception {
    MaturityModel m = Svmi.compileOrThrow("one.svmi", """
        model "One level"
        levels {
          l0 "Started" from 0
        }
        rules {
          dimension level = sum of questions
        }
        dimension A "Alpha" {
          question A1 "Q?" {
            option no "No" -> 0
            option yes "Yes" -> 1
          }
        }
        dimension B "Beta" {
          question B1 "Q?" {
            option no "No" -> 0
            option yes "Yes" -> 1
          }
        }
        dimension C "Gamma" {
          question C1 "Q?" {
            option no "No" -> 0
            option yes "Yes" -> 1
          }
        }
        """);
    Evaluation e = m.evaluate(m.assessment().answer("A1", "yes").answer("B1", "no").answer("C1", "yes").build());
    String svg = Report.of(e).render(PlanFormat.SVG);
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
    assertTrue(svg.contains("from the centre (score 0) out to score 1."), svg);
    Golden.assertMatches("one-level-chart.svg", svg);
  }

  /**
   * A dimension below its target with no step planned (a valued question without an `at` level is
   * never planned): the plan says the model has no action text under the next level up.
   */
  @Test
  void aDimensionBelowItsTargetWithNoStep_isMarkedUnderTheNextLevel() throws Exception {
    MaturityModel m = Svmi.compileOrThrow("n.svmi", """
        model "N"
        levels {
          l0 "L0" from 0
          l1 "L1" from 1
          l2 "L2" from 2
        }
        rules {
          dimension level = sum of questions
        }
        dimension A "Alpha" {
          question A1 "Q?" {
            option no "No" -> 0
            option yes "Yes" -> 1
          }
        }
        """);
    String none = "_(the model has no action text for this step)_";
    for (String[] c : new String[][] {{"no", "| Alpha | " + none + " | | |"}, {"yes", "| Alpha | | " + none + " | |"}}) {
      Evaluation e = m.evaluate(m.assessment().answer("A1", c[0]).target("A", "l2").build());
      assertTrue(e.plan().actions().isEmpty());
      PlanTable table = PlanTable.of(e);
      assertTrue(table.evaluation() == e);
      String md = Report.of(e).render(PlanFormat.MARKDOWN);
      assertTrue(md.contains(c[1] + "\n"), md);
    }
    assertEquals("L1 (score 1.5)", PlanTable.withScore(m.scale().level("l1"), Optional.of(io.svmi.Score.of(3, 2))));
  }
}
