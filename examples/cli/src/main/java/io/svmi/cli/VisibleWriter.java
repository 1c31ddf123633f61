package io.svmi.cli;

import io.svmi.ShownText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text output for a person at a terminal: every control character (but line breaks and tabs) and
 * every bidirectional override that reaches it from a model, an answers file or a file name is
 * written as a visible escape ({@code \u001B}), so that it cannot move the cursor, recolour the
 * terminal or reorder what is shown. JSON and HTML output do not go through it: they escape by
 * their own rules.
 */
final class VisibleWriter extends FilterWriter {
  private VisibleWriter(Writer out) {
    super(out);
  }

  /** A writer printing to {@code out} with control characters made visible. */
  static PrintWriter of(PrintWriter out) {
    return new PrintWriter(new VisibleWriter(out));
  }

  @Override
  public void write(int c) throws IOException {
    if (ShownText.hidden((char) c, true)) {
      out.write(ShownText.visible(String.valueOf((char) c)));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(s.charAt(i));
    }
  }
}
