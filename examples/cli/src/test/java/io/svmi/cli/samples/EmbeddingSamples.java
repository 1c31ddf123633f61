package io.svmi.cli.samples;

// tag::imports[]
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.ModelException;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
// end::imports[]
import java.io.PrintStream;
import java.util.ArrayList;

/** The samples of docs/embedding.md, verbatim between the tags (DocSamplesTest checks and runs them). */
public final class EmbeddingSamples {
  private EmbeddingSamples() {}

  public static MaturityModel load(Path file, PrintStream out) {
    // tag::load[]
    ModelResult result = Svmi.compile(file);   // file: Path.of("examples/models/svmi.svmi")
    if (result.hasErrors()) {
      out.println(result.render());     // every problem: code, file:line:col, source line, caret, hint
      throw new IllegalStateException("the model has errors");
    }
    for (Diagnostic warning : result.warnings()) {
      out.println(warning);             // one line each: warning[W0302] svmi.svmi:218:5: …
    }
    MaturityModel model = result.model().orElseThrow();
    // end::load[]
    return model;
  }

  public static MaturityModel loadText() {
    // tag::load-text[]
    MaturityModel model = Svmi.compileOrThrow("inline.svmi", """
        model "Tiny"
        levels {
          low  "Low"
          high "High"
        }
        dimension D "Delivery" {
          question D1 "Do you deliver on time?" {
            option no  "Rarely" -> low
            option yes "Always" -> high
            to high "Plan every delivery."
          }
        }
        """);                           // ModelException, listing every problem, if it has errors
    // end::load-text[]
    return model;
  }

  public static Evaluation evaluate(
      MaturityModel model, Map<String, String> answers, Map<String, String> targets)
      throws AssessmentException {
    // tag::evaluate[]
    Assessment.Builder builder = model.assessment().subject("Walsall Council");
    answers.forEach(builder::answer);   // question id -> option id, e.g. "A1" -> "works"
    targets.forEach(builder::target);   // dimension id -> level id, e.g. "A" -> "leader"
    builder.overallTarget("mature");    // optional: else the rules combine the dimension targets
    Assessment walsall = builder.build();  // AssessmentException: every problem at once
    Evaluation evaluation = model.evaluate(walsall);
    // end::evaluate[]
    return evaluation;
  }

  public static void determinations(Evaluation evaluation, PrintStream out) {
    // tag::determinations[]
    out.println("Present " + evaluation.present().map(Level::name).orElse("no level")
        + ", target " + evaluation.target().map(Level::name).orElse("no level"));
    for (DimensionResult d : evaluation.dimensions()) {
      out.println(d.dimension().id() + " " + d.dimension().name() + ": "
          + d.present().map(Level::name).orElse("no level") + " -> "
          + d.target().map(Level::name).orElse("no level"));
      out.println("  " + d.explanation());        // "A Policy & Scope is Mature: lowest of A1 Leader, A2 Mature"
    }
    for (Level level : evaluation.model().scale().levels()) {
      for (Action action : evaluation.plan().cell("A", level)) {
        if (action.hasText()) {                   // a step the model gives no text for has ""
          out.println("A, to reach " + level.name() + ": " + action.text());
        }
      }
    }
    // end::determinations[]
  }

  public static List<String> errors(MaturityModel model, PrintStream out) {
    List<String> codes = new ArrayList<>();
    // tag::errors[]
    try {
      model.evaluate(model.assessment().answer("A1", "wroks").target("Z", "leader").build());
    } catch (AssessmentException e) {
      out.println(e.getMessage());                // rendered: every problem, with hints, and a count
      for (Diagnostic d : e.diagnostics()) {
        codes.add(d.code().name());               // stable codes: E0402, E0403, E0405
      }
    }
    try {
      Svmi.compileOrThrow("broken.svmi", "model \"x\"\nlevels {\n  low \"Low\"\n}\nto");
    } catch (ModelException e) {
      out.println(e.getMessage());                // rendered, with source lines and carets
      codes.add(e.errors().get(0).code().name()); // E0101: a syntax error
    }
    // end::errors[]
    return codes;
  }

  public static List<Evaluation> threads(MaturityModel model, List<Assessment> assessments) throws Exception {
    // tag::threads[]
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Evaluation>> futures = new ArrayList<>();
    for (Assessment a : assessments) {
      futures.add(pool.submit(() -> model.evaluate(a)));   // one shared model, no locking
    }
    List<Evaluation> evaluations = new ArrayList<>();
    for (Future<Evaluation> f : futures) {
      evaluations.add(f.get());
    }
    pool.shutdown();
    // end::threads[]
    return evaluations;
  }
}
