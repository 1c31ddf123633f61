package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The inputs a batch reads: a JSONL file (one answers object per line), a folder of answers files,
 * or a CSV export of a survey tool with a {@link CsvMapping}. Each reads one record at a time.
 */
public final class BatchInputs {
  private BatchInputs() {}

  /**
   * A JSONL file: each line an answers object (docs/answers-format.md), its position {@code
   * FILE:LINE}. An empty line is a record too (rejected: it holds no answers), so that every line
   * is accounted for; a line over {@link Answers#MAX_BYTES} characters is rejected without being
   * kept in memory.
   */
  public static BatchInput jsonLines(Path file) throws IOException {
    checkNotNull(file, "file");
    long size = Files.size(file);
    return new JsonLines(file.toString(), new CountingStream(Files.newInputStream(file)), size);
  }

  /** A JSONL stream (standard input), named {@code name} in positions; it is closed with the input. */
  public static BatchInput jsonLines(InputStream in, String name) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    return new JsonLines(name, new CountingStream(in), -1);
  }

  /**
   * A folder: each of its {@code *.json} files (not its sub-folders) an answers file, in the order
   * of their names; a file that cannot be read is a rejected record.
   */
  public static BatchInput folder(Path folder) throws IOException {
    checkNotNull(folder, "folder");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.json")) {
      for (Path entry : entries) {
        if (!Files.isDirectory(entry)) {
          files.add(entry);
        }
      }
    }
    files.sort(null);
    Iterator<Path> next = files.iterator();
    int[] read = {0};
    return new BatchInput() {
      @Override
      public Optional<BatchRecord> next() {
        if (!next.hasNext()) {
          return Optional.empty();
        }
        Path file = next.next();
        read[0]++;
        try {
          byte[] bytes;
          try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(Answers.MAX_BYTES + 1);
          }
          if (bytes.length > Answers.MAX_BYTES) {
            return Optional.of(failed(file.toString(), "", DiagnosticCode.E0105,
                "the file is larger than " + Answers.MAX_BYTES + " bytes"));
          }
          return Optional.of(BatchRecord.answers(file.toString(), new String(bytes, UTF_8)));
        } catch (IOException e) {
          return Optional.of(failed(file.toString(), "", DiagnosticCode.E0109,
              "cannot read the file: " + e.getMessage()));
        }
      }

      @Override
      public OptionalDouble progress() {
        return files.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(read[0] / (double) files.size());
      }

      @Override
      public void close() {}
    };
  }

  /**
   * A CSV export (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes and
   * line breaks): its first row names the columns, every other row is one respondent, read with
   * the mapping. A row's position is {@code FILE:LINE}, the line it starts on.
   *
   * @throws AssessmentException when the mapping names a column the first row does not have
   */
  public static BatchInput csv(Path file, CsvMapping mapping) throws IOException, AssessmentException {
    checkNotNull(file, "file");
    checkNotNull(mapping, "mapping");
    long size = Files.size(file);
    CountingStream counting = new CountingStream(Files.newInputStream(file));
    CsvReader rows = new CsvReader(new InputStreamReader(counting, UTF_8));
    Optional<CsvReader.Row> header = rows.next();
    List<String> columns = header.map(CsvReader.Row::fields).orElse(List.of());
    CsvMapping.Bound bound = mapping.bind(columns, file.toString());   // throws when a column is missing
    return new BatchInput() {
      @Override
      public Optional<BatchRecord> next() throws IOException {
        Optional<CsvReader.Row> row = rows.next();
        if (row.isEmpty()) {
          return Optional.empty();
        }
        CsvReader.Row r = row.get();
        String position = file + ":" + r.line();
        if (r.error().isPresent()) {
          return Optional.of(failed(position, r.text(), DiagnosticCode.E0409, r.error().get()));
        }
        return Optional.of(new BatchRecord(position, r.text(), (model, record) -> bound.read(model, r.fields())));
      }

      @Override
      public OptionalDouble progress() {
        return size <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, counting.count / (double) size));
      }

      @Override
      public void close() throws IOException {
        rows.close();
      }
    };
  }

  /** A record that cannot be read: rejected with this reason whatever the model. */
  static BatchRecord failed(String position, String text, DiagnosticCode code, String message) {
    return new BatchRecord(position, text, (model, record) -> {
      throw new AssessmentException(
          com.google.common.collect.ImmutableList.of(Diagnostic.of(code, message)), Optional.empty());
    });
  }

  /**
   * Lines of UTF-8 text, each a record; a line too long is skipped to its end and rejected. Read
   * as bytes: a batch takes whole chunks of lines ({@link #fill}) and decodes a line only when it
   * needs its text (to read it slowly, or to reject it).
   */
  static final class JsonLines implements BatchInput {
    private final String name;
    private final CountingStream in;
    private final long size;
    private final byte[] buffer = new byte[64 * 1024];
    private final Lines one = new Lines();
    private int start;
    private int end;
    private long line;
    private boolean atEnd;

    JsonLines(String name, CountingStream in, long size) {
      this.name = name;
      this.in = in;
      this.size = size;
    }

    @Override
    public Optional<BatchRecord> next() throws IOException {
      one.clear(line + 1);
      if (!nextLine(one)) {
        return Optional.empty();
      }
      return Optional.of(record(one, 0));
    }

    /**
     * Adds lines to {@code lines} until it holds {@code count} of them or about {@code bytes}
     * bytes; false when the input had no line left.
     */
    boolean fill(Lines lines, int count, int bytes) throws IOException {
      lines.clear(line + 1);
      while (lines.count < count && lines.size < bytes && nextLine(lines)) {
        // one more line
      }
      return lines.count > 0;
    }

    /** Appends the next line (without its line break and a carriage return before it); false at the end. */
    private boolean nextLine(Lines lines) throws IOException {
      int from = lines.size;
      boolean any = false;
      boolean tooLong = false;
      while (true) {
        if (start == end) {
          if (atEnd) {
            break;
          }
          end = in.read(buffer, 0, buffer.length);
          start = 0;
          if (end < 0) {
            end = 0;
            atEnd = true;
            break;
          }
        }
        any = true;
        int i = start;
        while (i < end && buffer[i] != '\n') {
          i++;
        }
        if (!tooLong) {
          lines.append(buffer, start, i - start);
          if (lines.size - from > Answers.MAX_BYTES) {
            tooLong = true;
            lines.size = from;
          }
        }
        if (i < end) {   // the line ends here
          start = i + 1;
          return lines.add(from, tooLong, ++line);
        }
        start = end;
      }
      return any && lines.add(from, tooLong, ++line);
    }

    /** The record of a line of a chunk, for the slow reader or the rejects: decoded, its position named. */
    BatchRecord record(Lines lines, int i) {
      String position = name + ":" + (lines.first + i);
      if (lines.tooLong[i]) {
        return failed(position, "", DiagnosticCode.E0105, "the line is longer than " + Answers.MAX_BYTES + " bytes");
      }
      String s = new String(lines.bytes, lines.starts[i], lines.ends[i] - lines.starts[i], UTF_8);
      if (s.isBlank()) {
        return failed(position, s, DiagnosticCode.E0409, "an empty line, where an answers object was expected");
      }
      return BatchRecord.answers(position, s);
    }

    @Override
    public OptionalDouble progress() {
      return size <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, in.count / (double) size));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Lines of a JSONL input, one after another in one array: a chunk of a batch. */
  static final class Lines {
    byte[] bytes = new byte[64 * 1024];
    int size;
    int count;
    int[] starts = new int[Batch.CHUNK];
    int[] ends = new int[Batch.CHUNK];
    boolean[] tooLong = new boolean[Batch.CHUNK];
    /** The number of the first line. */
    long first;

    void clear(long first) {
      this.first = first;
      size = 0;
      count = 0;
    }

    void append(byte[] b, int offset, int length) {
      if (size + length > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(size + length, bytes.length * 2));
      }
      System.arraycopy(b, offset, bytes, size, length);
      size += length;
    }

    boolean add(int from, boolean over, long number) {
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
        tooLong = java.util.Arrays.copyOf(tooLong, count * 2);
      }
      int to = size;
      if (to > from && bytes[to - 1] == '\r') {
        to--;
      }
      starts[count] = from;
      ends[count] = to;
      tooLong[count] = over;
      count++;
      return true;
    }
  }

  /** Counts the bytes read through it, for progress. */
  private static final class CountingStream extends java.io.FilterInputStream {
    volatile long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
