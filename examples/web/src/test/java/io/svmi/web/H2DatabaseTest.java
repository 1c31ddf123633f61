package io.svmi.web;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The database contract on the embedded H2 database, in a fresh folder. */
class H2DatabaseTest extends DatabaseContract {
  static Database db;

  @BeforeAll
  static void open() throws Exception {
    db = Database.open(Database.h2Url(Files.createTempDirectory("svmi-h2").resolve("data")), null, null);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  Database db() {
    return db;
  }
}
