package io.svmi.testkit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Generates values from a stream of {@link Draws}. Because every value is made from recorded draws,
 * a failing value shrinks by replaying smaller draws: no separate shrinker per type is needed. The
 * first choice of each draw (0, the first element, {@code false}) should be the simplest value.
 */
@FunctionalInterface
public interface Gen<T> {
  T next(Draws draws);

  default <U> Gen<U> map(Function<? super T, ? extends U> f) {
    return d -> f.apply(next(d));
  }

  default <U> Gen<U> flatMap(Function<? super T, Gen<U>> f) {
    return d -> f.apply(next(d)).next(d);
  }

  /** Keeps values that pass; a value that fails is a discarded try, not a failure. */
  default Gen<T> filter(Predicate<? super T> keep) {
    return d -> {
      T value = next(d);
      Property.assume(keep.test(value));
      return value;
    };
  }

  /** Lists of this generator's values, of a size between min and max. */
  default Gen<ImmutableList<T>> list(int min, int max) {
    return d -> {
      ImmutableList.Builder<T> b = ImmutableList.builder();
      for (int n = 0; ; n++) {
        int start = d.mark();
        if (!d.more(n, min, max)) {
          break;
        }
        b.add(next(d));
        d.span(start);
      }
      return b.build();
    };
  }

  static <T> Gen<T> constant(T value) {
    return d -> value;
  }

  static Gen<Integer> between(int min, int max) {
    return d -> d.between(min, max);
  }

  /** One of the values; the first is the simplest. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <T> Gen<T> oneOf(T... values) {
    return oneOf(ImmutableList.copyOf(values));
  }

  static <T> Gen<T> oneOf(List<T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    return d -> d.pick(copy);
  }

  /** One of the generators' values; the first generator is the simplest. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <T> Gen<T> anyOf(Gen<? extends T>... gens) {
    ImmutableList<Gen<? extends T>> copy = ImmutableList.copyOf(gens);
    return d -> d.pick(copy).next(d);
  }
}
