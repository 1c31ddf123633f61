package io.svmi.cli;

import com.google.common.collect.ImmutableList;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.SourceFiles;
import io.svmi.SourceText;
import io.svmi.internal.Utf8;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the rules files the commands are given: UTF-8 only, within a size limit, errors as
 * diagnostics (answers files are read by svmi-report's {@link io.svmi.report.Answers}).
 */
final class InputFiles {
  /** The largest rules file read, in bytes. */
  static final int MAX_MODEL_BYTES = 8 * 1024 * 1024;

  private InputFiles() {}

  /**
   * Reads a rules file for a command that works file by file: on failure, prints the problem to
   * {@code err} and returns empty, so the command can go on with its other files.
   */
  static Optional<SourceText> readRulesOrReport(Path path, StandardInput stdin, PrintWriter err) {
    try {
      return Optional.of(read(path, MAX_MODEL_BYTES, stdin));
    } catch (InputException e) {
      err.print(e.render() + "\n");
      return Optional.empty();
    }
  }

  /**
   * Reads a file as UTF-8 text named as the user wrote its path; {@code -} reads standard input.
   * Only a regular file is opened: a named pipe with no writer would block the command forever,
   * and a device may never end, so both are refused at once (a stream goes through {@code -},
   * under the same size limit).
   */
  static SourceText read(Path path, int maxBytes) throws InputException {
    return read(path, maxBytes, StandardInput.EMPTY);
  }

  static SourceText read(Path path, int maxBytes, StandardInput stdin) throws InputException {
    String name = path.toString();
    if (name.isEmpty()) {
      throw unreadable(name, "the file name is empty");
    }
    byte[] bytes;
    if (StandardInput.names(path)) {
      name = StandardInput.NAME;
      try {
        bytes = stdin.take().readNBytes(maxBytes + 1);
      } catch (IOException e) {
        throw unreadable(name, IoProblems.reason(e));
      }
    } else {
      Optional<String> kind = SourceFiles.notAFile(path);
      if (kind.isPresent()) {
        throw new InputException(Diagnostic.of(DiagnosticCode.E0109, "cannot read '" + name + "': it is " + kind.get()
                + ", not a file")
            .withHint(kind.get().equals("a directory") ? "name a file in it" : "to read a stream, give '-' and redirect it to standard input"));
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(maxBytes + 1);
      } catch (NoSuchFileException e) {
        throw unreadable(name, "no such file");
      } catch (IOException e) {
        throw unreadable(name, IoProblems.reason(e));
      }
    }
    if (bytes.length > maxBytes) {
      throw new InputException(
          Diagnostic.of(DiagnosticCode.E0105,
                  "'" + name + "' is larger than " + (maxBytes / 1024) + " KiB, the most svmi reads")
              .withHint("is this the right file?"));
    }
    return decode(name, bytes);
  }

  /** Decodes UTF-8 strictly (a leading byte order mark is dropped); a bad byte is reported where it stands. */
  static SourceText decode(String name, byte[] bytes) throws InputException {
    try {
      return Utf8.decode(name, bytes);
    } catch (Utf8.NotUtf8 e) {
      throw new InputException(ImmutableList.of(e.diagnostic()), Optional.of(e.source()));
    }
  }

  private static InputException unreadable(String name, String why) {
    return new InputException(Diagnostic.of(DiagnosticCode.E0109, "cannot read '" + name + "': " + why));
  }
}
