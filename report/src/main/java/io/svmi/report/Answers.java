package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.SourceFiles;
import io.svmi.SourceText;
import io.svmi.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The answers file (docs/answers-format.md): one assessment against one model, as JSON.
 *
 * <pre>{@code
 * {"subject": "Walsall Council", "answers": {"A1": "tailor"}, "targets": {"A": "leader"}}
 * }</pre>
 *
 * <p>{@code read} checks the file strictly and reports every problem at once, as one {@link
 * AssessmentException} whose diagnostics point at their keys (file, line, column) and whose message
 * renders them with the source line and a caret: an unreadable file (E0109), bytes that are not
 * UTF-8 (E0108), a file over {@link #MAX_BYTES} (E0105), invalid JSON (E0409), unknown or repeated
 * keys (E0410, E0412), values of the wrong type (E0411), unknown ids and missing answers (E0401 to
 * E0407). {@code write} gives the file back: reading what was written gives an equal assessment.
 *
 * <p>Stateless and thread-safe.
 */
public final class Answers {
  /** The largest answers file read, in bytes (or characters, from a {@link Reader}): 1 MiB. */
  public static final int MAX_BYTES = 1024 * 1024;
  /** The deepest nesting of arrays and objects read; the format itself needs two. */
  public static final int MAX_DEPTH = 32;
  /** The longest string or key read, in characters. */
  public static final int MAX_STRING = 64 * 1024;
  /** The most errors reported, as for rules files; past it, E0107 says the reader stopped. */
  public static final int MAX_ERRORS = 50;
  /** The keys of the answers object, in the order {@link #write} writes them. */
  public static final ImmutableList<String> KEYS =
      ImmutableList.of("subject", "profile", "answers", "targets", "overallTarget", "targetAnswers");

  private Answers() {}

  /**
   * Reads answers text against the model; {@code source.name()} names it in diagnostics.
   *
   * @throws AssessmentException with every problem found, rendered against the source
   */
  public static Assessment read(MaturityModel model, SourceText source) throws AssessmentException {
    checkNotNull(model, "model");
    checkNotNull(source, "source");
    return AnswersReader.read(model, source);
  }

  /**
   * Reads an answers file (UTF-8; a leading byte order mark is dropped), named in diagnostics as
   * the path is written. At most {@link #MAX_BYTES} are read, so that a pipe or a device that
   * never ends costs a megabyte.
   *
   * @throws AssessmentException with every problem found: the file's (E0109, E0108, E0105) or its
   *     content's
   */
  public static Assessment read(MaturityModel model, Path file) throws AssessmentException {
    checkNotNull(model, "model");
    checkNotNull(file, "file");
    String name = file.toString();
    if (name.isEmpty()) {
      throw unreadable(name, "the file name is empty");
    }
    Optional<String> notAFile = SourceFiles.notAFile(file);
    if (notAFile.isPresent()) {
      // A named pipe with no writer would block here forever: read streams through read(model, name, in).
      throw problem(Diagnostic.of(DiagnosticCode.E0109, "cannot read '" + name + "': it is " + notAFile.get() + ", not a file")
          .withHint(notAFile.get().equals("a directory") ? "name a file in it" : "to read a stream, give '-' and redirect it to standard input"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(model, name, in);
    } catch (NoSuchFileException e) {
      throw unreadable(name, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(name, "permission denied");
    } catch (FileSystemException e) {
      throw unreadable(name, e.getReason() == null ? "cannot open it" : e.getReason().toLowerCase(java.util.Locale.ROOT));
    } catch (IOException e) {
      throw unreadable(name, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads answers from a stream of UTF-8 bytes, as {@link #read(MaturityModel, Path)} reads a file;
   * {@code sourceName} names it in diagnostics. The stream is read up to the limit and not closed.
   *
   * @throws AssessmentException with every problem found
   */
  public static Assessment read(MaturityModel model, String sourceName, InputStream in) throws AssessmentException {
    checkNotNull(model, "model");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw unreadable(sourceName, String.valueOf(e.getMessage()));
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(sourceName);
    }
    return read(model, decode(sourceName, bytes));
  }

  /**
   * Reads answers from characters, up to {@link #MAX_BYTES} of them; {@code sourceName} names
   * them in diagnostics. The reader is not closed.
   *
   * @throws AssessmentException with every problem found
   */
  public static Assessment read(MaturityModel model, String sourceName, Reader in) throws AssessmentException {
    checkNotNull(model, "model");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_BYTES) {
          throw tooLarge(sourceName);
        }
      }
    } catch (IOException e) {
      throw unreadable(sourceName, String.valueOf(e.getMessage()));
    }
    String s = text.toString();
    return read(model, SourceText.of(sourceName, s.startsWith("\uFEFF") ? s.substring(1) : s));
  }

  /** The assessment as an answers file: what {@link #read(MaturityModel, SourceText)} reads back. */
  public static String write(Assessment assessment) {
    StringWriter out = new StringWriter();
    try {
      write(assessment, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the assessment as an answers file: the subject, every answer, then the targets, the
   * overall target and the target answers when it has them, ids in model order.
   *
   * @throws IOException if {@code out} throws it
   */
  public static void write(Assessment assessment, Appendable out) throws IOException {
    checkNotNull(assessment, "assessment");
    checkNotNull(out, "out");
    AnswersWriter.write(assessment, out);
  }

  /** Decodes UTF-8 strictly (a leading byte order mark is dropped); a bad byte is reported where it stands. */
  private static SourceText decode(String name, byte[] bytes) throws AssessmentException {
    try {
      return Utf8.decode(name, bytes);
    } catch (Utf8.NotUtf8 e) {
      throw new AssessmentException(ImmutableList.of(e.diagnostic()), Optional.of(e.source()));
    }
  }

  private static AssessmentException tooLarge(String name) {
    return problem(Diagnostic.of(DiagnosticCode.E0105,
            "'" + name + "' is larger than " + (MAX_BYTES / 1024) + " KiB, the most svmi reads")
        .withHint("is this the right file?"));
  }

  private static AssessmentException unreadable(String name, String why) {
    return problem(Diagnostic.of(DiagnosticCode.E0109, "cannot read '" + name + "': " + why));
  }

  private static AssessmentException problem(Diagnostic diagnostic) {
    return new AssessmentException(ImmutableList.of(diagnostic), Optional.empty());
  }
}
