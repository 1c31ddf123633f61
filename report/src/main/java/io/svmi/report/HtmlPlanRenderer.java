package io.svmi.report;

import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;

/**
 * The plan as one self-contained, printable HTML page: inline styles only, no scripts, no external
 * assets, every text escaped. Each action of a cell is its own paragraph.
 */
final class HtmlPlanRenderer implements PlanRenderer {
  private static final String STYLE =
      String.join("\n",
          "  @page { size: A4 landscape; margin: 12mm; }",
          "  body { font-family: system-ui, -apple-system, \"Segoe UI\", Arial, sans-serif; font-size: 11pt;",
          "         color: #111; margin: 2em auto; max-width: 80em; padding: 0 1em; }",
          "  h1 { font-size: 1.6em; margin: 0; }",
          "  h2 { font-size: 1.2em; font-weight: normal; margin: 0.2em 0 1em; }",
          "  dl.summary { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }",
          "  dl.summary dt { font-weight: bold; }",
          "  dl.summary dd { margin: 0; }",
          "  table { border-collapse: collapse; margin: 1.5em 0; width: 100%; }",
          "  th, td { border: 1px solid #999; padding: 0.4em 0.5em; text-align: left; vertical-align: top; }",
          "  thead th { background: #e8eef4; }",
          "  table.levels { width: auto; }",
          "  table.actions td p { margin: 0 0 0.5em; }",
          "  table.actions td p:last-child { margin-bottom: 0; }",
          "  tr { page-break-inside: avoid; break-inside: avoid; }",
          "  p.note { font-size: 0.9em; color: #333; }",
          "  p.none { font-style: italic; }",
          "  figure.chart { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; margin: 1.5em 0; }",
          "  figure.chart svg { width: 460px; max-width: 100%; height: auto; }",
          "  table.chart-values { width: auto; margin: 0; }",
          "  table.chart-values caption { text-align: left; font-weight: bold; margin-bottom: 0.3em; }",
          "  @media print { body { margin: 0; max-width: none; font-size: 9pt; } thead th { background: none; } }");

  @Override
  public String render(Report report) {
    Evaluation evaluation = report.evaluation();
    StringBuilder out = new StringBuilder();
    String title = evaluation.model().name() + ": Action Plan"
        + (evaluation.subject().isEmpty() ? "" : " for " + evaluation.subject());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    body(report, out);
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** The stylesheet the page carries, for a host that puts {@link #body} into its own page. */
  static String style() {
    return STYLE;
  }

  /** The page's content, from its heading to its last note. */
  static void body(Report report, StringBuilder out) {
    Evaluation evaluation = report.evaluation();
    PlanTable table = PlanTable.of(evaluation);
    out.append("<h1>").append(escape(evaluation.model().name())).append("</h1>\n");
    out.append("<h2>Action Plan</h2>\n");
    out.append("<dl class=\"summary\">\n");
    summary(out, "Organisation", evaluation.subject());
    table.profile().ifPresent(p -> summary(out, "Target profile", p));
    if (table.graded()) {
      summary(out, "Present Performance", table.overallPresent());
      summary(out, "Future Target", table.overallTarget());
    }
    out.append("</dl>\n");

    out.append("<table class=\"levels\">\n<thead><tr><th></th><th>Dimension</th><th>Present</th>")
        .append("<th>Future</th></tr></thead>\n<tbody>\n");
    for (PlanTable.Row row : table.rows()) {
      out.append("<tr><td>").append(escape(row.id()))
          .append("</td><th scope=\"row\">").append(escape(row.name()))
          .append("</th><td>").append(escape(row.present()))
          .append("</td><td>").append(escape(row.target()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    chart(report, out);

    out.append("<table class=\"actions\">\n<thead><tr><th></th>");
    for (Level level : table.columns()) {
      out.append("<th>").append(escape(PlanTable.heading(level))).append("</th>");
    }
    out.append("<th>").append(PlanTable.NOT_HEADING).append("</th></tr></thead>\n<tbody>\n");
    for (DimensionResult d : evaluation.dimensions()) {
      out.append("<tr><th scope=\"row\">").append(escape(d.dimension().name())).append("</th>");
      for (Level level : table.columns()) {
        out.append("<td>");
        for (String text : table.cellTexts(d, level)) {
          out.append("<p>").append(escape(text)).append("</p>");
        }
        if (table.noActionText(d).filter(level::equals).isPresent()) {
          out.append("<p class=\"none\">(").append(escape(PlanTable.NO_ACTION_TEXT)).append(")</p>");
        }
        out.append("</td>");
      }
      out.append("<td>");
      for (String text : PlanTable.notApplicableTexts(d)) {
        out.append("<p>").append(escape(text)).append("</p>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    out.append("<p class=\"note\">")
        .append(table.footnote().map(f -> "<sup>*</sup> " + escape(f) + " ").orElse(""))
        .append(PlanTable.NOT_EXPLANATION).append("</p>\n");
  }

  /** The radar chart, and beside it the table of the values it draws. */
  private static void chart(Report report, StringBuilder out) {
    Evaluation e = report.evaluation();
    RadarChart.Scale scale = RadarChart.Scale.of(e);
    out.append("<figure class=\"chart\">\n");
    RadarChart.svg(report, out);
    out.append("<table class=\"chart-values\">\n<caption>")
        .append(escape("The chart's values: " + (scale.scored() ? "scores" : "levels") + " by dimension"))
        .append("</caption>\n<thead><tr><th></th><th>Present</th><th>Target</th>")
        .append(report.previous().isPresent() ? "<th>Previous</th>" : "").append("</tr></thead>\n<tbody>\n");
    for (DimensionResult d : e.dimensions()) {
      out.append("<tr><th scope=\"row\">").append(escape(d.dimension().id() + " " + d.dimension().name()))
          .append("</th><td>").append(escape(scale.shown(d, RadarChart.Scale.Which.PRESENT)))
          .append("</td><td>").append(escape(scale.shown(d, RadarChart.Scale.Which.TARGET))).append("</td>");
      if (report.previous().isPresent()) {
        out.append("<td>").append(escape(report.previous().get().dimension(d.dimension().id())
            .map(p -> scale.shown(p, RadarChart.Scale.Which.PRESENT)).orElse("not assessed"))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</figure>\n");
  }

  private static void summary(StringBuilder out, String term, String value) {
    out.append("<dt>").append(term).append("</dt><dd>").append(escape(value)).append("</dd>\n");
  }

  private static String escape(String text) {
    return Html.escape(text);
  }
}
