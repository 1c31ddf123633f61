package io.svmi.report;

import com.google.common.collect.ImmutableList;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan for a person at a terminal, in {@value #WIDTH} columns: the overall levels, the levels
 * of each dimension as an aligned table, then one block per dimension with its steps by level, each
 * text wrapped under its bullet, and the questions it answered not applicable (the published plan's
 * "Not" column). The published tab-separated layout is {@link TsvPlanRenderer}'s.
 */
final class TextPlanRenderer implements PlanRenderer {
  /** The width the plan is laid out for; only a word longer than a line goes past it. */
  static final int WIDTH = 80;
  private static final String GAP = "  ";
  private static final String BULLET = "    - ";
  private static final String HANG = "      ";

  @Override
  public String render(Report report) {
    Evaluation evaluation = report.evaluation();
    PlanTable table = PlanTable.of(evaluation);
    StringBuilder out = new StringBuilder();
    wrap(out, "", "", evaluation.model().name());
    out.append("Action Plan\n\n");
    List<String[]> summary = new ArrayList<>();
    summary.add(new String[] {"Organisation:", evaluation.subject()});
    table.profile().ifPresent(p -> summary.add(new String[] {"Target profile:", p}));
    if (table.graded()) {
      summary.add(new String[] {"Present Performance:", table.overallPresent()});
      summary.add(new String[] {"Future Target:", table.overallTarget()});
    }
    columns(out, summary, 1);
    out.append('\n');

    Set<String> groups = evaluation.groups().stream().map(g -> g.group().id()).collect(Collectors.toSet());
    List<String[]> levels = new ArrayList<>();
    levels.add(new String[] {"", "Dimension", "Present", "Future"});
    for (PlanTable.Row row : table.rows()) {
      boolean member = !groups.isEmpty() && !groups.contains(row.id());
      levels.add(new String[] {(member ? "  " : "") + row.id(), row.name(), row.present(), row.target()});
    }
    columns(out, levels, 1);

    for (DimensionResult d : evaluation.dimensions()) {
      out.append('\n');
      PlanTable.Row row = table.row(d);
      wrap(out, "", "  ", row.id() + " " + row.name() + ": " + row.present() + " -> " + row.target());
      boolean any = false;
      for (Level level : table.columns()) {
        ImmutableList<String> texts = table.cellTexts(d, level);
        boolean note = table.noActionText(d).filter(level::equals).isPresent();
        if (texts.isEmpty() && !note) {
          continue;
        }
        any = true;
        out.append("  ").append(flat(PlanTable.heading(level))).append('\n');
        for (String text : texts) {
          wrap(out, BULLET, HANG, text);
        }
        if (note) {
          wrap(out, BULLET, HANG, "(" + PlanTable.NO_ACTION_TEXT + ")");
        }
      }
      ImmutableList<String> not = PlanTable.notApplicableTexts(d);
      if (!not.isEmpty()) {
        any = true;
        out.append("  ").append(PlanTable.NOT_HEADING).append(" (answered not applicable)\n");
        not.forEach(text -> wrap(out, BULLET, HANG, text));
      }
      if (!any) {
        out.append("  No actions.\n");
      }
    }
    table.footnote().ifPresent(f -> {
      out.append('\n');
      wrap(out, "* ", "  ", f);
    });
    return out.toString();
  }

  /**
   * Rows of cells in aligned columns, two spaces apart; the {@code wrapped} column (the names)
   * wraps onto continuation lines when the table would pass {@link #WIDTH}.
   */
  private static void columns(StringBuilder out, List<String[]> rows, int wrapped) {
    int n = rows.get(0).length;
    int[] widths = new int[n];
    for (String[] row : rows) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], flat(row[i]).length());
      }
    }
    int total = (n - 1) * GAP.length();
    for (int w : widths) {
      total += w;
    }
    if (total > WIDTH) {
      widths[wrapped] = Math.max(16, widths[wrapped] - (total - WIDTH));
    }
    for (String[] row : rows) {
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < n; i++) {
        List<String> lines = i == wrapped ? lines(flat(row[i]), widths[i]) : List.of(flat(row[i]));
        cells.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int line = 0; line < height; line++) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
          String cell = line < cells.get(i).size() ? cells.get(i).get(line) : "";
          s.append(i == 0 ? "" : GAP).append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length())));
        }
        out.append(s.toString().stripTrailing()).append('\n');
      }
    }
  }

  /** A text wrapped to {@link #WIDTH}: its first line after {@code first}, the others after {@code rest}. */
  private static void wrap(StringBuilder out, String first, String rest, String text) {
    List<String> lines = lines(flat(text), WIDTH - first.length());
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
    }
  }

  /** Words filled into lines of at most {@code width} characters; a longer word gets a line of its own. */
  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String flat(String text) {
    return TsvPlanRenderer.flat(text);
  }
}
