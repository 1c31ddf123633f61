package io.svmi.cli;

import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.nio.file.Path;

/** Compiles rules files: a file the user names, or the SVMI model bundled in the jar. */
final class Models {
  private Models() {}

  static ModelResult compile(SourceText source) {
    return Svmi.compile(source.name(), source.text());
  }

  /** The model in a file, or its errors as bad input. */
  static MaturityModel load(Path path) throws InputException {
    return load(path, StandardInput.EMPTY);
  }

  static MaturityModel load(Path path, StandardInput stdin) throws InputException {
    return orBadInput(compile(InputFiles.read(path, InputFiles.MAX_MODEL_BYTES, stdin)));
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
