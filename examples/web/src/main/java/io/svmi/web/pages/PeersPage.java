package io.svmi.web.pages;

import java.util.List;

/**
 * For the admin: how the organisations' latest submitted assessments of one model spread over the
 * levels, dimension by dimension, and where one chosen organisation sits.
 */
public record PeersPage(Frame frame, List<Choice> models, List<Choice> organisations, String chosenName,
    int counted, List<String> levels, List<Row> rows) {
  /** An option of a select. */
  public record Choice(String value, String label, boolean selected) {}

  /** A dimension: how many organisations stand at each level, and the chosen one's level. */
  public record Row(String dimension, List<Integer> counts, List<Boolean> chosen) {
    public Row {
      counts = List.copyOf(counts);
      chosen = List.copyOf(chosen);
    }
  }

  public PeersPage {
    models = List.copyOf(models);
    organisations = List.copyOf(organisations);
    levels = List.copyOf(levels);
    rows = List.copyOf(rows);
  }
}
