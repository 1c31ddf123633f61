package io.svmi.bench;

import io.svmi.ModelResult;
import io.svmi.dsl.CompileOptions;
import io.svmi.dsl.Svmi;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling .svmi text (already in memory) into a checked model: the bundled SVMI model, and
 * synthetic models of 10², 10³, 10⁴ and 10⁵ questions. The setup fails unless the text compiles
 * without errors or warnings (the bundled model's two warnings are its own, kept on purpose) into a
 * model of the expected size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CompilationBenchmark {
  /** Large enough for the largest synthetic model. */
  static final CompileOptions OPTIONS = CompileOptions.builder().maxInputBytes(Integer.MAX_VALUE).build();

  /** "svmi", the bundled model, or the number of questions of a synthetic model. */
  @Param({"svmi", "100", "1000", "10000", "100000"})
  public String model = "svmi";

  private String text = "";

  @Setup(Level.Trial)
  public void setUp() {
    text = source(model);
    ModelResult result = compile(text);
    if (result.hasErrors()) {
      throw new IllegalStateException("model " + model + " does not compile:\n" + result.render());
    }
    if (!model.equals("svmi") && !result.warnings().isEmpty()) {
      throw new IllegalStateException("model " + model + " has warnings:\n" + result.render());
    }
    int questions = result.orElseThrow().questions().size();
    if (!model.equals("svmi") && questions != Integer.parseInt(model)) {
      throw new IllegalStateException("model " + model + " compiled to " + questions + " questions");
    }
  }

  /** The text of a benchmark model: the bundled SVMI model or a synthetic one. */
  static String source(String model) {
    return model.equals("svmi") ? Examples.text(Examples.SVMI) : SyntheticModels.text(Integer.parseInt(model), Inputs.SEED);
  }

  static ModelResult compile(String text) {
    return Svmi.compile("bench.svmi", text, OPTIONS);
  }

  @Benchmark
  public ModelResult compile() {
    return compile(text);
  }
}
