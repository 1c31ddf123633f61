package io.svmi.bench;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Dimension;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Question;
import java.util.SplittableRandom;

/**
 * Complete assessments drawn from a seeded generator: every question answered with any of its
 * options; each dimension given a random target half of the time; an overall target one time in four.
 */
final class RandomAssessments {
  private RandomAssessments() {}

  static ImmutableList<Assessment> of(MaturityModel model, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList<Level> levels = model.scale().levels();
    ImmutableList.Builder<Assessment> result = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      Assessment.Builder assessment = model.assessment().subject("Council " + i);
      for (Dimension dimension : model.dimensions().values()) {
        for (Question question : dimension.questions().values()) {
          ImmutableList<String> options = question.options().keySet().asList();
          assessment.answer(question.id(), options.get(random.nextInt(options.size())));
        }
        if (random.nextBoolean()) {
          assessment.target(dimension.id(), levels.get(random.nextInt(levels.size())).id());
        }
      }
      if (random.nextInt(4) == 0) {
        assessment.overallTarget(levels.get(random.nextInt(levels.size())).id());
      }
      try {
        result.add(assessment.build());
      } catch (AssessmentException e) {
        throw new IllegalStateException("a generated assessment does not fit its model", e);
      }
    }
    return result.build();
  }
}
