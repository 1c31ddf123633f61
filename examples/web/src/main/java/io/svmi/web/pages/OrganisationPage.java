package io.svmi.web.pages;

import java.util.List;

/**
 * An organisation's assessments by date (newest first), the form that compares two of them, and,
 * for those who may edit, the forms that start one and import one.
 */
public record OrganisationPage(Frame frame, long id, String name, boolean canEdit, List<Row> history,
    List<ModelChoice> models, List<FieldError> errors, String title) {
  /** One assessment in the history. */
  public record Row(long id, String title, String status, String model, String date, String overall) {}

  /** A model offered for a new assessment. */
  public record ModelChoice(String sha256, String label, boolean selected) {}

  public OrganisationPage {
    history = List.copyOf(history);
    models = List.copyOf(models);
    errors = List.copyOf(errors);
  }

  public boolean canCompare() {
    return history.size() >= 2;
  }
}
