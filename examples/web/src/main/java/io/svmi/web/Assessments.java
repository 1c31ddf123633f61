package io.svmi.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assessments in the database. Each save replaces the assessment's answers and targets, raises its
 * revision and writes one row of {@code save_log}, all in one transaction.
 */
final class Assessments {
  /** An assessment's header row, with the model it was taken under. */
  record Summary(long id, long organisationId, String title, boolean submitted, int revision, String modelSha256,
      String modelName, String modelVersion, Instant createdAt, Instant updatedAt, Optional<Instant> submittedAt) {}

  /** An assessment with its contents and the stored text of its model. */
  record Stored(Summary summary, Draft draft, String modelSource) {}

  /** Why a save was refused. */
  enum Refusal { NOT_FOUND, SUBMITTED }

  /** A save's outcome: the new revision, or why it was refused. */
  record Saved(int revision, Optional<Refusal> refusal) {}

  private static final String SUMMARY = "SELECT a.id, a.organisation_id, a.title, a.status, a.revision,"
      + " a.created_at, a.updated_at, a.submitted_at, m.sha256, m.name, m.version"
      + " FROM assessment a JOIN model_text m ON m.id = a.model_text_id";

  private final Database db;

  Assessments(Database db) {
    this.db = db;
  }

  /**
   * Stores the text of each model offered, once, at start-up: assessments started at the same
   * moment then find it, rather than race to insert it.
   */
  void register(List<ModelCatalog.Entry> models) {
    db.inTransaction(c -> {
      for (ModelCatalog.Entry model : models) {
        modelTextId(c, model);
      }
      return null;
    });
  }

  /** Starts an assessment (empty, or with imported contents) and returns its id. */
  long create(long organisation, Account by, ModelCatalog.Entry model, String title, Draft contents, String action) {
    return db.inTransaction(c -> {
      long modelId = modelTextId(c, model);
      java.sql.Timestamp now = Sql.now();
      long id = Sql.insert(c, "INSERT INTO assessment (organisation_id, model_text_id, title, status, overall_target,"
          + " revision, created_by, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, 1, ?, ?, ?)",
          organisation, modelId, title, contents.overallTarget().orElse(null), by.id(), now, now);
      writeContents(c, id, contents);
      Sql.update(c, "INSERT INTO save_log (assessment_id, revision, account_id, action, saved_at) VALUES (?, 1, ?, ?, ?)",
          id, by.id(), action, now);
      return id;
    });
  }

  List<Summary> list(long organisation) {
    return db.inTransaction(c -> Sql.list(c, SUMMARY + " WHERE a.organisation_id = ? ORDER BY a.created_at DESC, a.id DESC",
        Assessments::summary, organisation));
  }

  Optional<Summary> summary(long id) {
    return db.inTransaction(c -> Sql.one(c, SUMMARY + " WHERE a.id = ?", Assessments::summary, id));
  }

  Optional<Stored> load(long id) {
    return db.inTransaction(c -> {
      Optional<Summary> summary = Sql.one(c, SUMMARY + " WHERE a.id = ?", Assessments::summary, id);
      if (summary.isEmpty()) {
        return Optional.<Stored>empty();
      }
      return Optional.of(new Stored(summary.get(), contents(c, id),
          Sql.one(c, "SELECT m.source FROM assessment a JOIN model_text m ON m.id = a.model_text_id WHERE a.id = ?",
              r -> r.getString(1), id).orElseThrow()));
    });
  }

