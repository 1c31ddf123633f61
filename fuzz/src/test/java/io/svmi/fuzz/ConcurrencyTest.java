package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Question;
import io.svmi.dsl.Svmi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Law 1 under threads: one compiled model (the bundled SVMI model) shared by 16 threads evaluating
 * seeded assessments gives, assessment by assessment, the same results as one thread. Each
 * evaluation is reduced to a 64-bit digest of everything it determines (levels, targets, gaps,
 * the plan), so a million assessments cost 8 MB, not a million objects.
 *
 * <p>The build evaluates {@value #DEFAULT_ASSESSMENTS} assessments; {@code
 * -Dsvmi.concurrency.assessments=1000000} raises it (docs/reliability.md records such a run).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
  static final int DEFAULT_ASSESSMENTS = 100_000;
  private static final int THREADS = 16;
  private static final int BLOCK = 64;
  private static final long SEED = 0x5EED_5EEDL;

  @Test
  void sixteenThreadsSharingOneModel_evaluateAsOneThreadDoes() throws Exception {
    MaturityModel model = FuzzModels.svmi();
    int n = Integer.getInteger("svmi.concurrency.assessments", DEFAULT_ASSESSMENTS);

    long[] single = new long[n];
    for (int i = 0; i < n; i++) {
      single[i] = digest(model.evaluate(assessment(model, i)));
    }

    long[] shared = new long[n];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          start.await();
          int done = 0;
          for (int from = next.getAndAdd(BLOCK); from < n; from = next.getAndAdd(BLOCK)) {
            for (int i = from; i < Math.min(n, from + BLOCK); i++) {
              shared[i] = digest(model.evaluate(assessment(model, i)));
              done++;
            }
          }
          return done;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> w : workers) {
        total += w.get();
      }
      assertEquals(n, total);
    } finally {
      pool.shutdownNow();
    }
    assertArrayEquals(single, shared, "16 threads disagree with one thread");
    System.out.println("evaluated " + n + " assessments on 1 and on " + THREADS + " threads: equal");
  }

  /** Compiling is thread-safe too: 16 threads compiling the same file get equal models. */
  @Test
  void sixteenThreadsCompiling_getEqualModels() throws Exception {
    String text = FuzzModels.text(FuzzModels.svmiFile());
    MaturityModel expected = Svmi.compileOrThrow("svmi.svmi", text);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<MaturityModel>> models = new ArrayList<>();
      for (int t = 0; t < THREADS * 2; t++) {
        models.add(pool.submit(() -> Svmi.compileOrThrow("svmi.svmi", text)));
      }
      for (Future<MaturityModel> m : models) {
        assertEquals(expected, m.get());
        assertEquals(Svmi.print(expected), Svmi.print(m.get()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Assessment i: every question answered, some targets and sometimes an overall target, from seed i. */
  static Assessment assessment(MaturityModel model, int i) throws AssessmentException {
    SplittableRandom random = new SplittableRandom(SEED + i * 0x9E3779B97F4A7C15L);
    Assessment.Builder builder = model.assessment().subject("subject " + i);
    for (Question q : model.questions().values()) {
      List<String> options = q.options().keySet().asList();
      builder.answer(q.id(), options.get(random.nextInt(options.size())));
    }
    List<Level> levels = model.scale().levels();
    for (String d : model.dimensions().keySet()) {
      if (random.nextBoolean()) {
        builder.target(d, levels.get(random.nextInt(levels.size())).id());
      }
    }
    if (random.nextInt(4) == 0) {
      builder.overallTarget(levels.get(random.nextInt(levels.size())).id());
    }
    return builder.build();
  }

  /** Every determination of an evaluation folded into 64 bits. */
  static long digest(Evaluation e) {
    long h = 0xCBF29CE484222325L;
    h = mix(h, rank(e.present()));
    h = mix(h, rank(e.target()));
    for (DimensionResult d : e.dimensions()) {
      h = mix(h, rank(d.present()));
      h = mix(h, rank(d.target()));
      h = mix(h, d.gap().orElse(Integer.MIN_VALUE));
      h = mix(h, d.targetGiven() ? 1 : 0);
      for (var q : d.questions()) {
        h = mix(h, rank(q.level()));
      }
    }
    for (Action a : e.plan().actions()) {
      h = mix(h, a.dimensionId().hashCode());
      h = mix(h, a.questionId().hashCode());
      h = mix(h, a.level().rank());
      h = mix(h, a.text().hashCode());
    }
    return mix(h, e.plan().size());
  }

  private static int rank(Optional<Level> level) {
    return level.map(Level::rank).orElse(-1);
  }

  private static long mix(long h, long v) {
    long x = (h ^ v) * 0x100000001B3L;
    return x ^ (x >>> 29);
  }
}
