package io.svmi.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, created in the server that {@code .ci/run}
 * starts (Debian's cluster on 127.0.0.1:5432, role {@code svmi}), and dropped afterwards.
 * {@code SVMI_TEST_POSTGRES} names another server; when none answers, the tests are skipped,
 * unless {@code SVMI_REQUIRE_POSTGRES=1} (as in CI), where that is a failure.
 */
final class Postgres implements AutoCloseable {
  static final String SERVER = System.getenv().getOrDefault("SVMI_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");
  static final String USER = "svmi";
  static final String PASSWORD = "svmi";

  final String name = "svmi_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  final String url = SERVER + name + "?user=" + USER + "&password=" + PASSWORD;

  private Postgres() {}

  static Postgres create() {
    try (Connection c = DriverManager.getConnection(SERVER + "svmi", USER, PASSWORD); Statement s = c.createStatement()) {
      Postgres pg = new Postgres();
      s.execute("CREATE DATABASE " + pg.name);
      return pg;
    } catch (SQLException e) {
      if ("1".equals(System.getenv("SVMI_REQUIRE_POSTGRES"))) {
        throw new IllegalStateException("PostgreSQL is required (SVMI_REQUIRE_POSTGRES=1) but " + SERVER
            + " does not answer: " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL at " + SERVER + " (start it as .ci/run does): " + e.getMessage());
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    try (Connection c = DriverManager.getConnection(SERVER + "svmi", USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
