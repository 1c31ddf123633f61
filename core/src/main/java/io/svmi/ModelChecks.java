package io.svmi;

import com.google.common.collect.ImmutableList;

/**
 * Every check a model goes through, in the order they run (see {@link ModelCheck} for the two
 * stages). The diagnostics are sorted by position afterwards, so the order only matters for
 * diagnostics without one (a model built in Java).
 */
final class ModelChecks {
  private static final ImmutableList<ModelCheck.OfDeclarations> OF_DECLARATIONS =
      ImmutableList.of(
          new LevelsCheck(),
          new UniqueIdsCheck(),
          new EmptyTextsCheck(),
          new LevelReferencesCheck(),
          new WeightsCheck(),
          new OptionValuesCheck(),
          new ActionLevelsCheck(),
          new ScoreRulesCheck(),
          new StagedCheck(),
          new IndicatorsCheck(),
          new ProfilesCheck(),
          new NoOverallLevelCheck(),
          new AnswerSetsCheck(),
          new GroupsCheck(),
          new EmptyDeclarationsCheck());

  private static final ImmutableList<ModelCheck.OfModel> OF_MODEL =
      ImmutableList.of(
          new UnreachedLevelsCheck(), new ActionTextsCheck(), new UnusedWeightsCheck(), new ExampleChecks(),
          new TranslationsCheck());

  private ModelChecks() {}

  static void checkDeclarations(ModelDraft draft, Findings findings) {
    for (ModelCheck.OfDeclarations check : OF_DECLARATIONS) {
      check.check(draft, findings);
    }
  }

  /** Run only on a model whose declarations have no error. */
  static void checkModel(ModelDraft draft, MaturityModel model, Findings findings) {
    for (ModelCheck.OfModel check : OF_MODEL) {
      check.check(draft, model, findings);
    }
  }
}
