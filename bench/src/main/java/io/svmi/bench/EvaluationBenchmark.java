package io.svmi.bench;

import io.svmi.AssessmentException;
import io.svmi.Evaluation;
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
 * One assessment evaluated into levels, targets and the action plan, three ways over the same
 * inputs: svmi, hand-written Java, Drools. Before timing, every input is evaluated all three ways
 * and the trial fails unless the results are equal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluationBenchmark {
  /** "walsall": Walsall Council's assessment every time; "random": 1024 seeded random ones, in turn. */
  @Param({"walsall", "random"})
  public String input = "walsall";

  private Workload workload = Inputs.workload("walsall");
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Inputs.workload(input);
    workload.checkAllAgree();
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == workload.size() ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Evaluation svmi() throws AssessmentException {
    return workload.svmi(nextIndex());
  }

  @Benchmark
  public HandWritten.Result handWritten() {
    return workload.handWritten(nextIndex());
  }

  @Benchmark
  public io.svmi.bench.drools.Result drools() {
    return workload.drools(nextIndex());
  }
}
