package io.svmi.web.pages;

import java.util.List;

/**
 * An assessment's form: every question of the model by dimension with its options, a note per
 * question, the targets, the progress ("12 of 29 answered"), and the error summary of a refused
 * submit. Read-only ({@code editable} false) for a viewer or once submitted. {@code languages}
 * offers the model's languages when it has several; {@code formAction} keeps the one shown.
 */
public record AssessmentPage(Frame frame, long id, long organisationId, String organisation, String title,
    String model, String modelVersion, String modelHash, boolean submitted, boolean editable, int answered,
    int questions, List<DimensionView> dimensions, List<LevelChoice> overall, List<FieldError> errors,
    String message, boolean stale, List<LanguageChoice> languages, String formAction) {
  /** A dimension: its questions, how many are answered, and its target. */
  public record DimensionView(String id, String name, List<QuestionView> questions, int answered, String targetField,
      List<LevelChoice> target) {
    public DimensionView {
      questions = List.copyOf(questions);
      target = List.copyOf(target);
    }
  }

  /** A question: its options, its note and its problem, if any. */
  public record QuestionView(String id, String text, String field, String noteField, List<OptionView> options,
      String note, String error) {
    public QuestionView {
      options = List.copyOf(options);
    }

    public String firstOptionId() {
      return options.isEmpty() ? field : options.get(0).elementId();
    }
  }

  /** An option of a question; {@code notApplicable} marks the model's "not applicable" options. */
  public record OptionView(String elementId, String value, String text, boolean checked, boolean notApplicable) {}

  /** A level to choose as a target ({@code id} empty: no target). */
  public record LevelChoice(String id, String name, boolean selected) {}

  public AssessmentPage {
    languages = List.copyOf(languages);
    dimensions = List.copyOf(dimensions);
    overall = List.copyOf(overall);
    errors = List.copyOf(errors);
  }
}
