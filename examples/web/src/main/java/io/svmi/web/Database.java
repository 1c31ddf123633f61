package io.svmi.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and the schema. {@link #inTransaction} runs one unit of work in one
 * transaction: every change the application makes goes through it, so a change is either all in the
 * database when the browser is told it is saved, or not there at all.
 */
final class Database implements AutoCloseable {
  /** A unit of work on one connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /** The embedded H2 database in a data folder. */
  static String h2Url(Path dataFolder) {
    // Every commit is written to the file before it returns (WRITE_DELAY=0), so that a server
    // killed at any moment keeps what it acknowledged.
    return "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("svmi") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
  }

  /** Opens the pool and brings the schema up to date (the same migrations for H2 and PostgreSQL). */
  static Database open(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    config.setAutoCommit(false);
    config.setConnectionTimeout(5_000);
    config.setPoolName("svmi");
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool);
  }

  /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /** Whether the database answers a trivial query within two seconds. */
  boolean reachable() {
    try (Connection c = pool.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  boolean isPostgres() {
    return pool.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  @Override
  public void close() {
    pool.close();
  }

  /** A database failure: logged with the request id, shown to the user as a 503 page. */
  static final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseException(SQLException cause) {
      super(cause);
    }
  }
}
