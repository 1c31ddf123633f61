package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
    CountingStream in = new CountingStream(Files.newInputStream(file));
    return new JsonLines(file.toString(), in, size);
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

  /** Lines of UTF-8 text, each a record; a line too long is skipped to its end and rejected. */
  private static final class JsonLines implements BatchInput {
    private final String name;
    private final CountingStream counting;
    private final Reader in;
    private final long size;
    private final char[] buffer = new char[64 * 1024];
    private int start;
    private int end;
    private long line;
    private boolean atEnd;

    JsonLines(String name, CountingStream counting, long size) {
      this.name = name;
      this.counting = counting;
      this.in = new InputStreamReader(counting, UTF_8);
      this.size = size;
    }

    @Override
    public Optional<BatchRecord> next() throws IOException {
      StringBuilder text = null;
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
        int i = start;
        while (i < end && buffer[i] != '\n') {
          i++;
        }
        if (text == null) {
          text = new StringBuilder(Math.min(i - start + 16, 4096));
        }
        if (!tooLong) {
          text.append(buffer, start, i - start);
          if (text.length() > Answers.MAX_BYTES) {
            tooLong = true;
            text.setLength(0);
          }
        }
        if (i < end) {   // the line ends here
          start = i + 1;
          return Optional.of(record(text, tooLong));
        }
        start = end;
      }
      if (text == null) {
        return Optional.empty();
      }
      return Optional.of(record(text, tooLong));
    }

    private BatchRecord record(StringBuilder text, boolean tooLong) {
      line++;
      String position = name + ":" + line;
      int length = text.length();
      if (length > 0 && text.charAt(length - 1) == '\r') {
        text.setLength(length - 1);
      }
      if (tooLong) {
        return failed(position, "", DiagnosticCode.E0105,
            "the line is longer than " + Answers.MAX_BYTES + " characters");
      }
      String s = text.toString();
      if (s.isBlank()) {
        return failed(position, s, DiagnosticCode.E0409, "an empty line, where an answers object was expected");
      }
      return BatchRecord.answers(position, s);
    }

    @Override
    public OptionalDouble progress() {
      return size <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, counting.count / (double) size));
    }

    @Override
    public void close() throws IOException {
      in.close();
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
