package io.svmi.cli;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import io.svmi.dsl.CompileOptions;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compiles rules files: a file the user names, or the SVMI model bundled in the jar. */
final class Models {
  private Models() {}

  static ModelResult compile(SourceText source) {
    return Svmi.compile(source.name(), source.text());
  }

  /**
   * A rules file read from {@code path}, compiled with the translation files beside it (none for
   * standard input), and every text read, to show diagnostics with their source lines.
   */
  record Compiled(ModelResult result, List<SourceText> sources) {
    /** The text a diagnostic points into, or the model's. */
    SourceText sourceOf(Diagnostic d) {
      return d.span().flatMap(span -> sources.stream().filter(s -> s.name().equals(span.source())).findFirst())
          .orElse(result.source().orElse(sources.get(0)));
    }
  }

  static Compiled compile(SourceText source, Path path) throws InputException {
    List<SourceText> sources = new ArrayList<>();
    sources.add(source);
    if (!StandardInput.names(path)) {
      try {
        for (Path file : Svmi.translationFiles(path)) {
          sources.add(InputFiles.read(file, InputFiles.MAX_MODEL_BYTES));
        }
      } catch (IOException e) {
        throw new InputException(Diagnostic.of(DiagnosticCode.E0109,
            "cannot look for the translation files beside '" + path + "': " + IoProblems.reason(e)));
      }
    }
    ModelResult result = Svmi.compile(source, sources.subList(1, sources.size()), CompileOptions.defaults());
    return new Compiled(result, List.copyOf(sources));
  }

  /** The model in a file (with its translation files), or its errors as bad input. */
  static MaturityModel load(Path path) throws InputException {
    return load(path, StandardInput.EMPTY);
  }

  static MaturityModel load(Path path, StandardInput stdin) throws InputException {
    return orBadInput(compile(InputFiles.read(path, InputFiles.MAX_MODEL_BYTES, stdin), path).result());
  }

  /** The bundled SVMI model (examples/models/svmi.svmi). */
  static MaturityModel bundled() throws InputException {
    return orBadInput(compile(Bundled.model()));
  }

  private static MaturityModel orBadInput(ModelResult result) throws InputException {
    if (result.model().isPresent()) {
      return result.model().get();
    }
    throw new InputException(result.errors(), result.source());
  }
}
