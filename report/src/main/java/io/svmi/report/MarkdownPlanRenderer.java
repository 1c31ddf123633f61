package io.svmi.report;

import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.ShownText;

/**
 * The plan as Markdown (GitHub-flavoured tables): the same content and order as the text format.
 * Characters Markdown would read as markup are escaped; line breaks inside texts become spaces.
 */
final class MarkdownPlanRenderer implements PlanRenderer {
  @Override
  public String render(Report report) {
    Evaluation evaluation = report.evaluation();
    PlanTable table = PlanTable.of(evaluation);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(evaluation.model().name())).append("\n\n");
    out.append("## Action Plan\n\n");
    out.append("- **Organisation:** ").append(escape(evaluation.subject())).append('\n');
    table.profile().ifPresent(p -> out.append("- **Target profile:** ").append(escape(p)).append('\n'));
    if (table.graded()) {
      out.append("- **Present Performance:** ").append(escape(table.overallPresent())).append('\n');
      out.append("- **Future Target:** ").append(escape(table.overallTarget())).append('\n');
    }
    out.append('\n');

    out.append("| | Dimension | Present | Future |\n");
    out.append("|---|---|---|---|\n");
    for (PlanTable.Row row : table.rows()) {
      out.append("| ").append(escape(row.id()))
          .append(" | ").append(escape(row.name()))
          .append(" | ").append(escape(row.present()))
          .append(" | ").append(escape(row.target()))
          .append(" |\n");
    }
    out.append('\n');

    out.append("| Dimension |");
    for (Level level : table.columns()) {
      out.append(' ').append(escape(PlanTable.heading(level))).append(" |");
    }
    out.append(' ').append(PlanTable.NOT_HEADING).append(" |\n");
    out.append("|---|");
    out.append("---|".repeat(table.columns().size() + 1)).append('\n');
    for (DimensionResult d : evaluation.dimensions()) {
      out.append("| ").append(escape(d.dimension().name())).append(" |");
      for (Level level : table.columns()) {
        String cell = escape(table.cell(d, level));
        if (table.noActionText(d).filter(level::equals).isPresent()) {
          cell = "_(" + escape(PlanTable.NO_ACTION_TEXT) + ")_";
        }
        out.append(cell.isEmpty() ? " |" : " " + cell + " |");
      }
      String not = escape(String.join("; ", PlanTable.notApplicableTexts(d)));
      out.append(not.isEmpty() ? " |" : " " + not + " |").append('\n');
    }
    out.append('\n').append(escape(PlanTable.NOT_EXPLANATION)).append('\n');
    table.footnote().ifPresent(f -> out.append("\n\\* ").append(escape(f)).append('\n'));
    return out.toString();
  }

  /**
   * Escapes Markdown markup ({@code & < > * _ ~ `} and the others a text could start markup with)
   * and table pipes, keeps the text on one line, and shows control characters and bidirectional
   * overrides escaped ({@link ShownText}): a text renders as written.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\': case '`': case '*': case '_': case '~': case '&': case '[': case ']': case '<': case '>':
        case '|': case '#': case '!':
          s.append('\\').append(c);
          break;
        case '\r':
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          s.append(' ');
          break;
        case '\n': case '\t':
          s.append(' ');
          break;
        default:
          if (ShownText.hidden(c, false)) {
            s.append(ShownText.visible(String.valueOf(c)));
          } else {
            s.append(c);
          }
      }
    }
    return s.toString();
  }
}
