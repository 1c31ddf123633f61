package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.report.Batch;
import io.svmi.report.BatchInput;
import io.svmi.report.BatchInputs;
import io.svmi.report.Benchmark;
import io.svmi.report.CsvMapping;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code svmi batch}: many assessments at once, streamed, on every core, in input order. */
@Command(
    name = "batch",
    header = "Evaluate many assessments at once: JSONL, a folder, or a CSV export.",
    description = {
      "Evaluate every assessment of the input against one model, on every core, writing one result",
      "per record in input order. A record that cannot be read or evaluated is reported with its",
      "position (and written to --rejects) and the batch goes on; the last line is the tally.",
      "Exit status 1 when any record was rejected."
    })
final class BatchCommand implements Callable<Integer> {
  /** Without --rejects, the rejected records shown on standard error before the rest are counted. */
  static final int MAX_SHOWN = 100;

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Mixin ModelOption model;

  @Option(names = "--answers", paramLabel = "IN", required = true,
      description = "A JSONL file (one answers object a line; - for standard input), a folder of answers files,"
          + " or a CSV export with --mapping.")
  Path answers = Path.of("-");

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "Reads IN as CSV: which column holds the subject, each answer and target (docs/cli.md).")
  @Nullable Path mapping;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the results to OUT instead of standard output.")
  @Nullable Path output;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (each line the plan JSON of docs/plan.schema.json), csv (each row the levels and targets),"
          + " or answers (each line the answers as read, not evaluated). Default: ${DEFAULT-VALUE}.")
  String format = "jsonl";

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write each rejected record to FILE: one JSON object a line with its position, reason and text.")
  @Nullable Path rejects;

  @Option(names = "--summary", paramLabel = "FILE",
      description = "Write the benchmark summary of the batch to FILE.html (a page with charts) or FILE.json.")
  @Nullable Path summary;

  @Option(names = "--threads", paramLabel = "N", description = "Threads that evaluate. Default: one per processor.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Batch.Format batchFormat = switch (format.toLowerCase(Locale.ROOT)) {
      case "jsonl" -> Batch.Format.JSONL;
      case "csv" -> Batch.Format.CSV;
      case "answers" -> Batch.Format.ANSWERS;
      default -> throw new ParameterException(spec.commandLine(),
          "unknown format '" + format + "' (expected one of jsonl, csv, answers)");
    };
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Path summaryFile = summary;
    boolean html = summaryFile != null && summaryFile.toString().toLowerCase(Locale.ROOT).endsWith(".html");
    if (summaryFile != null && !html && !summaryFile.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new ParameterException(spec.commandLine(), "--summary must name a .html or a .json file");
    }
    try {
      checkOutputs(summaryFile);
    } catch (OutputFiles.WriteException e) {
      err.println("svmi: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    MaturityModel m;
    try {
      m = model.load();
    } catch (InputException e) {
      err.print(e.render() + "\n");
      return Main.BAD_INPUT;
    }
    Optional<Benchmark> benchmark = summaryFile == null ? Optional.empty() : Optional.of(Benchmark.of(m));
    Progress progress = new Progress(err, Main.stderrIsTerminal());
    long[] shown = {0};
    Batch batch = Batch.builder(m).format(batchFormat).threads(threads).listener(new Batch.Listener() {
      @Override
      public void evaluated(Evaluation evaluation) {
        benchmark.ifPresent(b -> b.add(evaluation));
      }

      @Override
      public boolean wantsEvaluations() {
        return benchmark.isPresent();   // only a --summary needs them
      }

      @Override
      public void rejected(String position, String reason) {
        if (rejects == null && shown[0]++ < MAX_SHOWN) {   // with --rejects, they are all in that file
          progress.clear();
          err.println("svmi: " + position + ": " + reason);
        }
      }

      @Override
      public void progress(Batch.Tally sofar, OptionalDouble read) {
        progress.show(sofar, read);
      }
    }).build();

    Batch.Tally tally;
    OutputFiles files = SvmiCommand.outputs(spec);
    // The output files are written whole, and replaced all or none (OutputFiles): a failed run leaves them as they were.
    try (BatchInput in = open();
        OutputFiles.Pending outFile = output == null ? null : files.open(output);
        OutputFiles.Pending rejectsFile = rejects == null ? null : files.open(rejects);
        OutputFiles.Pending summaryOut = summaryFile == null ? null : files.open(summaryFile)) {
      OutputStream buffered = new BufferedOutputStream(outFile == null ? nonClosing(System.out) : outFile.stream(), 1 << 16);
      tally = batch.run(in, buffered, rejectsFile == null
          ? Optional.empty() : Optional.of(new BufferedOutputStream(rejectsFile.stream(), 1 << 16)));
      buffered.flush();
      if (summaryOut != null && benchmark.isPresent()) {
        summaryOut.stream().write((html ? benchmark.get().html() : benchmark.get().json()).getBytes(UTF_8));
      }
      List<OutputFiles.Pending> written = new ArrayList<>();
      for (OutputFiles.Pending file : new OutputFiles.Pending[] {outFile, rejectsFile, summaryOut}) {
        if (file != null) {
          written.add(file);
        }
      }
      OutputFiles.commitAll(written);   // the three are replaced together, or none is
    } catch (OutputFiles.WriteException | OutputFiles.StreamWriteException e) {
      progress.clear();
      err.println("svmi: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (AssessmentException e) {
      err.print(e.getMessage() + "\n");
      return Main.BAD_INPUT;
    } catch (InputException e) {
      err.print(e.render() + "\n");
      return Main.BAD_INPUT;
    } catch (NoSuchFileException | FileNotFoundException e) {
      err.println("svmi: cannot read '" + e.getMessage() + "': no such file or directory");
      return Main.BAD_INPUT;
    } catch (IOException e) {
      err.println("svmi: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    progress.clear();
    if (rejects == null && shown[0] > MAX_SHOWN) {
      err.println("svmi: " + (shown[0] - MAX_SHOWN) + " more rejected; --rejects FILE keeps them all");
    }
    err.println(tally);
    err.flush();
    return tally.rejected() > 0 ? Main.FAILED : Main.OK;
  }

  /** Refuses an output that names an input (or lies inside an input folder), or another output. */
  private void checkOutputs(@Nullable Path summaryFile) throws OutputFiles.WriteException {
    List<Path> inputs = new ArrayList<>();
    if (!answers.toString().equals("-")) {
      inputs.add(answers);
    }
    Stream.of(mapping, model.model).filter(Objects::nonNull).forEach(inputs::add);
    List<Path> outputs = Stream.of(output, rejects, summaryFile).filter(Objects::nonNull).toList();
    for (Path out : outputs) {
      OutputFiles.checkNotAnInput(out, inputs);
    }
    OutputFiles.checkDistinct(outputs);
  }

  private BatchInput open() throws IOException, AssessmentException, InputException {
    Path mappingFile = mapping;
    if (mappingFile != null) {
      CsvMapping map = CsvMapping.parse(InputFiles.read(mappingFile, InputFiles.MAX_MODEL_BYTES));
      return BatchInputs.csv(answers, map);
    }
    if (answers.toString().equals("-")) {
      return BatchInputs.jsonLines(System.in, "<stdin>");
    }
    if (Files.isDirectory(answers)) {
      return BatchInputs.folder(answers);
    }
    if (answers.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new ParameterException(spec.commandLine(), "a CSV input needs --mapping (see docs/cli.md)");
    }
    return BatchInputs.jsonLines(answers);
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** The progress bar on standard error: count, rate and time left, redrawn in place; only on a terminal. */
  private static final class Progress {
    /** At most five redraws a second. */
    private static final long EVERY = 200_000_000L;
    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    /** When the bar was last drawn: the first chunk draws it. */
    private long lastShown = start - EVERY;
    private boolean shown;

    Progress(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    void show(Batch.Tally sofar, OptionalDouble read) {
      long now = System.nanoTime();
      if (!terminal || now - lastShown < EVERY) {
        return;
      }
      lastShown = now;
      double seconds = (now - start) / 1e9;
      long rate = seconds > 0 ? Math.round(sofar.records() / seconds) : 0;
      StringBuilder line = new StringBuilder("\r");
      if (read.isPresent()) {
        double f = read.getAsDouble();
        int filled = (int) Math.round(f * 20);
        line.append('[').append("#".repeat(filled)).append(" ".repeat(20 - filled)).append("] ");
        line.append(Math.round(f * 100)).append("% ");
      }
      line.append(sofar.records()).append(" records (").append(sofar.rejected()).append(" rejected), ")
          .append(rate).append("/s");
      if (read.isPresent() && read.getAsDouble() > 0) {
        long left = Math.round(seconds / read.getAsDouble() - seconds);
        line.append(", ").append(left / 60).append(':').append(String.format(Locale.ROOT, "%02d", left % 60)).append(" left");
      }
      line.append("\u001b[K");
      err.print(line);
      err.flush();
      shown = true;
    }

    void clear() {
      if (shown) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
