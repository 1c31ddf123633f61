package io.svmi.report;

import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.ShownText;

/**
 * The plan laid out as the published SVMI plan, byte for byte what its PDF gives when copied: the
 * title, "Action Plan", the organisation and the overall levels, the present/future table, then
 * the action table with one column per level and the footnote (under the plans it describes:
 * {@link PlanTable#footnote()}). Table cells are separated by tabs; tabs and line breaks inside
 * texts become spaces. Nothing is added that the published plan lacks (the "Not" column holds ids).
 */
final class TsvPlanRenderer implements PlanRenderer {
  @Override
  public String render(Report report) {
    Evaluation evaluation = report.evaluation();
    PlanTable table = PlanTable.of(evaluation);
    StringBuilder out = new StringBuilder();
    out.append(flat(evaluation.model().name())).append("\n\n");
    out.append("Action Plan\n\n");
    out.append("Organisation: ").append(flat(evaluation.subject())).append('\n');
    table.profile().ifPresent(p -> out.append("Target profile: ").append(flat(p)).append('\n'));
    if (table.graded()) {
      out.append("Present Performance: ").append(flat(table.overallPresent())).append('\n');
      out.append("Future Target: ").append(flat(table.overallTarget())).append('\n');
    }
    out.append('\n');

    out.append("\t\tPresent\tFuture\n");
    for (PlanTable.Row row : table.rows()) {
      out.append(flat(row.id())).append('\t')
          .append(flat(row.name())).append('\t')
          .append(flat(row.present())).append('\t')
          .append(flat(row.target())).append('\n');
    }
    out.append('\n');

    for (Level level : table.columns()) {
      out.append('\t').append(flat(PlanTable.heading(level)));
    }
    out.append('\t').append(PlanTable.NOT_HEADING).append('\n');
    for (DimensionResult d : evaluation.dimensions()) {
      out.append(flat(d.dimension().name()));
      for (Level level : table.columns()) {
        out.append('\t').append(flat(table.cell(d, level)));
      }
      out.append('\t').append(flat(PlanTable.notCell(d))).append('\n');
    }
    table.footnote().ifPresent(f -> out.append("\n* ").append(flat(f)).append('\n'));
    return out.toString();
  }

  /** A text on one line without tabs, so that it stays in its cell; control characters and bidi overrides escaped. */
  static String flat(String text) {
    return ShownText.visible(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
  }
}
