package io.svmi.bench;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.MaturityModel;

/** The inputs every evaluation benchmark shares: the bundled SVMI model and Walsall Council's assessment. */
final class Inputs {
  static final long SEED = 20_261_125L;
  static final int RANDOM_ASSESSMENTS = 1024;

  private Inputs() {}

  /** The bundled SVMI model, compiled. */
  static MaturityModel svmi() {
    return Examples.svmi();
  }

  /** Walsall Council's answers, from the bundled answers file. */
  static Assessment walsall(MaturityModel svmi) {
    return Examples.walsall(svmi);
  }

  /** The workload of one benchmark input: "walsall" or "random". */
  static Workload workload(String input) {
    MaturityModel svmi = svmi();
    return switch (input) {
      case "walsall" -> new Workload(svmi, Workload.one(walsall(svmi)));
      case "random" -> new Workload(svmi, RandomAssessments.of(svmi, RANDOM_ASSESSMENTS, SEED));
      default -> throw new IllegalArgumentException("unknown input " + input);
    };
  }

  /** Walsall's assessment, then the first {@code random} random ones, on one model: what the build's check runs. */
  static Workload all(int random) {
    MaturityModel svmi = svmi();
    return new Workload(svmi, ImmutableList.<Assessment>builder()
        .add(walsall(svmi))
        .addAll(RandomAssessments.of(svmi, random, SEED))
        .build());
  }
}
