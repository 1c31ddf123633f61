package io.svmi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.svmi.Assessment;
import io.svmi.Level;
import java.io.IOException;
import java.util.Map;

/** Writes an assessment as an answers file, the inverse of {@link AnswersReader}. */
final class AnswersWriter {
  private AnswersWriter() {}

  static void write(Assessment a, Appendable out) throws IOException {
    try (JsonGenerator g = Json.generator(Json.writer(out))) {
      write(a, g);
    }
    out.append('\n');
  }

  /** Writes the answers object as one value (pretty or compact, as the generator is set). */
  static void write(Assessment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("subject", a.subject());
    if (a.profile().isPresent()) {
      g.writeStringField("profile", a.profile().orElseThrow().id());
    }
    map(g, "answers", a.answers(), true);
    Map<String, String> targets = new java.util.LinkedHashMap<>();
    a.targets().forEach((dimension, level) -> targets.put(dimension, level.id()));
    map(g, "targets", targets, false);
    if (a.overallTarget().isPresent()) {
      g.writeStringField("overallTarget", a.overallTarget().map(Level::id).orElseThrow());
    }
    map(g, "targetAnswers", a.targetAnswers(), false);
    g.writeEndObject();
  }

  /** An object of ids; left out when empty unless {@code always}. */
  private static void map(JsonGenerator g, String key, Map<String, String> entries, boolean always) throws IOException {
    if (entries.isEmpty() && !always) {
      return;
    }
    g.writeObjectFieldStart(key);
    for (Map.Entry<String, String> e : entries.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
