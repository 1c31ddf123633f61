package io.svmi.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Many assessments of one model at once: records read from a {@link BatchInput}, evaluated on
 * several threads, written in input order; every record is either written or rejected with its
 * position and reason, never lost. Memory stays flat: only a few chunks of records are in flight.
 *
 * <pre>{@code
 * Batch batch = Batch.builder(model).format(Batch.Format.JSONL).build();
 * try (BatchInput in = BatchInputs.jsonLines(Path.of("answers.jsonl"));
 *     OutputStream out = Files.newOutputStream(Path.of("plans.jsonl"));
 *     OutputStream rejects = Files.newOutputStream(Path.of("rejects.jsonl"))) {
 *   Batch.Tally tally = batch.run(in, out, Optional.of(rejects));
 *   System.err.println(tally);    // "9998 evaluated, 2 rejected"
 * }
 * }</pre>
 *
 * <p>A built batch is immutable and may run any number of inputs, one after another or at once.
 */
public final class Batch {
  /** What is written for each evaluated record. */
  public enum Format {
    /** One line per record: the plan JSON of docs/plan.schema.json, on one line. */
    JSONL,
    /**
     * One CSV row per record: the subject, each dimension's present level and target (ids), the
     * overall present level and target; a header row first.
     */
    CSV,
    /**
     * One line per record: its answers as read and checked (the answers format, on one line),
     * without evaluating: what reading and writing alone cost.
     */
    ANSWERS
  }

  /** Counts of a run: records written and records rejected. */
  public record Tally(long evaluated, long rejected) {
    /** Every record read. */
    public long records() {
      return evaluated + rejected;
    }

    /** {@code "9998 evaluated, 2 rejected"}: the last line {@code svmi batch} prints. */
    @Override
    public String toString() {
      return evaluated + " evaluated, " + rejected + " rejected";
    }
  }

  /**
   * What a host hears while a batch runs, always on the thread that called {@link #run}, in input
   * order: each evaluation (for a summary or a portfolio), and the progress after each chunk.
   */
  public interface Listener {
    /** An evaluated record, in input order. */
    default void evaluated(Evaluation evaluation) {}

    /**
     * False when this listener does nothing with {@link #evaluated}: the batch then keeps no
     * evaluation for it (they are held until the chunk's output is written). True by default.
     */
    default boolean wantsEvaluations() {
      return true;
    }

    /** A rejected record's position and reason, in input order among the rejected ones. */
    default void rejected(String position, String reason) {}

    /** The counts so far, and how much of the input was read (0 to 1) when that is known. */
    default void progress(Tally sofar, OptionalDouble read) {}
  }

  /** How many records a worker takes at a time, at most. */
  static final int CHUNK = 256;
  /** About how many bytes of input lines a chunk holds, at most (and one line). */
  static final int CHUNK_BYTES = 1 << 20;
  /** About how many bytes of output a chunk makes: fewer records a chunk when plans are larger. */
  static final int CHUNK_OUT = 4 << 20;

  private final MaturityModel model;
  private final Format format;
  private final int threads;
  private final Optional<Listener> listener;
  private final PlanBytes plan;
  private final AnswersLine answersLine;

  private Batch(Builder b) {
    this.model = b.model;
    this.format = b.format;
    this.threads = b.threads;
    this.listener = b.listener;
    this.plan = new PlanBytes(model);
    this.answersLine = new AnswersLine(model);
  }

  /** A batch for a model: JSONL output, one thread per processor, no listener. */
  public static Builder builder(MaturityModel model) {
    return new Builder(checkNotNull(model, "model"));
  }

  /** Configures a {@link Batch}. */
  public static final class Builder {
    private final MaturityModel model;
    private Format format = Format.JSONL;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Optional<Listener> listener = Optional.empty();

    private Builder(MaturityModel model) {
      this.model = model;
    }

    public Builder format(Format format) {
      this.format = checkNotNull(format, "format");
      return this;
    }

    /** How many threads evaluate (at least 1); reading and writing happen on the caller's thread. */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
      this.threads = threads;
      return this;
    }

    public Builder listener(Listener listener) {
      this.listener = Optional.of(checkNotNull(listener, "listener"));
      return this;
    }

