package io.svmi;

/**
 * One rule a model must follow, with the diagnostic codes it reports (one file per check or per
 * small family of checks, as graphql-java's validation rules). {@link ModelChecks} lists them and
 * runs them in two stages, so that a consequence of an error is never reported as a problem of its
 * own:
 *
 * <ol>
 *   <li>{@link OfDeclarations}: every check of the model as declared (a {@link ModelDraft}), all of
 *       them, so that every error is reported at once;
 *   <li>{@link OfModel}: only when the first stage found no error, checks that judge the built
 *       model (its completeness, its examples). A level no option reaches is not reported beside the
 *       misspelt level that explains it.
 * </ol>
 *
 * <p>To add a check: write a class implementing one of the two interfaces, with a javadoc naming
 * its codes (declared in {@link DiagnosticCode}), add it to {@link ModelChecks}, and give it a test
 * that shows it catching what it exists to catch.
 */
sealed interface ModelCheck permits ModelCheck.OfDeclarations, ModelCheck.OfModel {

  /** A check of the declarations, run on every model. */
  non-sealed interface OfDeclarations extends ModelCheck {
    void check(ModelDraft draft, Findings findings);
  }

  /** A check of a model the first stage found no error in. */
  non-sealed interface OfModel extends ModelCheck {
    void check(ModelDraft draft, MaturityModel model, Findings findings);
  }
}
