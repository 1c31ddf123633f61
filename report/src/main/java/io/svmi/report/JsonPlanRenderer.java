package io.svmi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.svmi.Action;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.GroupResult;
import io.svmi.Score;
import io.svmi.Level;
import io.svmi.Option;
import io.svmi.QuestionResult;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation as JSON, in the stable schema documented in docs/plan.schema.json ({@code schemaVersion}
 * 1): the levels by id and name, every determination with its explanation, and every action with
 * its dimension, question, level and text. Levels are referred to by id everywhere else.
 */
final class JsonPlanRenderer implements PlanRenderer {
  /** Raised only for changes that break readers; additions keep the version. */
  static final int SCHEMA_VERSION = 1;


  @Override
  public String render(Report report) {
    return Json.text(g -> write(g, report.evaluation()));
  }

  /** Writes the plan JSON of an evaluation as one value (pretty or compact, as the generator is set). */
  static void write(JsonGenerator g, Evaluation e) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeObjectFieldStart("model");
    g.writeStringField("name", e.model().name());
    optional(g, "version", e.model().version());
    g.writeEndObject();
    g.writeStringField("subject", e.subject());
    if (e.assessment().profile().isPresent()) {
      g.writeObjectFieldStart("profile");
      g.writeStringField("id", e.assessment().profile().get().id());
      g.writeStringField("name", e.assessment().profile().get().name());
      g.writeEndObject();
    }

    g.writeArrayFieldStart("levels");
    for (Level level : e.model().scale().levels()) {
      g.writeStartObject();
      g.writeStringField("id", level.id());
      g.writeStringField("name", level.name());
      g.writeNumberField("rank", level.rank());
      if (level.threshold().isPresent()) {
        g.writeStringField("from", level.threshold().get().toPlainString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    boolean scored = e.model().isScoreBased();
    // A model with no overall level (overall level = none) has no "overall" object.
    if (e.model().rules().hasOverallLevel()) {
      overall(g, e, scored);
    }

    if (!e.groups().isEmpty()) {
      g.writeArrayFieldStart("groups");
      for (GroupResult r : e.groups()) {
        group(g, r);
      }
      g.writeEndArray();
    }

    g.writeArrayFieldStart("dimensions");
    for (DimensionResult d : e.dimensions()) {
      dimension(g, d, scored, e.assessment().targetAnswers());
    }
    g.writeEndArray();

    g.writeArrayFieldStart("actions");
    for (Action a : e.plan().actions()) {
      action(g, a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** An action as the plan JSON writes it: its dimension, question, level and text. */
  static void action(JsonGenerator g, Action a) throws IOException {
    g.writeStartObject();
    g.writeStringField("dimension", a.dimensionId());
    g.writeStringField("question", a.questionId());
    g.writeStringField("level", a.level().id());
    g.writeStringField("text", a.text());
    g.writeEndObject();
  }

  /** Score-based models only: a group with its score, level, target and dimension ids. */
  private static void group(JsonGenerator g, GroupResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.group().id());
    g.writeStringField("name", r.group().name());
    level(g, "present", r.present());
    level(g, "target", r.target());
    score(g, "score", r.score());
    score(g, "targetScore", r.targetScore());
    g.writeBooleanField("plus", r.plus());
    g.writeBooleanField("targetPlus", r.targetPlus());
    g.writeStringField("combination", r.combination().words());
    g.writeStringField("explanation", r.explanation());
    g.writeArrayFieldStart("dimensions");
    for (String id : r.group().dimensionIds()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * An exact score as a string: its decimal when it has a finite one ("1.375"), else the reduced
   * fraction ("61/60"); null when there is none.
   */
  private static void score(JsonGenerator g, String field, Optional<Score> score) throws IOException {
    optional(g, field, score(score));
  }

  /** A score as the plan JSON writes it: its decimal ("1.375") or its reduced fraction ("61/60"). */
  static Optional<String> score(Optional<Score> score) {
    return score.map(s -> s.isExactDecimal() ? s.toString() : s.numerator() + "/" + s.denominator());
  }

  private static void overall(JsonGenerator g, Evaluation e, boolean scored) throws IOException {
    g.writeObjectFieldStart("overall");
    level(g, "present", e.present());
    level(g, "target", e.target());
    if (scored) {
      score(g, "score", e.score());
      score(g, "targetScore", e.targetScore());
      g.writeBooleanField("plus", e.plus());
      g.writeBooleanField("targetPlus", e.targetPlus());
    }
    g.writeStringField("presentExplanation", e.presentExplanation());
    g.writeStringField("targetExplanation", e.targetExplanation());
    g.writeEndObject();
  }

  private static void dimension(JsonGenerator g, DimensionResult d, boolean scored, Map<String, String> aims)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.dimension().id());
    g.writeStringField("name", d.dimension().name());
    level(g, "present", d.present());
    level(g, "target", d.target());
    if (scored) {
      score(g, "score", d.score());
      score(g, "targetScore", d.targetScore());
      g.writeBooleanField("plus", d.plus());
      g.writeBooleanField("targetPlus", d.targetPlus());
    }
    g.writeBooleanField("targetGiven", d.targetGiven());
    g.writeFieldName("gap");
    if (d.gap().isPresent()) {
      g.writeNumber(d.gap().getAsInt());
    } else {
      g.writeNull();
    }
    g.writeStringField("combination", d.combination().words());
    g.writeStringField("explanation", d.explanation());
    g.writeStringField("targetExplanation", d.targetExplanation());
    g.writeArrayFieldStart("questions");
    for (QuestionResult q : d.questions()) {
      g.writeStartObject();
      g.writeStringField("id", q.question().id());
      g.writeStringField("text", q.question().text());
      optional(g, "answer", q.answer().map(Option::id));
      String aim = aims.get(q.question().id());
      if (aim != null) {
        g.writeStringField("targetAnswer", aim);   // only when the assessment gives one
      }
      level(g, "level", q.level());
      if (scored) {
        score(g, "score", q.score());
      }
      g.writeBooleanField("notApplicable", q.isNotApplicable());
      g.writeStringField("explanation", q.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void level(JsonGenerator g, String field, Optional<Level> level) throws IOException {
    optional(g, field, level.map(Level::id));
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }
}
