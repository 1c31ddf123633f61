package io.svmi.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs test classes through the jqwik engine, as a build would, and hands back what it reported:
 * jqwik's reports as JUnit report entries, and a database of its own so that no earlier failure
 * is replayed first. Shrinking is not cut short by jqwik's default of 10 s of wall time: tests
 * assert the fully shrunk sample, which on a loaded machine took longer than that and left a
 * half-shrunk one.
 */
public final class JqwikRun {
  private JqwikRun() {}

  public static Events of(Class<?>... classes) {
    return with(java.util.Map.of(), classes);
  }

  /** The same with jqwik configuration parameters (as in junit-platform.properties). */
  public static Events with(java.util.Map<String, String> configuration, Class<?>... classes) {
    Path database;
    try {
      database = Files.createTempFile("jqwik-database", "");
      Files.delete(database);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      EngineTestKit.Builder run = EngineTestKit.engine("jqwik")
          .configurationParameter("jqwik.reporting.usejunitplatform", "true")
          .configurationParameter("jqwik.database", database.toString())
          .configurationParameter("jqwik.shrinking.bounded.seconds", "600")
          .configurationParameters(configuration);
      for (Class<?> c : classes) {
        run.selectors(selectClass(c));
      }
      return run.execute().allEvents();
    } finally {
      try {
        Files.deleteIfExists(database);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
