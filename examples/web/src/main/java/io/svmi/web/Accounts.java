package io.svmi.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Organisations, accounts and sign-in sessions in the database. A session's cookie holds a random
 * 256-bit token; the database holds only its SHA-256, beside the session's CSRF token.
 */
final class Accounts {
  static final Duration SESSION_LIFETIME = Duration.ofHours(8);
  static final String ADMIN = "admin";

  /** A signed-in browser: who, and the token its forms must carry. */
  record Session(Account account, String csrfToken) {}

  /** A new session: the cookie's token (given to the browser once) and the session itself. */
  record NewSession(String token, Session session) {}

  private final Database db;
  private final Passwords passwords;
  private final SecureRandom random = new SecureRandom();

  Accounts(Database db, Passwords passwords) {
    this.db = db;
    this.passwords = passwords;
  }

  /**
   * Creates the admin account on the first run: with the given password, or a generated one that is
   * returned so that it can be printed once. Empty when an admin already exists.
   */
  Optional<String> ensureAdmin(Optional<String> password) {
    return db.inTransaction(c -> {
      if (Sql.one(c, "SELECT id FROM account WHERE role = 'admin'", r -> r.getLong(1)).isPresent()) {
        return Optional.<String>empty();
      }
      String chosen = password.orElseGet(passwords::generate);
      insertAccount(c, ADMIN, chosen, Role.ADMIN, Optional.empty());
      return Optional.of(chosen);
    });
  }

  long createOrganisation(String name) {
    return db.inTransaction(c -> Sql.insert(c, "INSERT INTO organisation (name, created_at) VALUES (?, ?)",
        name, Sql.now()));
  }

  boolean organisationExists(String name) {
    return db.inTransaction(c -> Sql.one(c, "SELECT id FROM organisation WHERE LOWER(name) = LOWER(?)",
        r -> r.getLong(1), name).isPresent());
  }

  List<Organisation> organisations() {
    return db.inTransaction(c -> Sql.list(c, "SELECT id, name FROM organisation ORDER BY name",
        r -> new Organisation(r.getLong("id"), r.getString("name"))));
  }

  Optional<Organisation> organisation(long id) {
    return db.inTransaction(c -> Sql.one(c, "SELECT id, name FROM organisation WHERE id = ?",
        r -> new Organisation(r.getLong("id"), r.getString("name")), id));
  }

  long createAccount(String username, String password, Role role, Optional<Long> organisation) {
    return db.inTransaction(c -> insertAccount(c, username, password, role, organisation));
  }

  boolean usernameTaken(String username) {
    return db.inTransaction(c -> Sql.one(c, "SELECT id FROM account WHERE LOWER(username) = LOWER(?)",
        r -> r.getLong(1), username).isPresent());
  }

  List<Account> accounts() {
    return db.inTransaction(c -> Sql.list(c,
        "SELECT id, username, role, organisation_id FROM account ORDER BY username", Accounts::account));
  }

  /** The account whose username and password these are, or empty. */
  Optional<Account> check(String username, String password) {
    record Stored(Account account, String hash) {}
    Optional<Stored> stored = db.inTransaction(c -> Sql.one(c,
        "SELECT id, username, role, organisation_id, password_hash FROM account WHERE username = ?",
        r -> new Stored(account(r), r.getString("password_hash")), username));
    if (stored.isEmpty()) {
      passwords.decoyCheck(password);
      return Optional.empty();
    }
    return passwords.matches(password, stored.get().hash()) ? Optional.of(stored.get().account()) : Optional.empty();
  }

  NewSession startSession(Account account) {
    String token = randomHex();
    String csrf = randomHex();
    Instant now = Instant.now();
    db.inTransaction(c -> {
      Sql.update(c, "DELETE FROM login_session WHERE expires_at < ?", Timestamp.from(now));
      return Sql.update(c, "INSERT INTO login_session (token_hash, account_id, csrf_token, created_at, expires_at)"
          + " VALUES (?, ?, ?, ?, ?)", sha256(token), account.id(), csrf, Timestamp.from(now),
          Timestamp.from(now.plus(SESSION_LIFETIME)));
    });
    return new NewSession(token, new Session(account, csrf));
  }

  Optional<Session> session(String token) {
    if (!token.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    return db.inTransaction(c -> Sql.one(c,
        "SELECT a.id, a.username, a.role, a.organisation_id, s.csrf_token FROM login_session s"
            + " JOIN account a ON a.id = s.account_id WHERE s.token_hash = ? AND s.expires_at > ?",
        r -> new Session(account(r), r.getString("csrf_token")), sha256(token), Sql.now()));
  }

  void endSession(String token) {
    db.inTransaction(c -> Sql.update(c, "DELETE FROM login_session WHERE token_hash = ?", sha256(token)));
  }

  private long insertAccount(Connection c, String username, String password, Role role, Optional<Long> organisation)
      throws SQLException {
    return Sql.insert(c, "INSERT INTO account (username, password_hash, role, organisation_id, created_at)"
        + " VALUES (?, ?, ?, ?, ?)", username, passwords.hash(password), role.id(), organisation.orElse(null),
        Sql.now());
  }

  private static Account account(ResultSet r) throws SQLException {
    return new Account(r.getLong("id"), r.getString("username"), Role.of(r.getString("role")).orElseThrow(),
        Sql.optionalLong(r, "organisation_id"));
  }

  String randomHex() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
