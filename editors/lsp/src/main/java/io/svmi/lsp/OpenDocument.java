package io.svmi.lsp;

import com.google.common.collect.ImmutableList;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import io.svmi.dsl.CompileOptions;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * One open rules file at one version: its text, what the compiler says of it (computed at once,
 * for the diagnostics) and its {@link SyntaxIndex} (built on the first request that needs it).
 * Immutable but for that lazily built index; a new version is a new document.
 */
final class OpenDocument {
  private final String uri;
  private final String sourceName;
  private final int version;
  private final LineMap lines;
  private final ModelResult result;
  private final ImmutableList<Diagnostic> diagnostics;
  private volatile @Nullable SyntaxIndex index;

  OpenDocument(String uri, int version, String text) {
    this.uri = uri;
    this.sourceName = sourceName(uri);
    this.version = version;
    this.lines = new LineMap(text);
    this.result = compile(sourceName, text);
    this.diagnostics = ImmutableList.copyOf(DiagnosticsConversion.of(result, uri, lines));
  }

  /**
   * What the compiler says of this document: a model with the translation files beside it on disk
   * (as {@code svmi check} reads it); a translation file ({@code .svmt}) with the model it
   * translates and that model's other translation files, whose problems belong to them. Only the
   * diagnostics of this document are kept; without a file on disk, the text alone.
   */
  static ModelResult compile(String sourceName, String text) {
    boolean translationFile = sourceName.endsWith(".svmt");
    // Only a model that declares languages can have translation files: others are not looked for.
    if (!sourceName.startsWith("/") && !sourceName.matches("^[A-Za-z]:.*")
        || !translationFile && !text.contains("languages")) {
      return Svmi.compile(sourceName, text);
    }
    Path path = Path.of(sourceName);
    try {
      if (translationFile) {
        String name = path.getFileName().toString();
        String stem = name.substring(0, name.length() - ".svmt".length());
        int dot = stem.lastIndexOf('.');
        Path model = dot <= 0 ? null : path.resolveSibling(stem.substring(0, dot) + ".svmi");
        if (model == null || !Files.isRegularFile(model) || Files.size(model) > CompileOptions.defaults().maxInputBytes()) {
          return new ModelResult(java.util.Optional.empty(), ImmutableList.of(io.svmi.Diagnostic.of(
                  io.svmi.DiagnosticCode.E0109, "cannot read the model this translation file translates: there is no file "
                      + (model == null ? "named <model>.svmi" : "'" + model + "'") + " beside it")
              .withHint("a translation file is named after its model and a language: accessibility.cy.svmt")),
              java.util.Optional.of(SourceText.of(sourceName, text)));
        }
        List<SourceText> translations = new ArrayList<>();
        for (Path t : Svmi.translationFiles(model)) {
          translations.add(t.equals(path) ? SourceText.of(sourceName, text) : read(t));
        }
        return only(sourceName, Svmi.compile(read(model), translations, CompileOptions.defaults()));
      }
      List<SourceText> translations = new ArrayList<>();
      for (Path t : Svmi.translationFiles(path)) {
        translations.add(read(t));
      }
      return only(sourceName, Svmi.compile(SourceText.of(sourceName, text), translations, CompileOptions.defaults()));
    } catch (IOException | RuntimeException e) {
      return Svmi.compile(sourceName, text);
    }
  }

  private static SourceText read(Path file) throws IOException {
    if (Files.size(file) > CompileOptions.defaults().maxInputBytes()) {
      throw new IOException("too large: " + file);
    }
    return SourceText.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The result with only the diagnostics of one file (and those with no place). */
  private static ModelResult only(String sourceName, ModelResult r) {
    return new ModelResult(r.model(), r.diagnostics().stream()
        .filter(d -> d.span().map(s -> s.source().equals(sourceName)).orElse(true))
        .collect(ImmutableList.toImmutableList()), r.source());
  }

  String uri() {
    return uri;
  }

  String sourceName() {
    return sourceName;
  }

  int version() {
    return version;
  }

  String text() {
    return lines.text();
  }

  LineMap lines() {
    return lines;
  }

  ModelResult result() {
    return result;
  }

  /** The compiler's diagnostics in the protocol's form. */
  ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  SyntaxIndex index() {
    SyntaxIndex i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = SyntaxIndex.of(lines.text());
          index = i;
        }
      }
    }
    return i;
  }

  /** The file's path for a file URI (as {@code svmi check} would name it), else the URI. */
  static String sourceName(String uri) {
    try {
      URI u = URI.create(uri);
      if ("file".equals(u.getScheme())) {
        return Path.of(u).toString();
      }
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      // Not a URI Java can turn into a path: name the file by its URI.
    }
    return uri;
  }
}
