package io.svmi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
    suite.memory();
    System.out.println();
    System.out.println(suite.out);
  }

  private ChainedOptionsBuilder options(String benchmark, int warmups, int measurements) {
    return new OptionsBuilder()
        .include(benchmark)
        .forks(1)
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
        new Runner(options(EvaluationBenchmark.class.getName() + "\\.", 5, 5).addProfiler(GCProfiler.class).build()).run();
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

  private void memory() {
    out.append("## Memory: heap retained by a model (JOL)\n\n");
    out.append("| model | questions | retained (bytes) | per question (bytes) |\n|---|---:|---:|---:|\n");
    memoryRow("SVMI-shaped, built in Java", 10, 4);
    memoryRow("SVMI-shaped, built in Java", 100, 10);
    memoryRow("SVMI-shaped, built in Java", 1000, 10);
    out.append('\n');
  }

  private void memoryRow(String name, int dimensions, int questionsPerDimension) {
    long bytes = Memory.retainedBytes(BuiltModels.svmiShaped(dimensions, questionsPerDimension));
    int questions = dimensions * questionsPerDimension;
    out.append("| ").append(name).append(" | ").append(questions).append(" | ").append(bytes)
        .append(" | ").append(bytes / questions).append(" |\n");
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

  static String ratio(double a, double b) {
    return String.format(Locale.ROOT, "%.2f", a / b);
  }

  static String format(double x) {
    return x >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.1f", x);
  }
}
