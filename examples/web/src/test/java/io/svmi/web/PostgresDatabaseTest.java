package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database contract on a real PostgreSQL 15, through the same migrations as H2; and the
 * application started with {@code --db} serving an officer's whole assessment from it.
 */
class PostgresDatabaseTest extends DatabaseContract {
  static Postgres pg;
  static Database db;

  @BeforeAll
  static void open() {
    pg = Postgres.create();
    db = Database.open(pg.url, null, null);
  }

  @AfterAll
  static void close() {
    if (db != null) {
      db.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Override
  Database db() {
    return db;
  }

  @Test
  void theMigrations_areTheOnesH2Runs() {
    assertTrue(db.isPostgres());
    List<String> applied = db.inTransaction(c -> Sql.list(c,
        "SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank", r -> r.getString(1)));
    assertEquals(List.of("V1__accounts_models_assessments.sql"), applied);
  }

  @Test
  void theApplication_servesAnAssessment_fromPostgres() {
    try (TestServer server = TestServer.start(List.of("--db", pg.url))) {
      long org = server.organisation("Walsall PG");
      Browser b = new Browser(server.base()).signIn("Walsall PG-assessor", TestServer.PASSWORD);
      long id = AssessmentFlowTest.startAssessment(b, org, "On PostgreSQL");
      List<Map.Entry<String, String>> all = new ArrayList<>(Walsall.fields());
      all.add(Map.entry("action", "save"));
      HttpResponse<String> saved = b.submit("/assessments/" + id, all);
      assertEquals(303, saved.statusCode(), saved.body());
      assertTrue(b.get("/assessments/" + id).body().contains("29 of 29 answered"));
      assertEquals(200, b.get("/health").statusCode());
    }
  }
}
