package io.svmi.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of RFC 4180 CSV, one at a time: fields separated by commas, a field in double quotes may
 * hold commas, line breaks and doubled quotes; rows end with LF or CRLF. A byte order mark at the
 * start is dropped. A row longer than {@link Answers#MAX_BYTES} characters is an error.
 */
final class CsvReader implements Closeable {
  /**
   * One row: the line it starts on (1 for the header), its fields, its text as read, and why it
   * cannot be read (an unclosed quote, a row too long), if it cannot.
   */
  record Row(long line, List<String> fields, String text, Optional<String> error) {}

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private int pos;
  private int end;
  private long line = 1;
  private boolean first = true;

  CsvReader(Reader in) {
    this.in = in;
  }

  private int read() throws IOException {
    if (pos == end) {
      end = in.read(buffer, 0, buffer.length);
      pos = 0;
      if (end <= 0) {
        end = 0;
        return -1;
      }
    }
    return buffer[pos++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      pos--;
    }
    return c;
  }

  Optional<Row> next() throws IOException {
    int c = read();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c < 0) {
      return Optional.empty();
    }
    long startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    boolean tooLong = false;
    while (true) {
      if (text.length() > Answers.MAX_BYTES) {
        tooLong = true;
        text.setLength(0);
        field.setLength(0);
        fields.clear();
      }
      if (c < 0) {
        fields.add(field.toString());
        return Optional.of(row(startLine, fields, text, tooLong,
            quoted ? Optional.of("a quote opened in this row is never closed") : Optional.empty()));
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
            text.append("\"\"");
          } else {
            quoted = false;
            text.append('"');
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
          text.append(ch);
        }
      } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        text.append('"');
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        text.append(',');
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && peek() == '\n') {
          read();
        }
        line++;
        fields.add(field.toString());
        return Optional.of(row(startLine, fields, text, tooLong, Optional.empty()));
      } else {
        field.append(ch);
        text.append(ch);
      }
      c = read();
    }
  }

  private static Row row(long line, List<String> fields, StringBuilder text, boolean tooLong, Optional<String> error) {
    if (tooLong) {
      return new Row(line, List.of(), "", Optional.of("the row is longer than " + Answers.MAX_BYTES + " characters"));
    }
    return new Row(line, List.copyOf(fields), text.toString(), error);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