  /**
   * Replaces a draft's contents; with {@code submit}, also marks it submitted. Refused when the
   * assessment does not exist or was already submitted.
   */
  Saved save(long id, Account by, Draft contents, boolean submit) {
    return db.inTransaction(c -> {
      java.sql.Timestamp now = Sql.now();
      // Raising the revision first locks the row: concurrent saves of one assessment queue here.
      int changed = Sql.update(c, "UPDATE assessment SET revision = revision + 1, updated_at = ?, overall_target = ?,"
          + " status = ?, submitted_at = ? WHERE id = ? AND status = 'draft'",
          now, contents.overallTarget().orElse(null), submit ? "submitted" : "draft", submit ? now : null, id);
      if (changed == 0) {
        boolean exists = Sql.one(c, "SELECT id FROM assessment WHERE id = ?", r -> r.getLong(1), id).isPresent();
        return new Saved(0, Optional.of(exists ? Refusal.SUBMITTED : Refusal.NOT_FOUND));
      }
      int revision = Sql.one(c, "SELECT revision FROM assessment WHERE id = ?", r -> r.getInt(1), id).orElseThrow();
      Sql.update(c, "DELETE FROM answer WHERE assessment_id = ?", id);
      Sql.update(c, "DELETE FROM dimension_target WHERE assessment_id = ?", id);
      writeContents(c, id, contents);
      Sql.update(c, "INSERT INTO save_log (assessment_id, revision, account_id, action, saved_at) VALUES (?, ?, ?, ?, ?)",
          id, revision, by.id(), submit ? "submit" : "save", now);
      return new Saved(revision, Optional.empty());
    });
  }

  /** The number of acknowledged saves (rows of save_log), for the load test and the crash test. */
  long saveCount() {
    return db.inTransaction(c -> Sql.one(c, "SELECT COUNT(*) FROM save_log", r -> r.getLong(1)).orElseThrow());
  }

  private static long modelTextId(Connection c, ModelCatalog.Entry model) throws SQLException {
    Optional<Long> id = Sql.one(c, "SELECT id FROM model_text WHERE sha256 = ?", r -> r.getLong(1), model.sha256());
    if (id.isPresent()) {
      return id.get();
    }
    return Sql.insert(c, "INSERT INTO model_text (sha256, name, version, source, added_at) VALUES (?, ?, ?, ?, ?)",
        model.sha256(), model.name(), model.version(), model.source(), Sql.now());
  }

  private static void writeContents(Connection c, long id, Draft contents) throws SQLException {
    Set<String> questions = new HashSet<>(contents.answers().keySet());
    questions.addAll(contents.notes().keySet());
    for (String question : questions.stream().sorted().toList()) {
      String note = contents.notes().getOrDefault(question, "");
      Sql.update(c, "INSERT INTO answer (assessment_id, question_id, option_id, note) VALUES (?, ?, ?, ?)",
          id, question, contents.answers().get(question), note.isEmpty() ? null : note);
    }
    for (Map.Entry<String, String> t : contents.targets().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Sql.update(c, "INSERT INTO dimension_target (assessment_id, dimension_id, level_id) VALUES (?, ?, ?)",
          id, t.getKey(), t.getValue());
    }
  }

  private static Draft contents(Connection c, long id) throws SQLException {
    Map<String, String> answers = new HashMap<>();
    Map<String, String> notes = new HashMap<>();
    for (String[] row : Sql.list(c, "SELECT question_id, option_id, note FROM answer WHERE assessment_id = ?",
        r -> new String[] {r.getString(1), r.getString(2), r.getString(3)}, id)) {
      if (row[1] != null) {
        answers.put(row[0], row[1]);
      }
      if (row[2] != null) {
        notes.put(row[0], row[2]);
      }
    }
    Map<String, String> targets = new HashMap<>();
    for (String[] row : Sql.list(c, "SELECT dimension_id, level_id FROM dimension_target WHERE assessment_id = ?",
        r -> new String[] {r.getString(1), r.getString(2)}, id)) {
      targets.put(row[0], row[1]);
    }
    Optional<String> overall = Sql.one(c, "SELECT overall_target FROM assessment WHERE id = ?",
        r -> Optional.ofNullable(r.getString(1)), id).orElse(Optional.empty());
    return new Draft(answers, notes, targets, overall);
  }

  private static Summary summary(ResultSet r) throws SQLException {
    java.sql.Timestamp submitted = r.getTimestamp("submitted_at");
    return new Summary(r.getLong("id"), r.getLong("organisation_id"), r.getString("title"),
        r.getString("status").equals("submitted"), r.getInt("revision"), r.getString("sha256"), r.getString("name"),
        r.getString("version"), Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"),
        Optional.ofNullable(submitted).map(java.sql.Timestamp::toInstant));
  }
}
