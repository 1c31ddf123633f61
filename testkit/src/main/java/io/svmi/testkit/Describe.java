package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.Dimension;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.Rules;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Compact, readable descriptions of models and assessments for failure reports. */
final class Describe {
  private Describe() {}

  /** Assessments and models in full, anything else by its {@code toString()}. */
  static String any(@Nullable Object value) {
    if (value instanceof Assessment a) {
      return assessment(a);
    }
    if (value instanceof MaturityModel m) {
      return model(m);
    }
    return String.valueOf(value);
  }

  static String model(MaturityModel m) {
    Rules r = m.rules();
    StringBuilder s = new StringBuilder("model '").append(m.name()).append("': levels ")
        .append(m.scale().levels().stream()
            .map(l -> l.id() + l.threshold().map(t -> " from " + t.toPlainString()).orElse(""))
            .collect(Collectors.joining(" < ")))
        .append("\n  dimension level = ").append(r.dimensionLevel().words())
        .append("; overall level = ").append(r.hasOverallLevel() ? r.overallLevel().words() : "none")
        .append("; overall target = ").append(r.hasOverallTarget() ? r.overallTarget().words() : "none")
        .append("; action plan = ").append(r.actionPlan().words())
        .append("; unanswered = ").append(r.unanswered().level().map(Level::id).orElse("error"));
    if (r.plusBetweenLevels()) {
      s.append("; between levels = plus");
    }
    if (!m.groups().isEmpty()) {
      s.append("; group level = ").append(r.groupLevel().words()).append("; groups ")
          .append(m.groups().values().stream().map(g -> g.id() + " " + g.dimensionIds())
              .collect(Collectors.joining(", ")));
    }
    for (Dimension d : m.dimensions().values()) {
      s.append("\n  dimension ").append(d.id()).append(" weight ").append(d.weight().toPlainString());
      d.combination().ifPresent(c -> s.append(", level = ").append(c.words()));
      for (Question q : d.questions().values()) {
        s.append("\n    question ").append(q.id()).append(" weight ").append(q.weight().toPlainString())
            .append(q.at().map(l -> " at " + l.id()).orElse(""))
            .append(": ")
            .append(q.options().values().stream()
                .map(o -> o.id() + " -> " + gives(o))
                .collect(Collectors.joining(", ")))
            .append("; texts to ")
            .append(q.actions().isEmpty() ? "none" : String.join(", ", q.actions().keySet()));
      }
    }
    return s.toString();
  }

  /** What an option gives: a level id, a value, or not applicable. */
  private static String gives(Option o) {
    return o.level().map(Level::id).or(() -> o.value().map(v -> v.toPlainString())).orElse("not applicable");
  }

  static String assessment(Assessment a) {
    MaturityModel m = a.model();
    StringBuilder s = new StringBuilder("assessment:");
    for (Question q : m.questions().values()) {
      String optionId = a.answers().get(q.id());
      if (optionId == null) {
        s.append("\n  ").append(q.id()).append(" unanswered");
      } else {
        Option o = q.options().get(optionId);
        s.append("\n  ").append(q.id()).append(" = '").append(optionId).append("' (")
            .append(o.level().map(Level::name).or(() -> o.value().map(v -> "value " + v.toPlainString()))
                .orElse("not applicable")).append(')');
      }
    }
    Map<String, Level> targets = a.targets();
    s.append("\n  targets: ").append(targets.isEmpty() ? "none given" : targets.entrySet().stream()
        .map(e -> e.getKey() + " -> " + e.getValue().name()).collect(Collectors.joining(", ")));
    a.overallTarget().ifPresent(l -> s.append("\n  overall target: ").append(l.name()));
    if (!a.targetAnswers().isEmpty()) {
      s.append("\n  target answers: ").append(a.targetAnswers().entrySet().stream()
          .map(e -> e.getKey() + " -> '" + e.getValue() + "'").collect(Collectors.joining(", ")));
    }
    return s.toString();
  }
}
