/**
 * Runs the {@code example} blocks of {@code .svmi} files as JUnit 5 dynamic tests
 * ({@link io.svmi.junit.SvmiExamples}).
 */
module io.svmi.junit {
  requires transitive io.svmi.dsl;
  requires transitive org.junit.jupiter.api;

  exports io.svmi.junit;
}
