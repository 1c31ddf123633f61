package io.svmi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.svmi.Action;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.Score;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The renderings of a {@link Comparison}: text, Markdown, JSON and HTML, one static method each. */
final class ComparisonRenderer {
  /** Raised only for changes that break readers of the JSON; additions keep the version. */
  static final int SCHEMA_VERSION = 1;

  private ComparisonRenderer() {}

  /**
   * False when neither model has an overall level ({@code overall level = none}): no overall line
   * is shown, nor the JSON's "overall".
   */
  private static boolean graded(Comparison c) {
    return c.before().model().rules().hasOverallLevel() || c.after().model().rules().hasOverallLevel();
  }

  static String text(Comparison c) {
    StringBuilder out = new StringBuilder();
    out.append(title(c)).append("\n\n");
    if (graded(c)) {
      out.append("Overall: ").append(words(c.overall())).append('\n');
      out.append("Overall target: ").append(words(c.overallTarget())).append("\n\n");
    }
    int width = c.dimensions().stream().mapToInt(d -> d.id().length() + 1 + d.name().length()).max().orElse(9);
    out.append(pad("Dimension", width)).append("  Change\n");
    for (Comparison.DimensionChange d : c.dimensions()) {
      out.append(pad(d.id() + " " + d.name(), width)).append("  ").append(dimensionWords(d)).append('\n');
    }
    actions(out, "Completed actions", c.completedActions(), a -> "  - " + actionWords(a) + "\n");
    actions(out, "New actions", c.newActions(), a -> "  - " + actionWords(a) + "\n");
    actions(out, "No longer planned, not reached", c.droppedActions(), a -> "  - " + actionWords(a) + "\n");
    if (!c.modelChanges().isEmpty()) {
      out.append("\nModel changes (").append(c.modelChanges().size()).append("):\n");
      c.modelChanges().forEach(m -> out.append("  - ").append(m.description()).append('\n'));
    }
    return out.toString();
  }

