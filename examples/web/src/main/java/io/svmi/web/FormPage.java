package io.svmi.web;

import io.svmi.Action;
import io.svmi.Diagnostic;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import java.util.List;
import java.util.Optional;

/**
 * The pages of the web form, as HTML text: the form generated from the model, the levels and plan
 * of an evaluation above the form, the problems of a form that does not fit the model, and short
 * error pages. Every text from the model or the request is escaped; no scripts, one inline style.
 * Immutable: one instance serves every request thread.
 */
final class FormPage {
  private static final String STYLE = String.join("\n",
      "body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #111; }",
      "fieldset { margin: 1.5em 0; border: 1px solid #999; }",
      "legend { font-weight: bold; padding: 0 0.3em; }",
      ".question { margin: 0.8em 0; }",
      ".question p { margin: 0 0 0.3em; }",
      ".question label { display: block; margin-left: 1.5em; }",
      "table { border-collapse: collapse; }",
      "th, td { border: 1px solid #999; padding: 0.3em 0.6em; text-align: left; }",
      ".problems { border: 2px solid #b00; padding: 0.5em 1em; }");

  private final MaturityModel model;

  FormPage(MaturityModel model) {
    this.model = model;
  }

  /** The empty form, or the form filled with what was posted. */
  String form(FormBody values) {
    StringBuilder out = start(model.name());
    form(out, values);
    return end(out);
  }

  /** The levels and the action plan of an evaluation, with the form below to change answers. */
  String plan(Evaluation evaluation, FormBody values) {
    StringBuilder out = start(model.name() + ": Action Plan");
    out.append("<h2>Levels").append(evaluation.subject().isEmpty() ? "" : " of " + escape(evaluation.subject()))
        .append("</h2>\n<table>\n<thead><tr><th>Dimension</th><th>Present</th><th>Target</th></tr></thead>\n<tbody>\n");
    for (DimensionResult d : evaluation.dimensions()) {
      row(out, d.dimension().id() + " " + d.dimension().name(), d.present(), d.target());
    }
    if (model.rules().hasOverallLevel()) {
      row(out, "Overall", evaluation.present(), evaluation.target());
    }
    out.append("</tbody>\n</table>\n<h2>Action plan</h2>\n");
    if (evaluation.plan().actions().stream().noneMatch(Action::hasText)) {
      out.append("<p>Nothing to do: the plan has no steps.</p>\n");
    }
    for (Dimension dimension : model.dimensions().values()) {
      List<Action> row = evaluation.plan().forDimension(dimension.id());
      if (row.stream().anyMatch(Action::hasText)) {
        out.append("<h3>").append(escape(dimension.id() + " " + dimension.name())).append("</h3>\n");
        for (Level level : model.scale().levels()) {
          cell(out, level, evaluation.plan().cell(dimension.id(), level));
        }
      }
    }
    out.append("<h2>Change the answers</h2>\n");
    form(out, values);
    return end(out);
  }

  /** A form that does not fit the model: each problem in plain words, then the form as posted. */
  String problems(List<String> messages, FormBody values) {
    StringBuilder out = start(model.name() + ": Please check the form");
    out.append("<div class=\"problems\">\n<h2>The form cannot be evaluated</h2>\n<ul>\n");
    for (String message : messages) {
      out.append("<li>").append(escape(message)).append("</li>\n");
    }
    out.append("</ul>\n</div>\n");
    form(out, values);
    return end(out);
  }

  /** A short page for an HTTP error: a title and one sentence. */
  static String error(String title, String message) {
    StringBuilder out = start(title);
    out.append("<p>").append(escape(message)).append("</p>\n<p><a href=\"/\">Back to the form</a></p>\n");
    return end(out);
  }

  /** Diagnostics in plain words: each one's message and, if it has one, its hint. */
  static List<String> messages(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.message() + d.hint().map(h -> " (" + h + ")").orElse("")).toList();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static StringBuilder start(String title) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n");
  }

  private static String end(StringBuilder out) {
    return out.append("</body>\n</html>\n").toString();
  }

  private static void row(StringBuilder out, String name, Optional<Level> present, Optional<Level> target) {
    out.append("<tr><th scope=\"row\">").append(escape(name)).append("</th><td>")
        .append(escape(present.map(Level::name).orElse("no level"))).append("</td><td>")
        .append(escape(target.map(Level::name).orElse("no level"))).append("</td></tr>\n");
  }

  private static void cell(StringBuilder out, Level level, List<Action> actions) {
    if (actions.stream().noneMatch(Action::hasText)) {
      return;
    }
    out.append("<h4>To reach ").append(escape(level.name())).append("</h4>\n<ul>\n");
    for (Action action : actions) {
      if (action.hasText()) {
        out.append("<li>").append(escape(action.text())).append("</li>\n");
      }
    }
    out.append("</ul>\n");
  }

  private void form(StringBuilder out, FormBody values) {
    String required = model.rules().unanswered().isError() ? " required" : "";
    out.append("<form method=\"post\" action=\"/plan\" accept-charset=\"utf-8\">\n")
        .append("<p><label>Subject <input name=\"").append(FormBody.SUBJECT).append("\" value=\"")
        .append(escape(values.value(FormBody.SUBJECT))).append("\"></label></p>\n");
    for (Dimension dimension : model.dimensions().values()) {
      out.append("<fieldset>\n<legend>").append(escape(dimension.id() + " " + dimension.name())).append("</legend>\n");
      for (Question question : dimension.questions().values()) {
        String name = FormBody.ANSWER + question.id();
        out.append("<div class=\"question\">\n<p>").append(escape(question.id() + " " + question.text())).append("</p>\n");
        for (Option option : question.options().values()) {
          out.append("<label><input type=\"radio\" name=\"").append(escape(name))
              .append("\" value=\"").append(escape(option.id())).append('"')
              .append(checked(values, name, option.id(), " checked")).append(required).append("> ")
              .append(escape(option.text())).append("</label>\n");
        }
        out.append("</div>\n");
      }
      out.append("<p><label>Target ");
      levels(out, FormBody.TARGET + dimension.id(), "none", values);
      out.append("</label></p>\n</fieldset>\n");
    }
    if (model.rules().hasOverallLevel()) {
      out.append("<p><label>Overall target ");
      levels(out, FormBody.OVERALL,
          model.rules().hasOverallTarget() ? "none (the rules combine the dimension targets)" : "none", values);
      out.append("</label></p>\n");
    }
    out.append("<p><button type=\"submit\">Make the action plan</button></p>\n</form>\n");
  }

  private void levels(StringBuilder out, String name, String none, FormBody values) {
    out.append("<select name=\"").append(escape(name)).append("\">\n<option value=\"\">")
        .append(escape(none)).append("</option>\n");
    for (Level level : model.scale().levels()) {
      out.append("<option value=\"").append(escape(level.id())).append('"')
          .append(checked(values, name, level.id(), " selected")).append('>')
          .append(escape(level.name())).append("</option>\n");
    }
    out.append("</select>");
  }

  private static String checked(FormBody values, String name, String value, String attribute) {
    return values.value(name).equals(value) ? attribute : "";
  }
}
