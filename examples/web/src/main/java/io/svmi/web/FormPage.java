package io.svmi.web;

import io.svmi.Diagnostic;
import io.svmi.Dimension;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.report.Html;
import io.svmi.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The pages of the web form, as HTML text: the form generated from the model, the report of an
 * evaluation (svmi-report's HTML) above the form, the problems of a form that does not fit the model, and short
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

  /**
   * The report of an evaluation (svmi-report's HTML: the levels, the action plan, the chart), with
   * the form below to change answers.
   */
  String plan(Evaluation evaluation, FormBody values) {
    StringBuilder out = start(model.name() + ": Action Plan", Report.htmlStyle());
    try {
      Report.of(evaluation).writeHtmlFragment(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
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
    return Html.escape(text);
  }

  /** The page's head and its title as its heading. */
  private static StringBuilder start(String title) {
    return start(title, "").append("<h1>").append(escape(title)).append("</h1>\n");
  }

  /** The page's head; {@code style} is added to the page's own stylesheet. */
  private static StringBuilder start(String title, String style) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append(style.isEmpty() ? "" : "\n" + style)
        .append("\n</style>\n</head>\n<body>\n");
  }
  private static String end(StringBuilder out) {
    return out.append("</body>\n</html>\n").toString();
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
    out.append("<p><label>Overall target ");
    levels(out, FormBody.OVERALL, "none (the rules combine the dimension targets)", values);
    out.append("</label></p>\n<p><button type=\"submit\">Make the action plan</button></p>\n</form>\n");
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