    public Batch build() {
      return new Batch(this);
    }
  }

  /**
   * Reads every record of the input, evaluates each, and writes the evaluated ones to {@code out}
   * and the others to {@code rejects} (one JSON object a line: {@code position}, {@code reason},
   * {@code record}), both in input order. Neither stream is closed.
   *
   * @throws IOException when the input cannot be read or an output cannot be written: the run
   *     stops there
   */
  public Tally run(BatchInput input, OutputStream out, Optional<OutputStream> rejects) throws IOException {
    checkNotNull(input, "input");
    checkNotNull(out, "out");
    checkNotNull(rejects, "rejects");
    if (format == Format.CSV) {
      out.write(csvHeader().getBytes(StandardCharsets.UTF_8));
    }
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "svmi-batch");
      t.setDaemon(true);
      return t;
    });
    BatchInputs.JsonLines jsonLines = input instanceof BatchInputs.JsonLines j ? j : null;
    ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
    // What finished chunks leave behind, used again: the lines read, the bytes written.
    ConcurrentLinkedQueue<BatchInputs.Lines> freeLines = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<JsonBytes> freeBytes = new ConcurrentLinkedQueue<>();
    long evaluated = 0;
    long rejected = 0;
    int inFlight = threads * 3;
    int perChunk = CHUNK;
    boolean keepEvaluations = listener.isPresent() && listener.get().wantsEvaluations();
    try {
      boolean more = true;
      while (more || !pending.isEmpty()) {
        if (more && pending.size() < inFlight) {
          if (jsonLines != null) {
            BatchInputs.Lines lines = Optional.ofNullable(freeLines.poll()).orElseGet(BatchInputs.Lines::new);
            more = jsonLines.fill(lines, perChunk, CHUNK_BYTES);
            if (more) {
              pending.add(workers.submit(() -> process(jsonLines, lines, freeBytes, keepEvaluations)));
            }
          } else {
            List<BatchRecord> records = new ArrayList<>(perChunk);
            while (records.size() < perChunk) {
              Optional<BatchRecord> next = input.next();
              if (next.isEmpty()) {
                more = false;
                break;
              }
              records.add(next.get());
            }
            if (!records.isEmpty()) {
              pending.add(workers.submit(() -> process(records, freeBytes, keepEvaluations)));
            }
          }
          if (more && !pending.isEmpty() && !pending.peekFirst().isDone()) {
            continue;   // keep the workers fed while the oldest chunk is not ready
          }
        }
        if (pending.isEmpty()) {
          continue;
        }
        Chunk done = await(pending.removeFirst());
        done.out.writeTo(out);
        if (rejects.isPresent()) {
          rejects.get().write(done.rejects);
        }
        evaluated += done.evaluated;
        rejected += done.rejected;
        if (done.records > 0) {
          // Chunks hold about CHUNK_OUT bytes of output, whatever the size of a plan.
          perChunk = (int) Math.max(1, Math.min(CHUNK, (long) CHUNK_OUT * done.records / Math.max(1, done.out.size())));
        }
        if (done.out.capacity() <= 2 * CHUNK_OUT) {
          freeBytes.add(done.out);
        }
        done.lines.ifPresent(freeLines::add);
        if (listener.isPresent()) {
          done.evaluations.forEach(listener.get()::evaluated);
          done.reasons.forEach(r -> listener.get().rejected(r[0], r[1]));
          listener.get().progress(new Tally(evaluated, rejected), input.progress());
        }
      }
      out.flush();
      if (rejects.isPresent()) {
        rejects.get().flush();
      }
    } finally {
      workers.shutdownNow();
    }
    return new Tally(evaluated, rejected);
  }

  private static Chunk await(Future<Chunk> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while evaluating");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** What a worker made of a chunk: the bytes to write, the rejects, the counts. */
  private record Chunk(
      JsonBytes out,
      byte[] rejects,
      int records,
      int evaluated,
      int rejected,
      List<Evaluation> evaluations,
      List<String[]> reasons,
      Optional<BatchInputs.Lines> lines) {}

  /** What a worker writes a chunk into, and what it has counted. */
  private final class Work {
    final JsonBytes out;
    final boolean keepEvaluations;
    final List<Evaluation> evaluations;
    final List<String[]> reasons = new ArrayList<>();
    @Nullable ByteArrayOutputStream rejectBytes;
    @Nullable JsonGenerator rejects;
    int evaluated;
    int rejected;

    Work(ConcurrentLinkedQueue<JsonBytes> free, int records, boolean keepEvaluations) {
      JsonBytes bytes = free.poll();
      this.out = bytes != null ? bytes : new JsonBytes(Math.min(CHUNK_OUT, records * 1024));
      out.clear();
      this.keepEvaluations = keepEvaluations;
      this.evaluations = keepEvaluations ? new ArrayList<>(records) : List.of();
    }

    /** Writes a record read into an assessment. */
    void write(Assessment assessment) throws AssessmentException {
      if (format == Format.ANSWERS) {
        PlanBytes.writeAnswers(assessment, out);
      } else {
        Evaluation evaluation = model.evaluate(assessment);
        if (format == Format.JSONL) {
          plan.write(evaluation, out);
        } else {
          out.ascii(csvRow(evaluation));
        }
        if (keepEvaluations) {
          evaluations.add(evaluation);
        }
      }
      if (format != Format.CSV) {
        out.raw('\n');
      }
      evaluated++;
    }

    /** Reads a record the slow way (with every problem's position) and writes or rejects it. */
    void process(BatchRecord record) throws IOException {
      String reason;
      int size = out.size();
      try {
        write(record.read(model));
        return;
      } catch (AssessmentException e) {
        reason = e.diagnostics().stream().map(Batch::reason).collect(Collectors.joining("; "));
      } catch (RuntimeException e) {
        // A bug in svmi must not lose the record: it is rejected with what went wrong.
        reason = "internal error: " + e;
        out.truncate(size);
      }
      reject(record, reason);
    }

    private void reject(BatchRecord record, String reason) throws IOException {
      rejected++;
      reasons.add(new String[] {record.position(), reason});
      if (rejects == null) {
        rejectBytes = new ByteArrayOutputStream();
        rejects = Json.compactGenerator(rejectBytes);
      }
      rejects.writeStartObject();
      rejects.writeStringField("position", record.position());
      rejects.writeStringField("reason", reason);
      rejects.writeStringField("record", record.text());
      rejects.writeEndObject();
      rejects.writeRaw('\n');
    }

    Chunk done(Optional<BatchInputs.Lines> lines) throws IOException {
      byte[] rejected = new byte[0];
      if (rejects != null) {
        rejects.close();
        rejected = java.util.Objects.requireNonNull(rejectBytes).toByteArray();
      }
      return new Chunk(out, rejected, evaluated + this.rejected, evaluated, this.rejected, evaluations, reasons, lines);
    }
  }

  private Chunk process(List<BatchRecord> records, ConcurrentLinkedQueue<JsonBytes> free, boolean keepEvaluations)
      throws IOException {
    Work work = new Work(free, records.size(), keepEvaluations);
    for (BatchRecord record : records) {
      work.process(record);
    }
    return work.done(Optional.empty());
  }

  /** A chunk of JSONL lines: each read the fast way, or, when that is not sure of it, the slow way. */
  private Chunk process(
      BatchInputs.JsonLines input, BatchInputs.Lines lines, ConcurrentLinkedQueue<JsonBytes> free, boolean keepEvaluations)
      throws IOException {
    Work work = new Work(free, lines.count, keepEvaluations);
    for (int i = 0; i < lines.count; i++) {
      Assessment fast = lines.tooLong[i] ? null : answersLine.read(lines.bytes, lines.starts[i], lines.ends[i]);
      if (fast != null) {
        int size = work.out.size();
        try {
          work.write(fast);
          continue;
        } catch (AssessmentException | RuntimeException e) {
          work.out.truncate(size);   // read again the slow way, which rejects it with the reason
        }
      }
      work.process(input.record(lines, i));
    }
    return work.done(Optional.of(lines));
  }

  /** {@code E0402 at 1:31: unknown option 'x' for question A1}: a diagnostic on one line. */
  static String reason(Diagnostic d) {
    String at = d.span().map(s -> " at " + s.line() + ":" + s.column()).orElse("");
    return d.code().name() + at + ": " + d.message() + d.hint().map(h -> " (" + h + ")").orElse("");
  }

  private String csvHeader() {
    StringBuilder s = new StringBuilder("subject");
    model.dimensions().keySet().forEach(id -> s.append(',').append(csv(id + " present")).append(',').append(csv(id + " target")));
    return s.append(",overall present,overall target\n").toString();
  }

  private static String csvRow(Evaluation e) {
    StringBuilder s = new StringBuilder(csv(e.subject()));
    for (DimensionResult d : e.dimensions()) {
      s.append(',').append(csv(id(d.present()))).append(',').append(csv(id(d.target())));
    }
    return s.append(',').append(csv(id(e.present()))).append(',').append(csv(id(e.target()))).append('\n').toString();
  }

  private static String id(Optional<Level> level) {
    return level.map(Level::id).orElse("");
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break. */
  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
