package io.svmi.cli.samples;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import java.nio.file.Path;
// tag::imports[]
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.PlanTable;
import io.svmi.report.Report;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
// end::imports[]
import java.io.IOException;
import java.io.PrintStream;

/**
 * The samples of docs/embedding.md that use svmi-report (answers files, reports, the chart) and
 * the other ways to compile a model, verbatim between the tags (DocSamplesTest checks and runs them).
 */
public final class ReportSamples {
  private ReportSamples() {}

  /** A model bundled in the host's jar, and one uploaded as a stream. */
  public static MaturityModel[] loadElsewhere(InputStream upload) {
    // tag::load-elsewhere[]
    ModelResult bundled = Svmi.compileResource(ReportSamples.class, "/models/accessibility.svmi");
    ModelResult uploaded = Svmi.compile("upload.svmi", upload);   // also a Reader; a file's limits
    // end::load-elsewhere[]
    return new MaturityModel[] {bundled.orElseThrow(), uploaded.orElseThrow()};
  }

  public static void readAnswers(MaturityModel model, Path file, PrintStream out) {
    // tag::read-answers[]
    try {
      Assessment assessment = Answers.read(model, file);   // file: Path.of("examples/assessments/walsall.json")
      Evaluation evaluation = model.evaluate(assessment);
      out.println(evaluation.subject() + ": " + evaluation.present().map(Level::name).orElse("no level"));
    } catch (AssessmentException e) {
      out.print(e.getMessage());   // every problem at its line and column, with a caret, and a count
    }
    // end::read-answers[]
  }

  public static String writeAnswers(Assessment assessment) {
    // tag::write-answers[]
    String json = Answers.write(assessment);   // reads back as an equal assessment
    // end::write-answers[]
    return json;
  }

  public static String[] render(Evaluation evaluation, Path file) throws IOException {
    // tag::render[]
    Report report = Report.of(evaluation);
    try (Writer out = Files.newBufferedWriter(file)) {   // file: Path.of("plan.html")
      report.write(PlanFormat.HTML, out);     // one printable page: levels, chart, plan
    }
    String text = report.render(PlanFormat.TEXT);       // for an 80-column terminal
    String tsv = report.render(PlanFormat.TSV);         // the published plan's layout
    String markdown = report.render(PlanFormat.MARKDOWN);
    String json = report.render(PlanFormat.JSON);       // docs/plan.schema.json
    // end::render[]
    return new String[] {text, tsv, markdown, json};
  }

  public static void chart(Evaluation thisYear, Evaluation lastYear, Path file) throws IOException {
    // tag::chart[]
    Report compared = Report.of(thisYear).withPrevious(lastYear);   // a third line: last year
    try (Writer out = Files.newBufferedWriter(file)) {                  // file: Path.of("chart.svg")
      compared.write(PlanFormat.SVG, out);
    }
    // end::chart[]
  }

  public static String inWelsh(Evaluation evaluation) {
    // tag::language[]
    if (evaluation.model().hasLanguage("cy")) {                  // languages { en "English" cy "Cymraeg" }
      return Report.of(evaluation).inLanguage("cy").render(PlanFormat.TEXT);   // the model's texts in Welsh
    }
    return Report.of(evaluation).render(PlanFormat.TEXT);        // its own language
    // end::language[]
  }

  public static void table(Evaluation evaluation, PrintStream out) {
    // tag::table[]
    PlanTable table = PlanTable.of(evaluation);
    for (PlanTable.Row row : table.rows()) {     // groups and dimensions, levels as shown
      out.println(row.id() + " " + row.name() + ": " + row.present() + " -> " + row.target());
    }
    for (DimensionResult d : evaluation.dimensions()) {
      for (Level level : table.columns()) {      // "To reach 'Follower'", …: every level above the lowest
        for (String text : table.cellTexts(d, level)) {
          out.println(d.dimension().id() + ", " + PlanTable.heading(level) + ": " + text);
        }
      }
      for (String question : PlanTable.notApplicableTexts(d)) {   // the column "Not"
        out.println(d.dimension().id() + ", not applicable: " + question);
      }
    }
    // end::table[]
  }
}
