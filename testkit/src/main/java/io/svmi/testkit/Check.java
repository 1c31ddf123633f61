package io.svmi.testkit;

/** What a property asserts about one generated value: returns normally, or throws. */
@FunctionalInterface
public interface Check<T> {
  void check(T value) throws Exception;
}
