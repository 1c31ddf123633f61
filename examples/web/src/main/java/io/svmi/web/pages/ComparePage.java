package io.svmi.web.pages;

import java.util.List;

/**
 * Two submitted assessments of one organisation side by side: each dimension's and the overall
 * level before and after with the change, the actions completed and the new ones, the dimensions
 * whose level fell (regressions), and the chart with both drawn over each other.
 */
public record ComparePage(Frame frame, long organisationId, String organisation, String before, String after,
    List<Row> rows, Row overall, List<String> completed, List<String> added, List<String> regressions,
    String note, String chartSvg) {
  /** A dimension (or the overall level): before, after and the change in words. */
  public record Row(String name, String before, String after, String change, boolean up, boolean down) {}

  public ComparePage {
    rows = List.copyOf(rows);
    completed = List.copyOf(completed);
    added = List.copyOf(added);
    regressions = List.copyOf(regressions);
  }
}
