package io.svmi.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVMI action plan in the published text layout: the published Walsall plan
 * (examples/reference/walsall-action-plan.txt, as extracted from its PDF) and what `svmi plan`
 * prints (the same layout) are both read by {@link #parse}, the one reader of that layout in the
 * project. Tabs separate cells. Read as is, extraction artefacts included;
 * {@link #withExtractionArtefactsFixed()} fixes them.
 *
 * @param title the non-blank lines before "Organisation:", as they are
 * @param organisation the assessed organisation
 * @param present the overall present performance, by level name
 * @param future the overall future target, by level name
 * @param dimensions the first table: one row per dimension, in published order
 * @param columns the action table's level columns, by level name ("To reach 'Follower'" → Follower)
 * @param actions the action table: one row per dimension, in published order
 * @param footnote the line after the action table, as it is
 */
record ReferencePlan(
    ImmutableList<String> title,
    String organisation,
    String present,
    String future,
    ImmutableList<DimensionRow> dimensions,
    ImmutableList<String> columns,
    ImmutableList<ActionRow> actions,
    String footnote) {

  /** A row of the first table: the dimension's letter, name, present level and future target. */
  record DimensionRow(String letter, String name, String present, String future) {}

  /**
   * A row of the action table: the row's name, one cell per level column ("" when empty), and the
   * last column, "Not" (questions answered not applicable).
   */
  record ActionRow(String name, ImmutableList<String> cells, String not) {
    ActionRow withCell(int column, String text) {
      List<String> changed = new ArrayList<>(cells);
      changed.set(column, text);
      return new ActionRow(name, ImmutableList.copyOf(changed), not);
    }
  }

  private static final String DIMENSION_HEADER = "\t\tPresent\tFuture";
  private static final Pattern COLUMN = Pattern.compile("To reach '(.+)'");

  static ReferencePlan parse(String text) {
    List<String> lines = text.lines().toList();
    int organisationLine = indexOf(lines, "Organisation: ", 0);
    ImmutableList<String> title =
        lines.subList(0, organisationLine).stream().filter(l -> !l.isBlank()).collect(ImmutableList.toImmutableList());
    String organisation = field(lines, organisationLine, "Organisation: ");
    String present = field(lines, organisationLine + 1, "Present Performance: ");
    String future = field(lines, organisationLine + 2, "Future Target: ");

    int first = indexOf(lines, DIMENSION_HEADER, organisationLine);
    ImmutableList.Builder<DimensionRow> dimensions = ImmutableList.builder();
    int i = first + 1;
    for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String[] cells = lines.get(i).split("\t", -1);
      checkArgument(cells.length == 4, "dimension row with %s cells: %s", cells.length, lines.get(i));
      dimensions.add(new DimensionRow(cells[0], cells[1], cells[2], cells[3]));
    }

    int header = indexOf(lines, "\tTo reach '", i);
    List<String> headerCells = List.of(lines.get(header).split("\t", -1));
    checkArgument(headerCells.get(headerCells.size() - 1).equals("Not"), "the action table's last column is not 'Not'");
    ImmutableList.Builder<String> columns = ImmutableList.builder();
    for (String cell : headerCells.subList(1, headerCells.size() - 1)) {
      Matcher m = COLUMN.matcher(cell);
      checkArgument(m.matches(), "action table column '%s'", cell);
      columns.add(m.group(1));
    }
    int width = headerCells.size() - 2;

    // Rows run to the extraction's table rule ("---…") or to the first line that is not a row.
    ImmutableList.Builder<ActionRow> actions = ImmutableList.builder();
    for (i = header + 1; i < lines.size() && !lines.get(i).startsWith("---"); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue; // the PDF's page breaks leave blank lines between some rows
      }
      if (!line.contains("\t")) {
        break;
      }
      String[] cells = line.split("\t", -1);
      checkArgument(cells.length <= width + 2, "action row with %s cells: %s", cells.length, line);
      List<String> levelCells = new ArrayList<>();
      for (int c = 1; c <= width; c++) {
        levelCells.add(c < cells.length ? cells[c] : "");
      }
      String not = width + 1 < cells.length ? cells[width + 1] : "";
      actions.add(new ActionRow(cells[0], ImmutableList.copyOf(levelCells), not));
    }
    if (i < lines.size() && lines.get(i).startsWith("---")) {
      i++;
    }
    List<String> rest = lines.subList(i, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    checkArgument(rest.size() == 1, "one footnote line after the action table, not %s", rest);
    return new ReferencePlan(
        title, organisation, present, future, dimensions.build(), columns.build(), actions.build(), rest.get(0));
  }

  /** Letters that the PDF extraction renders with look-alike Greek and Cyrillic characters. */
  private static final ImmutableMap<String, String> LOOK_ALIKES =
      ImmutableMap.of(
          "\u0391", "A", // Greek capital alpha
          "\u0412", "B", // Cyrillic capital ve
          "\u0421", "C", // Cyrillic capital es
          "\u0395", "E", // Greek capital epsilon
          "\u041D", "H", // Cyrillic capital en
          "\u0131", "I"); // Latin small dotless i

  /**
   * The published plan with the artefacts of its PDF extraction fixed (see
   * examples/reference/README.md), and only those. Each fix first checks the artefact is there as
   * described, so a different reference file fails here instead of passing unnoticed.
   */
  ReferencePlan withExtractionArtefactsFixed() {
    // 1. Markdown markup around the title and the footnote's asterisk.
    assertTrue(title.get(0).startsWith("## "), title.get(0));
    ImmutableList<String> fixedTitle =
        ImmutableList.<String>builder().add(title.get(0).substring(3)).addAll(title.subList(1, title.size())).build();
    assertTrue(footnote.startsWith("<sup>\\*</sup> "), footnote);
    String fixedFootnote = "* " + footnote.substring("<sup>\\*</sup> ".length());

    // 2. Dimension letters in look-alike Greek and Cyrillic characters (A, B, C, E, H and I).
    List<DimensionRow> fixedDimensions = new ArrayList<>();
    for (DimensionRow row : dimensions) {
      String letter = row.letter();
      assertTrue(letter.matches("[A-Z]") || LOOK_ALIKES.containsKey(letter), "letter '" + letter + "'");
      fixedDimensions.add(new DimensionRow(LOOK_ALIKES.getOrDefault(letter, letter), row.name(), row.present(), row.future()));
    }
    assertEquals(LOOK_ALIKES.size(), dimensions.stream().filter(d -> LOOK_ALIKES.containsKey(d.letter())).count());

    List<ActionRow> rows = new ArrayList<>(actions);
    int innovator = columns.indexOf("Innovator");
    int mature = columns.indexOf("Mature");

    // 3. The action table abbreviates C's name; the first table gives it in full.
    assertEquals("Measurement: TOMs", rows.get(2).name());
    rows.set(2, new ActionRow(dimensions.get(2).name(), rows.get(2).cells(), rows.get(2).not()));

    // 4. Commissioning's Innovator cell overflows a page break: its last words appear in the
    //    Procurement row. Move them back; Procurement then shows no action, as published.
    ActionRow commissioning = rows.get(3);
    ActionRow procurement = rows.get(4);
    assertEquals("Commissioning", commissioning.name());
    assertEquals("Procurement", procurement.name());
    String spilled = procurement.cells().get(innovator);
    assertEquals("and Measures across departments.", spilled);
    assertTrue(commissioning.cells().get(innovator).endsWith("Themes, Outcomes"));
    rows.set(3, commissioning.withCell(innovator, commissioning.cells().get(innovator) + " " + spilled));
    rows.set(4, procurement.withCell(innovator, ""));

    // 5. Governance and Accountability's Mature cell is cut at both ends. The bundled model
    //    completes it around the surviving fragment, which it keeps verbatim.
    ActionRow governance = rows.get(9);
    assertEquals("Governance and Accountability", governance.name());
    String fragment = governance.cells().get(mature);
    assertEquals("Value Act is addressed in the Corporate", fragment);
    rows.set(9, governance.withCell(mature, "Ensure the Social " + fragment + " Plan."));

    // Not an artefact: Commissioning's Leader cell has two spaces after "as it is updated."; the
    // model keeps them inside D3's text, so the cell is compared exactly as published.
    assertTrue(commissioning.cells().get(columns.indexOf("Leader")).contains("updated.  Introduce"));

    return new ReferencePlan(
        fixedTitle,
        organisation,
        present,
        future,
        ImmutableList.copyOf(fixedDimensions),
        columns,
        ImmutableList.copyOf(rows),
        fixedFootnote);
  }

  private static String field(List<String> lines, int index, String prefix) {
    checkArgument(lines.get(index).startsWith(prefix), "line %s does not start with '%s'", index + 1, prefix);
    return lines.get(index).substring(prefix.length());
  }

  private static int indexOf(List<String> lines, String prefix, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no line starts with '" + prefix.replace("\t", "\\t") + "'");
  }
}
