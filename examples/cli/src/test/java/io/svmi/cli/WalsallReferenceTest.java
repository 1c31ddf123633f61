package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `svmi plan` on the bundled model and the Walsall answers reproduces the published Walsall plan
 * (examples/reference/walsall-action-plan.txt, as extracted from its PDF), cell by cell. The comparison undoes
 * the extraction's known artefacts, and only those (see the reference's README): the Commissioning
 * 'Innovator' cell spilled onto the Procurement row, the Governance 'Mature' cell cut at both ends
 * (ours must contain the surviving fragment), the action table's short row name "Measurement: TOMs",
 * look-alike letters, and runs of spaces.
 */
class WalsallReferenceTest {
  private static final String SHORT_NAME = "Measurement: TOMs";
  private static final String FULL_NAME = "Measurement: Themes, Outcomes and Measures";
  private static final String FRAGMENT = "Value Act is addressed in the Corporate";

  /** One parsed plan: header lines, present/future rows, action table header and rows. */
  private record Plan(Map<String, String> header, List<List<String>> levels, List<String> columns,
      Map<String, List<String>> actions, String footnote) {}

  @Test
  void plan_walsall_matchesThePublishedPlanCellByCell() throws IOException {
    CliRun run = CliRun.of("plan");
    assertEquals(0, run.status(), run::toString);
    Plan ours = parse(run.out());
    Plan reference = parse(reference());

    assertEquals(reference.header(), ours.header());
    assertEquals(reference.levels(), ours.levels());
    assertEquals(reference.columns(), ours.columns());
    assertEquals(reference.footnote(), ours.footnote());
    assertEquals(List.copyOf(reference.actions().keySet()), List.copyOf(ours.actions().keySet()));
    for (Map.Entry<String, List<String>> row : reference.actions().entrySet()) {
      List<String> expected = row.getValue();
      List<String> actual = ours.actions().get(row.getKey());
      for (int c = 0; c < expected.size(); c++) {
        String where = row.getKey() + " / " + ours.columns().get(c);
        if (expected.get(c).equals(FRAGMENT)) {
          assertTrue(actual.get(c).contains(FRAGMENT), where + ": " + actual.get(c));
        } else {
          assertEquals(expected.get(c), actual.get(c), where);
        }
      }
    }
  }

  private static String reference() throws IOException {
    return Files.readString(Path.of("examples/reference/walsall-action-plan.txt"), UTF_8);
  }

  private static Plan parse(String text) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    Map<String, String> header = new LinkedHashMap<>();
    List<List<String>> levels = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    Map<String, List<String>> actions = new LinkedHashMap<>();
    String footnote = "";
    int i = 0;
    for (; i < lines.size() && !lines.get(i).equals("\t\tPresent\tFuture"); i++) {
      String line = lines.get(i).replaceFirst("^## ", "").strip();
      if (!line.isEmpty()) {
        header.put("line " + header.size(), line);
      }
    }
    for (i++; i < lines.size() && !lines.get(i).isBlank(); i++) {
      List<String> cells = Arrays.asList(lines.get(i).split("\t", -1));
      levels.add(List.of(cells.get(1), cells.get(2), cells.get(3)));  // the letters are look-alikes
    }
    while (!lines.get(i).startsWith("\tTo reach")) {
      i++;
    }
    columns.addAll(Arrays.asList(lines.get(i).split("\t", -1)).subList(1, lines.get(i).split("\t", -1).length));
    String previous = null;
    for (i++; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("---")) {
        continue;
      }
      if (line.startsWith("* ") || line.startsWith("<sup>")) {
        footnote = line.substring(line.indexOf(' ') + 1);
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
      String name = cells.remove(0).equals(SHORT_NAME) ? FULL_NAME : line.split("\t", -1)[0];
      while (cells.size() < columns.size()) {
        cells.add("");
      }
      cells.replaceAll(c -> c.strip().replaceAll("\\s+", " "));
      if (name.equals("Procurement") && previous != null && cells.get(3).equals("and Measures across departments.")) {
        List<String> commissioning = actions.get(previous);
        commissioning.set(3, commissioning.get(3) + " " + cells.get(3));
        cells.set(3, "");
      }
      actions.put(name, cells);
      previous = name;
    }
    return new Plan(header, levels, columns, actions, footnote);
  }
}
