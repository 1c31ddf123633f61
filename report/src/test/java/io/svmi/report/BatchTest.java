package io.svmi.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch as a host runs it: its three inputs (a folder of answers files, a JSONL file or stream,
 * a CSV export), the progress it reports while it reads, the records it rejects and why, and its
 * CSV output. {@link BatchProperties} shows that no record is lost.
 */
class BatchTest {
  private static final MaturityModel MODEL = SampleModel.model();

  private static String answers(String subject) {
    return "{\"subject\": \"" + subject + "\", \"answers\": {\"P1\": \"no\", \"P2\": \"yes\", \"Q1\": \"no\", \"R1\": \"na\"}}";
  }

  /** What a run gave: the tally, the output, each rejected record ("position: reason") and each progress report. */
  private record Run(Batch.Tally tally, String out, List<String> rejected, List<OptionalDouble> progress) {
    /** The subjects of the JSONL output, in order. */
    List<String> subjects() {
      List<String> subjects = new ArrayList<>();
      for (String line : out.split("\n")) {
        int at = line.indexOf("\"subject\":\"");
        if (at >= 0) {
          subjects.add(line.substring(at + 11, line.indexOf('"', at + 11)));
        }
      }
      return subjects;
    }
  }

  private static Run run(BatchInput input, Batch.Format format) throws IOException {
    List<String> rejected = new ArrayList<>();
    List<OptionalDouble> progress = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Batch.Tally tally;
    try (BatchInput in = input) {
      tally = Batch.builder(MODEL).format(format).threads(1).listener(new Batch.Listener() {
        @Override
        public void rejected(String position, String reason) {
          rejected.add(position + ": " + reason);
        }

        @Override
        public void progress(Batch.Tally sofar, OptionalDouble read) {
          progress.add(read);
        }
      }).build().run(in, out, Optional.empty());
    }
    return new Run(tally, out.toString(UTF_8), rejected, progress);
  }

  private static OptionalDouble last(List<OptionalDouble> progress) {
    return progress.get(progress.size() - 1);
  }

  @Test
  void folder_readsItsJsonFilesInNameOrder_andRejectsWhatItCannotRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.json"), answers("b"));
    Files.writeString(dir.resolve("a.json"), answers("a"));
    Files.writeString(dir.resolve("notes.txt"), answers("not read: not a .json file"));
    Files.createDirectories(dir.resolve("sub.json"));
    Files.writeString(dir.resolve("sub.json").resolve("c.json"), answers("not read: in a sub-folder"));
    Files.writeString(dir.resolve("c.json"), " ".repeat(Answers.MAX_BYTES - answers("c").length()) + answers("c"));
    Files.writeString(dir.resolve("d.json"), " ".repeat(Answers.MAX_BYTES - answers("d").length() + 1) + answers("d"));
    Files.createSymbolicLink(dir.resolve("e.json"), dir.resolve("gone.json"));

