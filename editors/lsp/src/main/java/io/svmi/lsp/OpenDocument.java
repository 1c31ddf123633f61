package io.svmi.lsp;

import com.google.common.collect.ImmutableList;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import java.net.URI;
import java.nio.file.Path;
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
    this.result = Svmi.compile(sourceName, text);
    this.diagnostics = ImmutableList.copyOf(DiagnosticsConversion.of(result, uri, lines));
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
