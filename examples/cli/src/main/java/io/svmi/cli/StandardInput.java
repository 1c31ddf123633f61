package io.svmi.cli;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Standard input, for a file given as {@code -}: read at most once in a command (a second
 * {@code -} is refused, as its text would be empty).
 */
class StandardInput {
  /** The name a file given as {@code -} has in messages. */
  static final String NAME = "<stdin>";

  /** For commands that do not read standard input: {@code -} reads nothing. */
  static final StandardInput EMPTY = new StandardInput(InputStream.nullInputStream()) {
    @Override
    InputStream take() {
      return InputStream.nullInputStream();
    }
  };

  private final InputStream in;
  private boolean read;

  StandardInput(InputStream in) {
    this.in = in;
  }

  /** True for the path that names standard input. */
  static boolean names(Path path) {
    return path.toString().equals("-");
  }

  /** The stream, to read once: a second file given as {@code -} is refused. */
  InputStream take() throws InputException {
    if (read) {
      throw new InputException(Diagnostic.of(DiagnosticCode.E0109,
          "cannot read standard input twice: give '-' for one file only"));
    }
    read = true;
    return in;
  }
}
