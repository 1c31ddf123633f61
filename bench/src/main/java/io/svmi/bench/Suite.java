package io.svmi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import io.svmi.MaturityModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark (evaluation with JMH's gc profiler, compilation, memory) and prints one
 * Markdown report: the machine, the tables, and the ratios against the targets. {@code --quick}
 * runs one short iteration of each, to try the suite out; its numbers mean nothing.
 */
public final class Suite {
  private static final List<String> MODELS = List.of("svmi", "100", "1000", "10000", "100000");
  private final boolean quick;
  private final StringBuilder out = new StringBuilder();

  private Suite(boolean quick) {
    this.quick = quick;
  }

  public static void main(String[] args) throws RunnerException {
    List<String> flags = Arrays.asList(args);
    Suite suite = new Suite(flags.contains("--quick"));
    suite.machine();
    if (!flags.contains("--no-evaluation")) {
      suite.evaluation();
    }
    if (!flags.contains("--no-compilation")) {
      suite.compilation();
    }
    suite.memory();
    System.out.println();
    System.out.println(suite.out);
  }

  private ChainedOptionsBuilder options(String benchmark, int forks, int warmups, int measurements) {
    return new OptionsBuilder()
        .include(benchmark)
        .forks(quick ? 1 : forks)
        .warmupIterations(quick ? 1 : warmups)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(quick ? 1 : measurements)
        .measurementTime(TimeValue.seconds(1));
  }

  private void machine() {
    out.append("## Machine\n\n");
    out.append("- CPU: ").append(cpuModel()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc)\n");
    out.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append('\n');
    out.append("- Load average at start (1 min): ")
        .append(String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append('\n');
    out.append("- Run: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(quick ? " (--quick: numbers mean nothing)" : "")
        .append("\n\n");
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private void evaluation() throws RunnerException {
    Collection<RunResult> results =
        new Runner(options(EvaluationBenchmark.class.getName() + "\\.", 3, 5, 5).addProfiler(GCProfiler.class).build()).run();
    out.append("## Evaluation: one assessment to levels, targets and action plan\n\n");
    out.append("| input | svmi (ns) | hand-written (ns) | Drools (ns) | svmi / hand-written (target ≤ 2) "
        + "| Drools / svmi (target ≥ 20) | allocated per evaluation: svmi / hand / Drools (B) |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String input : List.of("walsall", "random")) {
      RunResult svmi = find(results, "svmi", "input", input);
      RunResult hand = find(results, "handWritten", "input", input);
      RunResult drools = find(results, "drools", "input", input);
      out.append("| ").append(input)
          .append(" | ").append(score(svmi))
          .append(" | ").append(score(hand))
          .append(" | ").append(score(drools))
          .append(" | ").append(ratio(mean(svmi), mean(hand)))
          .append(" | ").append(ratio(mean(drools), mean(svmi)))
          .append(" | ").append(allocated(svmi)).append(" / ").append(allocated(hand)).append(" / ").append(allocated(drools))
          .append(" |\n");
    }
    out.append('\n');
  }

  private void compilation() throws RunnerException {
    Collection<RunResult> results =
        new Runner(options(CompilationBenchmark.class.getName() + "\\.", 1, 3, 3).addProfiler(GCProfiler.class).build()).run();
    out.append("## Compilation: .svmi text (in memory) to a checked model\n\n");
    out.append("| model | questions | size (bytes) | time per compile (ms) | MB/s (target ≥ 5 on large models) "
        + "| µs per question | ns per byte | per-byte cost / that at 10³ (target ≤ 1.5 at 10⁵) "
        + "| allocated per byte of input (B) |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double perByteAt1000 = Double.NaN;
    for (String model : MODELS) {
      RunResult r = find(results, "compile", "model", model);
      String text = CompilationBenchmark.source(model);
      long bytes = text.getBytes(StandardCharsets.UTF_8).length;
      int questions = model.equals("svmi")
          ? CompilationBenchmark.compile(text).orElseThrow().questions().size()
          : Integer.parseInt(model);
      double micros = mean(r);
      double nanosPerByte = micros * 1000 / bytes;
      if (model.equals("1000")) {
        perByteAt1000 = nanosPerByte;
      }
      out.append("| ").append(model.equals("svmi") ? "bundled SVMI" : "synthetic")
          .append(" | ").append(String.format(Locale.ROOT, "%,d", questions))
          .append(" | ").append(String.format(Locale.ROOT, "%,d", bytes))
          .append(" | ").append(String.format(Locale.ROOT, "%,.3f", micros / 1000))
          .append(" | ").append(String.format(Locale.ROOT, "%.1f", bytes / micros))
          .append(" | ").append(String.format(Locale.ROOT, "%.1f", micros / questions))
          .append(" | ").append(String.format(Locale.ROOT, "%.1f", nanosPerByte))
          .append(" | ").append(model.equals("svmi") || Double.isNaN(perByteAt1000) ? "" : ratio(nanosPerByte, perByteAt1000))
          .append(" | ").append(allocatedPer(r, bytes))
          .append(" |\n");
    }
    out.append('\n');
  }

  private void memory() {
    out.append("## Memory: heap retained by a compiled model (JOL)\n\n");
    out.append("| model | questions | retained (bytes) | per question (bytes) |\n|---|---:|---:|---:|\n");
    for (String model : List.of("svmi", "1000", "10000")) {
      MaturityModel compiled = CompilationBenchmark.compile(CompilationBenchmark.source(model)).orElseThrow();
      long bytes = Memory.retainedBytes(compiled);
      int questions = compiled.questions().size();
      out.append("| ").append(model.equals("svmi") ? "bundled SVMI" : "synthetic")
          .append(" | ").append(String.format(Locale.ROOT, "%,d", questions))
          .append(" | ").append(String.format(Locale.ROOT, "%,d", bytes))
          .append(" | ").append(String.format(Locale.ROOT, "%,d", bytes / questions)).append(" |\n");
    }
    out.append('\n');
  }

  static RunResult find(Collection<RunResult> results, String method, String param, String value) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method) && value.equals(r.getParams().getParam(param)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method + " " + param + "=" + value));
  }

  static double mean(RunResult r) {
    return r.getPrimaryResult().getScore();
  }

  static String score(RunResult r) {
    Result<?> p = r.getPrimaryResult();
    double error = p.getScoreError();
    return Double.isNaN(error) ? format(p.getScore()) : format(p.getScore()) + " ± " + format(error);
  }

  static String allocated(RunResult r) {
    Result<?> a = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return a == null ? "?" : String.format(Locale.ROOT, "%,.0f", a.getScore());
  }

  static String allocatedPer(RunResult r, long bytes) {
    Result<?> a = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return a == null ? "?" : String.format(Locale.ROOT, "%.0f", a.getScore() / bytes);
  }

  static String ratio(double a, double b) {
    return String.format(Locale.ROOT, "%.2f", a / b);
  }

  static String format(double x) {
    return x >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.1f", x);
  }
}