    BatchInput folder = BatchInputs.folder(dir);
    assertEquals(OptionalDouble.of(0), folder.progress(), "nothing read yet");
    Run run = run(folder, Batch.Format.JSONL);
    assertEquals(new Batch.Tally(3, 2), run.tally());
    assertEquals("3 evaluated, 2 rejected", run.tally().toString());
    assertEquals(5, run.tally().records());
    assertEquals(List.of("a", "b", "c"), run.subjects(), "c.json is exactly as large as an answers file may be");
    String d = dir.resolve("d.json").toString();
    String e = dir.resolve("e.json").toString();
    assertEquals(List.of(d + ": E0105: the file is larger than 1048576 bytes",
        e + ": E0109: cannot read the file: " + e), run.rejected());
    assertEquals(OptionalDouble.of(1), last(run.progress()), "every file read");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    BatchInput none = BatchInputs.folder(empty);
    assertEquals(OptionalDouble.empty(), none.progress(), "no file: no fraction to give");
    assertEquals(new Batch.Tally(0, 0), run(none, Batch.Format.JSONL).tally());
  }

  /**
   * A folder's files are read in the order of their names, whatever order they were written in
   * (a file system lists a folder in an order of its own: creation, a hash of the name).
   */
  @Test
  void folder_readsItsFilesInNameOrder_whateverOrderTheyWereWrittenIn(@TempDir Path dir) throws Exception {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      names.add(String.format("r%02d", i * 7 % 30));   // r00, r07, r14, r21, r28, r05, ...
    }
    for (String name : names) {
      Files.writeString(dir.resolve(name + ".json"), answers(name));
    }
    List<String> sorted = new ArrayList<>(names);
    java.util.Collections.sort(sorted);
    assertEquals(sorted, run(BatchInputs.folder(dir), Batch.Format.JSONL).subjects());
  }

  /** An empty JSONL or CSV file has no fraction read to give (its size is 0), and no record. */
  @Test
  void anEmptyFile_hasNoProgress(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty"), "");
    CsvMapping noColumns = CsvMapping.parse(io.svmi.SourceText.of("m.txt", ""));
    for (BatchInput input : List.of(BatchInputs.jsonLines(empty), BatchInputs.csv(empty, noColumns))) {
      assertEquals(OptionalDouble.empty(), input.progress());
      Run run = run(input, Batch.Format.JSONL);
      assertEquals(new Batch.Tally(0, 0), run.tally());
      assertTrue(run.progress().stream().allMatch(OptionalDouble::isEmpty), run.progress()::toString);
    }
  }

  /** Part-way through a large input, the fraction read is between 0 and 1: what a host's time left is made of. */
  @Test
  void progress_partWayThroughALargeInput_isAFractionOfItsBytes(@TempDir Path dir) throws Exception {
    String padded = " ".repeat(100_000) + answers("a");
    Path jsonl = Files.writeString(dir.resolve("in.jsonl"), (padded + "\n").repeat(4));
    try (BatchInput input = BatchInputs.jsonLines(jsonl)) {
      input.next();
      double read = input.progress().orElseThrow();
      assertTrue(read > 0 && read < 1, "after the first line: " + read);
    }
    CsvMapping mapping = CsvMapping.parse(io.svmi.SourceText.of("m.txt",
        "subject = Who\nanswer P1 = P1\nanswer P2 = P2\nanswer Q1 = Q1\nanswer R1 = R1\n"));
    Path csv = Files.writeString(dir.resolve("s.csv"), "Who,P1,P2,Q1,R1\n" + ("One" + " ".repeat(100_000) + ",no,yes,no,na\n").repeat(4));
    try (BatchInput input = BatchInputs.csv(csv, mapping)) {
      double read = input.progress().orElseThrow();
      assertTrue(read > 0 && read < 1, "after the header: " + read);
    }
  }

  /** Each input closes the file it reads when it is closed: a batch over many inputs leaks no file. */
  @Test
  void eachInput_closesItsFile_whenClosed(@TempDir Path dir) throws Exception {
    Path proc = Path.of("/proc/self/fd");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc), "the open files are listed under /proc");
    Path jsonl = Files.writeString(dir.resolve("in.jsonl"), answers("a") + "\n");
    CsvMapping mapping = CsvMapping.parse(io.svmi.SourceText.of("m.txt", "subject = Who\n"));
    Path csv = Files.writeString(dir.resolve("in.csv"), "Who\nOne\n");
    for (Path file : List.of(jsonl, csv)) {
      BatchInput input = file == csv ? BatchInputs.csv(file, mapping) : BatchInputs.jsonLines(file);
      input.next();
      assertTrue(opens(proc, file), "open while it is read: " + file);
      input.close();
      assertTrue(!opens(proc, file), "closed with the input: " + file);
    }
    boolean[] closed = {false};
    BatchInputs.jsonLines(new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    }, "stdin").close();
    assertTrue(closed[0], "a stream is closed with the input");
  }

  /** Whether this process holds {@code file} open. */
  private static boolean opens(Path proc, Path file) throws IOException {
    try (java.util.stream.Stream<Path> fds = Files.list(proc)) {
      return fds.anyMatch(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(file.toAbsolutePath());
        } catch (IOException e) {
          return false;   // closed while listed
        }
      });
    }
  }

  /**
   * A listener that only overrides {@code evaluated} (keeping {@code wantsEvaluations}' default)
   * hears every evaluation, in input order: what a host's summary or portfolio is made of.
   */
  @Test
  void aListenerOfEvaluations_hearsEachOne_inInputOrder() throws Exception {
    List<String> heard = new ArrayList<>();
    String lines = answers("a") + "\n\n" + answers("b") + "\n";
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(lines.getBytes(UTF_8)), "in")) {
      Batch.builder(MODEL).threads(1).listener(new Batch.Listener() {
        @Override
        public void evaluated(io.svmi.Evaluation evaluation) {
          heard.add(evaluation.assessment().subject());
        }
      }).build().run(in, new ByteArrayOutputStream(), Optional.empty());
    }
    assertEquals(List.of("a", "b"), heard);
  }

  /** A host's own input that does not say how much it has read gives a listener no fraction. */
  @Test
  void aHostsOwnInput_withoutProgress_reportsNoFraction() throws Exception {
    Run run = run(records(BatchRecord.answers("r1", answers("a")), BatchRecord.answers("r2", answers("b"))), Batch.Format.JSONL);
    assertEquals(List.of("a", "b"), run.subjects());
    assertTrue(!run.progress().isEmpty() && run.progress().stream().allMatch(OptionalDouble::isEmpty), run.progress()::toString);
  }

  /**
   * A JSONL file: CR LF and LF line ends, an empty line, a line as long as an answers file may be
   * and one a byte longer (each spanning many reads), and a last line without a line end.
   */
  @Test
  void jsonLinesFile_accountsForEveryLine_andReportsProgressByBytes(@TempDir Path dir) throws Exception {
    String exactly = " ".repeat(Answers.MAX_BYTES - answers("c").length()) + answers("c");
    String longer = " " + exactly;
    Path file = Files.writeString(dir.resolve("in.jsonl"),
        answers("a") + "\r\n" + "\n" + exactly + "\n" + longer + "\n" + answers("d"));

    BatchInput input = BatchInputs.jsonLines(file);
    assertEquals(OptionalDouble.of(0), input.progress(), "nothing read yet");
    Run run = run(input, Batch.Format.JSONL);
    assertEquals(List.of("a", "c", "d"), run.subjects());
    assertEquals(List.of(file + ":2: E0409: an empty line, where an answers object was expected",
        file + ":4: E0105: the line is longer than 1048576 bytes"), run.rejected());
    assertEquals(OptionalDouble.of(1), last(run.progress()), "every byte read");
  }

  /** A host that reads the records itself gets the same records, with their positions and text. */
  @Test
  void jsonLinesStream_readOneRecordAtATime() throws Exception {
    String text = answers("a") + "\r\n\n" + "x".repeat(Answers.MAX_BYTES + 1) + "\n" + answers("b");
    List<String> read = new ArrayList<>();
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(text.getBytes(UTF_8)), "stdin")) {
      assertEquals(OptionalDouble.empty(), in.progress(), "a stream's size is not known");
      for (Optional<BatchRecord> r = in.next(); r.isPresent(); r = in.next()) {
        BatchRecord record = r.get();
        try {
          read.add(record.position() + " " + record.read(MODEL).subject());
        } catch (AssessmentException e) {
          read.add(record.position() + " " + Batch.reason(e.diagnostics().get(0)) + " [" + record.text().length() + "]");
        }
      }
    }
    assertEquals(List.of("stdin:1 a",
        "stdin:2 E0409: an empty line, where an answers object was expected [0]",
        "stdin:3 E0105: the line is longer than 1048576 bytes [0]",
        "stdin:4 b"), read);
  }

  @Test
  void csvExport_reportsProgress_andTheRowsItCannotRead(@TempDir Path dir) throws Exception {
    CsvMapping mapping = CsvMapping.parse(io.svmi.SourceText.of("m.txt",
        "subject = Who\nanswer P1 = P1\nanswer P2 = P2\nanswer Q1 = Q1\nanswer R1 = R1\n"));
    Path csv = Files.writeString(dir.resolve("s.csv"), "\uFEFFWho,P1,P2,Q1,R1\r\n"
        + "One,no,yes,no,na\r"
        + "\"Two, \"\"the second\"\"\",no,na,yes,na\n"
        + "Three,no,\"yes\n");
    BatchInput input = BatchInputs.csv(csv, mapping);
    double header = input.progress().orElseThrow();
    assertTrue(header > 0 && header <= 1, "the header is read: " + header);
    Run run = run(input, Batch.Format.CSV);
    assertEquals("subject,P present,P target,Q present,Q target,R present,R target,overall present,overall target\n"
        + "One,none,none,none,none,,,none,none\n"
        + "\"Two, \"\"the second\"\"\",none,none,some,some,,,none,none\n", run.out());
    assertEquals(List.of(csv + ":4: E0409: a quote opened in this row is never closed"), run.rejected());
    assertEquals(OptionalDouble.of(1), last(run.progress()));
    assertEquals("m.txt", mapping.name());

    Path other = Files.writeString(dir.resolve("other.csv"), "Name,P1,P2,Q1,R1\nOne,no,yes,no,na\n");
    AssessmentException missing = assertThrows(AssessmentException.class, () -> BatchInputs.csv(other, mapping));
    assertTrue(missing.getMessage().contains("no column 'Who' in the first row of " + other), missing.getMessage());
  }

  @Test
  void csvOutput_quotesAFieldWithACommaAQuoteOrALineBreak() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (String subject : List.of("plain", "a,b", "say \\\"hi\\\"", "two\\nlines", "cr\\rhere", ",", "\\\"", "\\n", "\\r")) {
      lines.append(answers(subject)).append('\n');
    }
    Run run = run(BatchInputs.jsonLines(new ByteArrayInputStream(lines.toString().getBytes(UTF_8)), "in"), Batch.Format.CSV);
    String levels = ",none,none,none,none,,,none,none\n";
    assertEquals("subject,P present,P target,Q present,Q target,R present,R target,overall present,overall target\n"
        + "plain" + levels + "\"a,b\"" + levels + "\"say \"\"hi\"\"\"" + levels + "\"two\nlines\"" + levels
        + "\"cr\rhere\"" + levels + "\",\"" + levels + "\"\"\"\"" + levels + "\"\n\"" + levels + "\"\r\"" + levels, run.out());
  }

  /** A host's buffered outputs hold every line when the run returns: the batch flushes them. */
  @Test
  void theOutputs_areFlushed_whenTheRunReturns() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    String lines = answers("a") + "\n\n";
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(lines.getBytes(UTF_8)), "in")) {
      Batch.builder(MODEL).threads(1).build().run(in, new java.io.BufferedOutputStream(out),
          Optional.of(new java.io.BufferedOutputStream(rejects)));
    }
    assertTrue(out.toString(UTF_8).startsWith("{\"schemaVersion\":") && out.toString(UTF_8).endsWith("}\n"), out::toString);
    assertTrue(rejects.toString(UTF_8).startsWith("{\"position\":\"in:2\""), rejects::toString);
  }

  /** A rejected record's reason names the place in the record where the problem is. */
  @Test
  void aRejectedRecord_isToldWhereItIsWrong() throws Exception {
    String bad = answers("x").replaceFirst("\"no\"", "\"maybe\"");
    Run run = run(BatchInputs.jsonLines(new ByteArrayInputStream((bad + "\n").getBytes(UTF_8)), "in"), Batch.Format.JSONL);
    assertEquals(List.of("in:1: E0402 at 1:30: question 'P1' has no option 'maybe' (its options are no, yes, always)"), run.rejected());
  }

  /**
   * A rejected line is written to the rejects as it was read, without its line end: the carriage
   * return of a CR LF line is part of the line end, and a carriage return inside a line is kept.
   */
  @Test
  void aRejectedLine_isKeptWithoutItsLineEnd() throws Exception {
    String lines = "{\"subject\": \"cr\rinside\"\r\n" + "{\"x\": 1}\r\n" + "{\"subject\"\r\n";
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    try (BatchInput in = BatchInputs.jsonLines(new ByteArrayInputStream(lines.getBytes(UTF_8)), "in")) {
      Batch.builder(MODEL).threads(1).build().run(in, new ByteArrayOutputStream(), Optional.of(rejects));
    }
    List<String> records = new ArrayList<>();
    for (String line : rejects.toString(UTF_8).split("\n")) {
      records.add(line.substring(line.indexOf(",\"record\":") + 10));
    }
    assertEquals(List.of("\"{\\\"subject\\\": \\\"cr\\rinside\\\"\"}", "\"{\\\"x\\\": 1}\"}", "\"{\\\"subject\\\"\"}"),
        records, rejects::toString);
  }

  /** What a worker throws that is not a rejected record (a bug, an error of the JVM) ends the run with it. */
  @Test
  void anErrorInAWorker_endsTheRunWithThatError() {
    BatchInput input = records(new BatchRecord("r", "", (model, record) -> {
      throw new AssertionError("a bug");
    }));
    AssertionError e = assertThrows(AssertionError.class,
        () -> Batch.builder(MODEL).threads(1).build().run(input, new ByteArrayOutputStream(), Optional.empty()));
    assertEquals("a bug", e.getMessage());
  }

  /** A host that interrupts the thread running a batch stops it: the run ends, and the thread stays interrupted. */
  @Test
  void anInterruptedRun_stops_andKeepsTheInterrupt() {
    BatchInput input = records(new BatchRecord("r", "", (model, record) -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return MODEL.assessment().build();
    }));
    Thread.currentThread().interrupt();
    try {
      assertThrows(java.io.InterruptedIOException.class,
          () -> Batch.builder(MODEL).threads(1).build().run(input, new ByteArrayOutputStream(), Optional.empty()));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  private static BatchInput records(BatchRecord... records) {
    java.util.Iterator<BatchRecord> next = List.of(records).iterator();
    return new BatchInput() {
      @Override
      public Optional<BatchRecord> next() {
        return next.hasNext() ? Optional.of(next.next()) : Optional.empty();
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void threads_areAtLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> Batch.builder(MODEL).threads(0));
    assertEquals(new Batch.Tally(1, 0).records(), 1);
  }
}
