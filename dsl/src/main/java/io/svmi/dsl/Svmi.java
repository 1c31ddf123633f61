package io.svmi.dsl;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.ModelException;
import io.svmi.ModelResult;
import io.svmi.SourceFiles;
import io.svmi.SourceText;
import io.svmi.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code .svmi} language: compile rules files into {@link MaturityModel}s, print models as
 * canonical text, format files keeping their comments and blank lines.
 *
 * <pre>{@code
 * ModelResult result = Svmi.compile(Path.of("svmi.svmi"));
 * if (result.hasErrors()) {
 *   System.err.println(result.render());   // every problem, with source lines and carets
 * }
 * MaturityModel model = Svmi.compileOrThrow(Path.of("svmi.svmi"));
 * }</pre>
 *
 * <p>Rules come from a file, a classpath resource ({@link #compileResource}), a stream or a reader
 * with a name for diagnostics, or text, all under the same {@link CompileOptions} limits.
 *
 * <p>The compile and format methods never throw for bad input: an unreadable file, invalid UTF-8,
 * a syntax error or a model that does not make sense all come back as {@link Diagnostic}s (with
 * stable codes; see {@code docs/diagnostics.md}). Every method is thread-safe and keeps no state.
 */
public final class Svmi {
  private Svmi() {}

  /**
   * Compiles a rules file (UTF-8) with the default {@link CompileOptions}.
   *
   * @param file the rules file
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(Path file) {
    return compile(file, CompileOptions.defaults());
  }

  /**
   * Compiles a rules file (UTF-8), with the translation files beside it: files named after it
   * with a language and {@code .svmt} ({@code accessibility.cy.svmt} beside {@code
   * accessibility.svmi}), holding {@code translation} blocks only, whose texts join the model's
   * (diagnostics in them name them). A file that cannot be read gives E0109 (so does a directory, a
   * named pipe or a device: they are refused without being opened), bytes that are not UTF-8 give
   * E0108, a file over the size limit gives E0105; the same holds for each translation file.
   *
   * @param file the rules file
   * @param options the limits to apply
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(Path file, CompileOptions options) {
    checkNotNull(file, "file");
    checkNotNull(options, "options");
    String name = file.toString();
    try {
      Optional<String> notAFile = SourceFiles.notAFile(file);
      if (notAFile.isPresent()) {
        return unreadable(name, "it is " + notAFile.get() + ", not a file");
      }
      long size = Files.size(file);
      if (size > options.maxInputBytes()) {
        return failure(Compiler.tooLarge(name, size, options), SourceText.of(name, ""));
      }
      // Read no more than the limit: a pipe or a device (/dev/zero) reports size 0 and never ends.
      byte[] bytes;
      try (InputStream stream = Files.newInputStream(file)) {
        bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxInputBytes() + 1L));
      }
      if (bytes.length > options.maxInputBytes()) {
        return failure(Compiler.tooLarge(name, options), SourceText.of(name, ""));
      }
      SourceText text;
      try {
        text = Utf8.decode(name, bytes);
      } catch (Utf8.NotUtf8 e) {
        return failure(ImmutableList.of(e.diagnostic()), e.source());
      }
      List<SourceText> translations = new ArrayList<>();
      for (Path beside : translationFiles(file)) {
        Optional<ModelResult> unread = readTranslation(beside, options, translations);
        if (unread.isPresent()) {
          return unread.get();
        }
      }
      return Compiler.compile(name, text.text(), options, translations).result();
    } catch (NoSuchFileException e) {
      return unreadable(name, "there is no such file");
    } catch (IOException | SecurityException e) {
      return unreadable(name, Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
    }
  }

  /**
   * Compiles a rules file on the class path (UTF-8), found as {@link Class#getResourceAsStream}
   * finds it: {@code name} relative to {@code owner}'s package, or from the root with a leading
   * '/'. Diagnostics name it {@code classpath:} and its path. A missing resource gives E0109; the
   * size limit and UTF-8 are checked as for a file.
   *
   * @param owner the class whose package a relative name is in (and whose class loader finds it)
   * @param name the resource's name, relative to {@code owner}'s package or, with a leading '/', absolute
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compileResource(Class<?> owner, String name) {
    return compileResource(owner, name, CompileOptions.defaults());
  }

  /**
   * As {@link #compileResource(Class, String)}, with the given limits.
   *
   * @param owner the class whose package a relative name is in (and whose class loader finds it)
   * @param name the resource's name, relative to {@code owner}'s package or, with a leading '/', absolute
   * @param options the limits to apply
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compileResource(Class<?> owner, String name, CompileOptions options) {
    checkNotNull(owner, "owner");
    checkNotNull(name, "name");
    checkNotNull(options, "options");
    String path = name.startsWith("/")
        ? name.substring(1)
        : owner.getPackageName().replace('.', '/') + (owner.getPackageName().isEmpty() ? "" : "/") + name;
    String sourceName = "classpath:" + path;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        return unreadable(sourceName, "there is no such resource");
      }
      return compile(sourceName, in, options);
    } catch (IOException e) {
      return unreadable(sourceName, Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
    }
  }

  /**
   * Compiles rules read from a stream of UTF-8 bytes with the default {@link CompileOptions}.
   *
   * @param sourceName the name diagnostics give the rules (a file name, say)
   * @param in the bytes (not closed)
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(String sourceName, InputStream in) {
    return compile(sourceName, in, CompileOptions.defaults());
  }

  /**
   * Compiles rules read from a stream of UTF-8 bytes; {@code sourceName} names them in
   * diagnostics. At most {@link CompileOptions#maxInputBytes()} bytes and one more are read (E0105
   * past the limit); bytes that are not UTF-8 give E0108, a failing stream E0109. The stream is
   * not closed.
   *
   * @param sourceName the name diagnostics give the rules (a file name, say)
   * @param in the bytes (not closed)
   * @param options the limits to apply
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(String sourceName, InputStream in, CompileOptions options) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(in, "in");
    checkNotNull(options, "options");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxInputBytes() + 1L));
    } catch (IOException e) {
      return unreadable(sourceName, Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
    }
    if (bytes.length > options.maxInputBytes()) {
      return failure(Compiler.tooLarge(sourceName, options), SourceText.of(sourceName, ""));
    }
    return compileBytes(sourceName, bytes, options);
  }

  /**
   * Compiles rules read from characters with the default {@link CompileOptions}.
   *
   * @param sourceName the name diagnostics give the rules (a file name, say)
   * @param in the characters (not closed)
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(String sourceName, Reader in) {
    return compile(sourceName, in, CompileOptions.defaults());
  }

  /**
   * Compiles rules read from characters; {@code sourceName} names them in diagnostics. Reading
   * stops one character past {@link CompileOptions#maxInputBytes()} (E0105), and the text is then
   * held to the same limit in UTF-8 bytes as a file; a failing reader gives E0109. The reader is
   * not closed.
   *
   * @param sourceName the name diagnostics give the rules (a file name, say)
   * @param in the characters (not closed)
   * @param options the limits to apply
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(String sourceName, Reader in, CompileOptions options) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(in, "in");
    checkNotNull(options, "options");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > options.maxInputBytes()) {
          return failure(Compiler.tooLarge(sourceName, options), SourceText.of(sourceName, ""));
        }
      }
    } catch (IOException e) {
      return unreadable(sourceName, Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
    }
    return compile(sourceName, text.toString(), options);
  }

  /** Decodes UTF-8 strictly (E0108 at the first bad byte, a leading byte order mark dropped) and compiles the text. */
  private static ModelResult compileBytes(String name, byte[] bytes, CompileOptions options) {
    SourceText text;
    try {
      text = Utf8.decode(name, bytes);
    } catch (Utf8.NotUtf8 e) {
      return failure(ImmutableList.of(e.diagnostic()), e.source());
    }
    return compile(name, text.text(), options);
  }

  /**
   * Compiles rules text with the texts of its translation files ({@link #translationFiles}): files
   * of {@code translation} blocks only (E0235 otherwise), whose diagnostics name them.
   *
   * @param model the rules, named as diagnostics should name them
   * @param translations the translation files' texts, each with its name
   * @param options the limits to apply (to each text)
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(SourceText model, List<SourceText> translations, CompileOptions options) {
    checkNotNull(model, "model");
    checkNotNull(translations, "translations");
    checkNotNull(options, "options");
    return Compiler.compile(model.name(), model.text(), options, List.copyOf(translations)).result();
  }

  /**
   * Compiles rules text with the default {@link CompileOptions}.
   *
   * @param sourceName the name diagnostics give the text (a file name, say)
   * @param text the rules
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(String sourceName, String text) {
    return compile(sourceName, text, CompileOptions.defaults());
  }

  /**
   * Compiles rules text.
   *
   * @param sourceName the name diagnostics give the text (a file name, say)
   * @param text the rules
   * @param options the limits to apply
   * @return the model, or every problem as a diagnostic
   */
  public static ModelResult compile(String sourceName, String text, CompileOptions options) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(text, "text");
    checkNotNull(options, "options");
    return Compiler.compile(sourceName, text, options).result();
  }

  /**
   * Compiles a rules file, or throws a {@link ModelException} carrying every diagnostic.
   *
   * @param file the rules file
   * @return the model
   * @throws ModelException if the file cannot be read or has errors
   */
  public static MaturityModel compileOrThrow(Path file) {
    return compile(file).orElseThrow();
  }

  /**
   * Compiles rules text, or throws a {@link ModelException} carrying every diagnostic.
   *
   * @param sourceName the name diagnostics give the text (a file name, say)
   * @param text the rules
   * @return the model
   * @throws ModelException if the text has errors
   */
  public static MaturityModel compileOrThrow(String sourceName, String text) {
    return compile(sourceName, text).orElseThrow();
  }

  /**
   * The model as canonical {@code .svmi} text; compiling it gives an equal model.
   *
   * @param model the model to print
   * @return the model's canonical text
   * @throws IllegalArgumentException if the model (built in Java) has an id the language cannot
   *     write: ids are letters, digits, '_' and '-', starting with a letter or '_', not ending in '-'
   */
  public static String print(MaturityModel model) {
    checkNotNull(model, "model");
    return ModelPrinter.print(model, Comments.none());
  }

  /**
   * Formats rules text canonically, keeping its comments and the blank lines between entries, with
   * the default {@link CompileOptions}.
   *
   * @param sourceName the name diagnostics give the text (a file name, say)
   * @param text the rules
   * @return the formatted text, or every problem as a diagnostic
   */
  public static FormatResult format(String sourceName, String text) {
    return format(sourceName, text, CompileOptions.defaults());
  }

  /**
   * Formats rules text: compiles it, then prints the model canonically with every comment next to
   * the element it was written with, and the author's blank lines between the entries of a block
   * (one for a run of them; none at the start or end of a block or of the file; none added beyond
   * the canonical layout's). A text with errors gives its diagnostics and no text.
   *
   * @param sourceName the name diagnostics give the text (a file name, say)
   * @param text the rules
   * @param options the limits to apply
   * @return the formatted text, or every problem as a diagnostic
   */
  public static FormatResult format(String sourceName, String text, CompileOptions options) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(text, "text");
    checkNotNull(options, "options");
    Compilation c = Compiler.compile(sourceName, text, options);
    SourceText source = SourceText.of(sourceName, text);
    Optional<String> formatted = c.result().model().map(m -> ModelPrinter.print(m, Comments.of(c)));
    return new FormatResult(formatted, c.result().diagnostics(), source);
  }

  /**
   * The translation files of a model file: beside it, named after it with a language and the
   * extension {@code .svmt} ({@code accessibility.cy.svmt} for {@code accessibility.svmi}), in
   * name order. A host that reads files itself passes their texts to {@link #compile(SourceText,
   * List, CompileOptions)}.
   *
   * @param model the model file
   * @return the translation files beside it, none when there are none
   * @throws IOException if its directory cannot be listed
   */
  public static List<Path> translationFiles(Path model) throws IOException {
    Path name = model.getFileName();
    if (name == null) {
      return List.of();
    }
    String stem = name.toString().endsWith(".svmi")
        ? name.toString().substring(0, name.toString().length() - ".svmi".length())
        : name.toString();
    Path dir = model.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    String prefix = stem + ".";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> {
      String n = f.getFileName().toString();
      return n.startsWith(prefix) && n.endsWith(TRANSLATION_EXTENSION)
          && n.length() > prefix.length() + TRANSLATION_EXTENSION.length();
    })) {
      for (Path f : files) {
        String middle = f.getFileName().toString();
        middle = middle.substring(stem.length() + 1, middle.length() - TRANSLATION_EXTENSION.length());
        if (!middle.isEmpty() && !middle.contains(".")) {
          found.add(model.resolveSibling(f.getFileName()));
        }
      }
    }
    found.sort(null);
    return found;
  }

  /** The extension of a translation file beside a model. */
  static final String TRANSLATION_EXTENSION = ".svmt";

  /** Reads one translation file into {@code into}; a result to return at once when it cannot be read. */
  private static Optional<ModelResult> readTranslation(Path file, CompileOptions options, List<SourceText> into)
      throws IOException {
    String name = file.toString();
    Optional<String> notAFile = SourceFiles.notAFile(file);
    if (notAFile.isPresent()) {
      return Optional.of(unreadable(name, "it is " + notAFile.get() + ", not a file"));
    }
    byte[] bytes;
    try (InputStream stream = Files.newInputStream(file)) {
      bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxInputBytes() + 1L));
    }
    if (bytes.length > options.maxInputBytes()) {
      return Optional.of(failure(Compiler.tooLarge(name, options), SourceText.of(name, "")));
    }
    try {
      into.add(Utf8.decode(name, bytes));
      return Optional.empty();
    } catch (Utf8.NotUtf8 e) {
      return Optional.of(failure(ImmutableList.of(e.diagnostic()), e.source()));
    }
  }

  private static ModelResult unreadable(String name, String reason) {
    return failure(
        ImmutableList.of(Diagnostic.of(DiagnosticCode.E0109, "cannot read '" + name + "': " + reason)),
        SourceText.of(name, ""));
  }

  private static ModelResult failure(ImmutableList<Diagnostic> diagnostics, SourceText source) {
    return new ModelResult(Optional.empty(), diagnostics, Optional.of(source));
  }
}
