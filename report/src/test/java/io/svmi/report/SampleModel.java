package io.svmi.report;

import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;

/** Small models with the awkward cases renderers must handle: one built in Java, one with no overall level. */
final class SampleModel {
  private SampleModel() {}

  /** One dimension, two levels and {@code overall level = none}: a model with no overall grade. */
  static MaturityModel noOverallLevel() {
    return Svmi.compileOrThrow("m.svmi", """
          model "No overall"
          levels {
            low  "Low"
            high "High"
          }
          rules {
            overall level = none
          }
          dimension A "Area" {
            question A1 "Q" {
              option l "L" -> low
              option h "H" -> high
              to high "Reach high."
            }
          }
          """);
  }

  static MaturityModel model() {
    return MaturityModel.builder()
        .name("Tiny <Index> & Co")
        .version("0.1")
        .level("none", "None")
        .level("some", "Some")
        .level("good", "Good")
        .level("best", "Best")
        .dimension("P", "People | Skills", d -> d
            .question("P1", "Do staff get training?", q -> q
                .option("no", "No", "none")
                .option("yes", "Yes, yearly", "some")
                .option("always", "Always", "good")
                .action("some", "Start a *yearly* training.")
                .action("good", "Train \"everyone\" <every> quarter & record it.")
                .action("best", "Share the training with partners."))
            .question("P2", "Is there a mentor?", q -> q
                .option("no", "No", "none")
                .option("yes", "Yes", "good")
                .optionNotApplicable("na", "Not relevant")
                .action("some", "Name a mentor.")
                .action("good", "Give every team a mentor.")))
        .dimension("Q", "Quality", d -> d
            .question("Q1", "Are results measured?", q -> q
                .option("no", "No", "none")
                .option("yes", "Yes", "some")
                .action("some", "Measure results.")
                .action("good", "Publish results.")))
        .dimension("R", "Reach", d -> d
            .question("R1", "Is reach tracked?", q -> q
                .optionNotApplicable("na", "Not relevant")))
        .build();
  }

  static final String ANSWERS =
      "{\n"
          + "  \"subject\": \"Borough of <Test> & Sons\",\n"
          + "  \"answers\": {\"P1\": \"yes\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\"},\n"
          + "  \"targets\": {\"P\": \"good\"}\n"
          + "}\n";

  static Evaluation evaluation() throws AssessmentException {
    MaturityModel model = model();
    return model.evaluate(Answers.read(model, SourceText.of("tiny.json", ANSWERS)));
  }
}
