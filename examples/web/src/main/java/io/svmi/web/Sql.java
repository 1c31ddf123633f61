package io.svmi.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Prepared statements with their parameters bound in order; nothing is ever concatenated in. */
final class Sql {
  /** Reads one row. */
  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  private Sql() {}

  static <T> List<T> list(Connection c, String sql, Row<T> row, @Nullable Object... params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, false, params); ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(row.read(r));
      }
      return out;
    }
  }

  static <T> Optional<T> one(Connection c, String sql, Row<T> row, @Nullable Object... params) throws SQLException {
    List<T> rows = list(c, sql, row, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  static int update(Connection c, String sql, @Nullable Object... params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, false, params)) {
      return s.executeUpdate();
    }
  }

  /** Inserts one row and returns its generated id. */
  static long insert(Connection c, String sql, @Nullable Object... params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, true, params)) {
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated id");
        }
        return keys.getLong(1);
      }
    }
  }

  static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  static Instant instant(ResultSet r, String column) throws SQLException {
    return r.getTimestamp(column).toInstant();
  }

  static Optional<Long> optionalLong(ResultSet r, String column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static PreparedStatement prepare(Connection c, String sql, boolean keys, @Nullable Object... params)
      throws SQLException {
    PreparedStatement s = keys ? c.prepareStatement(sql, new String[] {"id"}) : c.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
    } catch (SQLException e) {
      s.close();
      throw e;
    }
    return s;
  }
}
