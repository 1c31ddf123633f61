package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.svmi.Evaluation;
import java.io.IOException;
import java.util.Optional;

/**
 * An evaluation as a document a person reads: its levels and its action plan, in any {@link
 * PlanFormat}, written to a {@link java.io.Writer} or any other {@link Appendable}.
 *
 * <pre>{@code
 * Report report = Report.of(model.evaluate(assessment));
 * try (Writer out = Files.newBufferedWriter(Path.of("plan.html"))) {
 *   report.write(PlanFormat.HTML, out);
 * }
 * }</pre>
 *
 * <p>Every text from the model or the answers is escaped for the format. Immutable and thread-safe.
 */
public final class Report {
  private final Evaluation evaluation;
  private final Optional<Evaluation> previous;

  private Report(Evaluation evaluation, Optional<Evaluation> previous) {
    this.evaluation = evaluation;
    this.previous = previous;
  }

  /** The report of one evaluation. */
  public static Report of(Evaluation evaluation) {
    return new Report(checkNotNull(evaluation, "evaluation"), Optional.empty());
  }

  /**
   * This report compared with an earlier evaluation (last year's, of the same subject): the chart
   * draws the earlier present levels too, and the HTML report's chart table lists them.
   * Dimensions are matched by id; a dimension the earlier evaluation lacks has no earlier value.
   */
  public Report withPrevious(Evaluation earlier) {
    return new Report(evaluation, Optional.of(checkNotNull(earlier, "earlier")));
  }

  /**
   * This report with the model's texts in one of its declared languages (see {@link
   * io.svmi.MaturityModel#languages()}): names of levels and dimensions, questions, answers and
   * action texts are the translation's, the default language's where it lacks one. The report's
   * own headings and the explanations of rules stay in English. The earlier evaluation, if any, is
   * shown in the same language.
   *
   * <pre>{@code
   * String welsh = Report.of(evaluation).inLanguage("cy").render(PlanFormat.TEXT);
   * }</pre>
   *
   * @param languageId a language the model declares ({@code cy})
   * @throws IllegalArgumentException if the model does not declare it; the message names the ones it does
   */
  public Report inLanguage(String languageId) {
    checkNotNull(languageId, "languageId");
    return new Report(evaluation.translated(languageId), previous.map(p -> p.model().hasLanguage(languageId)
        ? p.translated(languageId)
        : p));
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  /** The earlier evaluation given to {@link #withPrevious}, if any. */
  public Optional<Evaluation> previous() {
    return previous;
  }

  /** The plan as a table, for hosts that lay out their own page. */
  public PlanTable table() {
    return PlanTable.of(evaluation);
  }

  /**
   * Writes the report in a format.
   *
   * @throws IOException if {@code out} throws it
   */
  public void write(PlanFormat format, Appendable out) throws IOException {
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    out.append(render(format));
  }

  /**
   * The HTML report without the page around it (no {@code <html>}, {@code <head>} or {@code
   * <body>}), for a host that shows it inside its own page; {@link #htmlStyle()} is its stylesheet.
   *
   * @throws IOException if {@code out} throws it
   */
  public void writeHtmlFragment(Appendable out) throws IOException {
    checkNotNull(out, "out");
    StringBuilder html = new StringBuilder();
    HtmlPlanRenderer.body(this, html);
    out.append(html);
  }

  /** The CSS of the HTML report, for the page that holds a {@link #writeHtmlFragment fragment}. */
  public static String htmlStyle() {
    return HtmlPlanRenderer.style();
  }

  /** The report in a format, as one string. */
  public String render(PlanFormat format) {
    return checkNotNull(format, "format").renderer().render(this);
  }
}