  static String markdown(Comparison c) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(md(title(c))).append("\n\n");
    if (graded(c)) {
      out.append("- **Overall:** ").append(md(words(c.overall()))).append('\n');
      out.append("- **Overall target:** ").append(md(words(c.overallTarget()))).append("\n\n");
    }
    out.append("| | Dimension | Before | After | Change |\n|---|---|---|---|---|\n");
    for (Comparison.DimensionChange d : c.dimensions()) {
      out.append("| ").append(md(d.id())).append(" | ").append(md(d.name())).append(" | ")
          .append(md(shown(d.present().before(), d.present().scoreBefore()))).append(" | ")
          .append(md(shown(d.present().after(), d.present().scoreAfter()))).append(" | ")
          .append(d.isRegression() ? "**" + md(change(d)) + "**" : md(change(d))).append(" |\n");
    }
    actions(out, "\n## Completed actions", c.completedActions(), a -> "- " + md(actionWords(a)) + "\n");
    actions(out, "\n## New actions", c.newActions(), a -> "- " + md(actionWords(a)) + "\n");
    actions(out, "\n## No longer planned, not reached", c.droppedActions(), a -> "- " + md(actionWords(a)) + "\n");
    if (!c.modelChanges().isEmpty()) {
      out.append("\n## Model changes\n\n");
      c.modelChanges().forEach(m -> out.append("- ").append(md(m.description())).append('\n'));
    }
    return out.toString();
  }

  static String json(Comparison c) {
    return Json.text(g -> {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      side(g, "before", c.before());
      side(g, "after", c.after());
      g.writeBooleanField("levelsComparable", c.levelsComparable());
      if (graded(c)) {
        g.writeObjectFieldStart("overall");
        change(g, "present", c.overall());
        change(g, "target", c.overallTarget());
        g.writeEndObject();
      }
      g.writeArrayFieldStart("dimensions");
      for (Comparison.DimensionChange d : c.dimensions()) {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("presence", d.presence().name().toLowerCase(java.util.Locale.ROOT));
        g.writeBooleanField("definitionChanged", d.definitionChanged());
        g.writeBooleanField("regression", d.isRegression());
        change(g, "present", d.present());
        change(g, "target", d.target());
        g.writeEndObject();
      }
      g.writeEndArray();
      actions(g, "completedActions", c.completedActions());
      actions(g, "newActions", c.newActions());
      actions(g, "noLongerPlanned", c.droppedActions());
      g.writeArrayFieldStart("modelChanges");
      for (Comparison.ModelChange m : c.modelChanges()) {
        g.writeStartObject();
        g.writeStringField("element", m.element());
        g.writeStringField("id", m.id());
        g.writeStringField("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("description", m.description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  static String html(Comparison c) {
    StringBuilder out = new StringBuilder();
    String title = title(c);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>\n").append(HtmlPlanRenderer.style())
        .append("\n  td.regression { font-weight: bold; color: #9c1f1f; }\n</style>\n</head>\n<body>\n");
    out.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    if (graded(c)) {
      out.append("<dl class=\"summary\">\n<dt>Overall</dt><dd>").append(Html.escape(words(c.overall())))
          .append("</dd>\n<dt>Overall target</dt><dd>").append(Html.escape(words(c.overallTarget())))
          .append("</dd>\n</dl>\n");
    }
    if (c.levelsComparable()) {
      // The later evaluation's chart, with the earlier one's levels as its "previous" line.
      out.append("<figure class=\"chart\">\n");
      RadarChart.svg(Report.of(c.after()).withPrevious(c.before()), out);
      out.append("</figure>\n");
    } else {
      out.append("<p class=\"note\">The two models have different levels, so the chart is not drawn"
          + " and changes are not counted in levels.</p>\n");
    }
    out.append("<table>\n<thead><tr><th></th><th>Dimension</th><th>Before</th><th>After</th><th>Change</th>"
        + "<th>Target before</th><th>Target after</th></tr></thead>\n<tbody>\n");
    for (Comparison.DimensionChange d : c.dimensions()) {
      out.append("<tr><td>").append(Html.escape(d.id())).append("</td><td>").append(Html.escape(d.name()))
          .append("</td><td>").append(Html.escape(shown(d.present().before(), d.present().scoreBefore())))
          .append("</td><td>").append(Html.escape(shown(d.present().after(), d.present().scoreAfter())))
          .append(d.isRegression() ? "</td><td class=\"regression\">" : "</td><td>")
          .append(Html.escape(change(d)))
          .append("</td><td>").append(Html.escape(shown(d.target().before(), d.target().scoreBefore())))
          .append("</td><td>").append(Html.escape(shown(d.target().after(), d.target().scoreAfter())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    htmlActions(out, "Completed actions", c.completedActions());
    htmlActions(out, "New actions", c.newActions());
    htmlActions(out, "No longer planned, not reached", c.droppedActions());
    if (!c.modelChanges().isEmpty()) {
      out.append("<h2>Model changes</h2>\n<ul>\n");
      c.modelChanges().forEach(m -> out.append("<li>").append(Html.escape(m.description())).append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static String title(Comparison c) {
    Evaluation before = c.before();
    Evaluation after = c.after();
    String who = before.subject().equals(after.subject())
        ? after.subject()
        : (before.subject().isEmpty() ? "(no subject)" : before.subject()) + " then "
            + (after.subject().isEmpty() ? "(no subject)" : after.subject());
    String model = after.model().name() + after.model().version().map(v -> " " + v).orElse("");
    if (!c.sameModel()) {
      model = before.model().name() + before.model().version().map(v -> " " + v).orElse("") + " then " + model;
    }
    return "Progress" + (who.isEmpty() ? "" : " of " + who) + ": " + model;
  }

  /** "Follower -> Mature (up 1)", "Mature (unchanged)", "1.5 -> 2 (+0.5)". */
  static String words(Comparison.LevelChange c) {
    String before = shown(c.before(), c.scoreBefore());
    String after = shown(c.after(), c.scoreAfter());
    if (c.isUnchanged()) {
      return after + " (unchanged)";
    }
    String delta = deltaWords(c);
    return before + " -> " + after + (delta.isEmpty() ? "" : " (" + delta + ")");
  }

  /** "up 1, +0.5, regression"; empty when there is nothing to say. */
  private static String deltaWords(Comparison.LevelChange c) {
    if (!c.comparable()) {
      return "not compared: the levels differ";
    }
    StringBuilder s = new StringBuilder();
    c.delta().ifPresent(d -> s.append(d > 0 ? "up " + d : d < 0 ? "down " + -d : "same level"));
    c.scoreDelta().ifPresent(d -> s.append(s.length() == 0 ? "" : ", ").append(d.compareTo(Score.ZERO) >= 0 ? "+" : "").append(d));
    if (c.isRegression()) {
      s.append(", regression");
    }
    return s.toString();
  }

  private static String dimensionWords(Comparison.DimensionChange d) {
    return switch (d.presence()) {
      case ADDED -> "new dimension: " + shown(d.present().after(), d.present().scoreAfter());
      case REMOVED -> "removed from the model (was " + shown(d.present().before(), d.present().scoreBefore()) + ")";
      case BOTH -> words(d.present()) + (d.definitionChanged() ? " [the dimension's questions changed]" : "");
    };
  }

  private static String change(Comparison.DimensionChange d) {
    return switch (d.presence()) {
      case ADDED -> "new dimension";
      case REMOVED -> "removed from the model";
      case BOTH -> {
        // The words after the levels, which a table shows in their own columns (a level's name and
        // score may hold parentheses of their own).
        String tail = d.present().isUnchanged() ? "unchanged" : deltaWords(d.present());
        yield (tail.isEmpty() ? "changed" : tail) + (d.definitionChanged() ? "; the dimension's questions changed" : "");
      }
    };
  }

  static String shown(Optional<Level> level, Optional<Score> score) {
    String name = level.map(Level::name).orElse("no level");
    return score.map(s -> name + " (" + s + ")").orElse(name);
  }

  private static String actionWords(Action a) {
    return a.questionId() + " to " + a.level().name() + (a.hasText() ? ": " + a.text() : "");
  }

  private static void actions(StringBuilder out, String heading, List<Action> actions,
      java.util.function.Function<Action, String> line) {
    if (actions.isEmpty()) {
      return;
    }
    out.append('\n').append(heading).append(" (").append(actions.size()).append("):\n");
    if (heading.startsWith("\n## ")) {
      out.append('\n');
    }
    actions.forEach(a -> out.append(line.apply(a)));
  }

  private static void htmlActions(StringBuilder out, String heading, List<Action> actions) {
    if (actions.isEmpty()) {
      return;
    }
    out.append("<h2>").append(Html.escape(heading)).append(" (").append(actions.size()).append(")</h2>\n<ul>\n");
    for (Action a : actions) {
      out.append("<li>").append(Html.escape(actionWords(a))).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static void side(JsonGenerator g, String field, Evaluation e) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeObjectFieldStart("model");
    g.writeStringField("name", e.model().name());
    g.writeFieldName("version");
    if (e.model().version().isPresent()) {
      g.writeString(e.model().version().get());
    } else {
      g.writeNull();
    }
    g.writeEndObject();
    g.writeStringField("subject", e.subject());
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, String field, Comparison.LevelChange c) throws IOException {
    g.writeObjectFieldStart(field);
    nullable(g, "before", c.before().map(Level::id));
    nullable(g, "after", c.after().map(Level::id));
    g.writeFieldName("delta");
    if (c.delta().isPresent()) {
      g.writeNumber(c.delta().getAsInt());
    } else {
      g.writeNull();
    }
    if (c.scoreBefore().isPresent() || c.scoreAfter().isPresent()) {
      nullable(g, "scoreBefore", c.scoreBefore().map(Score::toExactString));
      nullable(g, "scoreAfter", c.scoreAfter().map(Score::toExactString));
      nullable(g, "scoreDelta", c.scoreDelta().map(Score::toExactString));
    }
    g.writeEndObject();
  }

  private static void actions(JsonGenerator g, String field, List<Action> actions) throws IOException {
    g.writeArrayFieldStart(field);
    for (Action a : actions) {
      JsonPlanRenderer.action(g, a);
    }
    g.writeEndArray();
  }

  private static void nullable(JsonGenerator g, String field, Optional<String> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String md(String text) {
    return MarkdownPlanRenderer.escape(text);
  }
}
