package io.svmi.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published SVMI action plan ({@code walsall-action-plan.txt}), read as extracted from its
 * PDF: tabs separate cells. Read as is, extraction artefacts included; the test fixes them.
 *
 * @param organisation the assessed organisation
 * @param present the overall present performance, by level name
 * @param future the overall future target, by level name
 * @param dimensions the first table: one row per dimension, in published order
 * @param columns the action table's column levels, by name ("To reach 'Follower'" → Follower)
 * @param actions the action table: one row per dimension, in published order
 */
record ReferencePlan(
    String organisation,
    String present,
    String future,
    ImmutableList<DimensionRow> dimensions,
    ImmutableList<String> columns,
    ImmutableList<ActionRow> actions) {

  /** A row of the first table. Its letter column is not kept: the PDF gives look-alike letters. */
  record DimensionRow(String name, String present, String future) {}

  /**
   * A row of the action table: the row's name, one cell per level column ("" when empty), and the
   * last column, "Not" (questions answered not applicable).
   */
  record ActionRow(String name, ImmutableList<String> cells, String not) {}

  private static final Pattern COLUMN = Pattern.compile("To reach '(.+)'");

  static ReferencePlan parse(String text) {
    List<String> lines = text.lines().toList();
    String organisation = field(lines, "Organisation: ");
    String present = field(lines, "Present Performance: ");
    String future = field(lines, "Future Target: ");

    int first = indexOf(lines, "\t\tPresent\tFuture");
    ImmutableList.Builder<DimensionRow> dimensions = ImmutableList.builder();
    for (int i = first + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String[] cells = lines.get(i).split("\t", -1);
      checkArgument(cells.length == 4, "dimension row with %s cells: %s", cells.length, lines.get(i));
      dimensions.add(new DimensionRow(cells[1], cells[2], cells[3]));
    }

    int header = indexOf(lines, "\tTo reach 'Follower'");
    List<String> headerCells = List.of(lines.get(header).split("\t", -1));
    ImmutableList.Builder<String> columns = ImmutableList.builder();
    for (String cell : headerCells.subList(1, headerCells.size())) {
      Matcher m = COLUMN.matcher(cell);
      if (m.matches()) {
        columns.add(m.group(1));
      }
    }
    int width = columns.build().size();
    ImmutableList.Builder<ActionRow> actions = ImmutableList.builder();
    for (int i = header + 1; !lines.get(i).startsWith("---"); i++) {
      if (lines.get(i).isBlank()) {
        continue; // the PDF's page breaks leave blank lines between some rows
      }
      String[] cells = lines.get(i).split("\t", -1);
      List<String> levelCells = new ArrayList<>();
      for (int c = 1; c <= width; c++) {
        levelCells.add(c < cells.length ? cells[c] : "");
      }
      String not = width + 1 < cells.length ? cells[width + 1] : "";
      actions.add(new ActionRow(cells[0], ImmutableList.copyOf(levelCells), not));
    }
    return new ReferencePlan(organisation, present, future, dimensions.build(), columns.build(), actions.build());
  }

  private static String field(List<String> lines, String prefix) {
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line starts with '" + prefix + "'"));
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no line starts with '" + prefix.replace("\t", "\\t") + "'");
  }
}
