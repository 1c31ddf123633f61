package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A property: a check that must hold for every value of a generator. {@link #check} tries it on
 * {@link #tries} generated values; on a failure it shrinks the value (replaying ever smaller draws
 * while the check still fails the same way) and throws a {@link PropertyFailure} with a readable
 * report.
 *
 * <pre>{@code
 * Property.forAll(Arbitraries.assessments(model))
 *     .named("every planned step is above its question")
 *     .check(a -> Laws.soundness(model.evaluate(a)));
 * }</pre>
 *
 * <p>The seed is random unless set with {@link #seed} or the system property
 * {@value #SEED_PROPERTY}; a failure's message says which seed to rerun with. The system property
 * {@value #TRIES_PROPERTY} sets the tries of every property, for a longer search. Immutable.
 */
public final class Property<T> {
  /** The system property that fixes the seed of every property run, to replay a failure. */
  public static final String SEED_PROPERTY = "svmi.testkit.seed";

  /** The system property that sets the tries of every property run, for a longer search. */
  public static final String TRIES_PROPERTY = "svmi.testkit.tries";

  static final int DEFAULT_TRIES = 100;

  private final Gen<T> gen;
  private final String name;
  private final int tries;
  private final OptionalLong seed;
  private final Function<? super T, String> describe;

  private Property(Gen<T> gen, String name, int tries, OptionalLong seed, Function<? super T, String> describe) {
    this.gen = gen;
    this.name = name;
    this.tries = tries;
    this.seed = seed;
    this.describe = describe;
  }

  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(checkNotNull(gen, "gen"), "property", DEFAULT_TRIES, OptionalLong.empty(), Describe::any);
  }

  /** Skips the current try (in a generator or a check) when the condition is false. */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new Discard();
    }
  }

  public Property<T> named(String name) {
    return new Property<>(gen, checkNotNull(name, "name"), tries, seed, describe);
  }

  /** How many values to try (100 unless set); at least half must not be discarded. */
  public Property<T> tries(int tries) {
    checkArgument(tries >= 1, "tries must be at least 1: %s", tries);
    return new Property<>(gen, name, tries, seed, describe);
  }

  /**
   * How a failing value is described in the report; unless set, an assessment is listed question
   * by question, a model rule by rule, anything else by its {@code toString()}.
   */
  public Property<T> describedBy(Function<? super T, String> describe) {
    return new Property<>(gen, name, tries, seed, checkNotNull(describe, "describe"));
  }

  public Property<T> seed(long seed) {
    return new Property<>(gen, name, tries, OptionalLong.of(seed), describe);
  }

  /** Runs the property; throws a {@link PropertyFailure} describing the minimal failing value. */
  public void check(Check<? super T> check) {
    long actualSeed = seed.isPresent() ? seed.getAsLong() : systemSeed().orElseGet(() -> new SplittableRandom().nextLong());
    SplittableRandom random = new SplittableRandom(actualSeed);
    String triesOverride = System.getProperty(TRIES_PROPERTY);
    int tries = triesOverride == null || triesOverride.isBlank() ? this.tries : Integer.parseInt(triesOverride.trim());
    int passed = 0;
    int discarded = 0;
    while (passed < tries) {
      // Sizes grow over the first half of the tries, then stay at their maximum.
      Draws draws = Draws.random(random.split(), (passed + discarded + 1) / (tries / 2.0));
      Outcome outcome = run(draws, check);
      if (outcome.failure().isPresent()) {
        throw fail(actualSeed, passed + discarded + 1, draws.recorded(), outcome.failure().get(), check);
      }
      if (outcome.discarded()) {
        discarded++;
        if (discarded > tries * 4) {
          break;
        }
      } else {
        passed++;
      }
    }
    if (passed < (tries + 1) / 2) {
      throw new PropertyFailure(
          "Property '" + name + "' gave up: only " + passed + " of " + (passed + discarded)
              + " generated values fitted it (seed " + actualSeed + ")",
          actualSeed, "", null);
    }
  }

  private static Optional<Long> systemSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
  }

  /** The result of trying one value: passed, discarded, or failed with a throwable. */
  record Outcome(boolean discarded, Optional<Throwable> failure, String value) {}

  Outcome run(Draws draws, Check<? super T> check) {
    T value;
    try {
      value = gen.next(draws);
    } catch (Discard d) {
      return new Outcome(true, Optional.empty(), "");
    }
    try {
      check.check(value);
      return new Outcome(false, Optional.empty(), describe.apply(value));
    } catch (Discard d) {
      return new Outcome(true, Optional.empty(), describe.apply(value));
    } catch (Throwable t) {
      return new Outcome(false, Optional.of(t), describe.apply(value));
    }
  }

  private PropertyFailure fail(long seed, int tryNumber, int[] draws, Throwable first, Check<? super T> check) {
    Shrinker<T> shrinker = new Shrinker<>(this, check, first.getClass());
    Shrinker.Result result = shrinker.shrink(draws, first);
    Throwable cause = result.failure();
    String message =
        "Property '" + name + "' failed after " + tryNumber + (tryNumber == 1 ? " try" : " tries")
            + " (seed " + seed + "; rerun with -D" + SEED_PROPERTY + "=" + seed + ").\n"
            + "Shrunk in " + result.steps() + (result.steps() == 1 ? " step" : " steps") + " to:\n"
            + indent(result.value()) + "\n"
            + "Because:\n"
            + indent(String.valueOf(cause.getMessage() == null ? cause.toString() : cause.getMessage()));
    return new PropertyFailure(message, seed, result.value(), cause);
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
