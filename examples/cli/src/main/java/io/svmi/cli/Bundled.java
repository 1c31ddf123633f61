package io.svmi.cli;

import io.svmi.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The SVMI model and the Walsall Council assessment, copied into the jar from examples/models and
 * examples/assessments at build time.
 */
final class Bundled {
  static final String MODEL = "svmi.svmi";
  static final String ANSWERS = "walsall.json";

  private Bundled() {}

  static SourceText model() throws InputException {
    return read(MODEL);
  }

  static SourceText answers() throws InputException {
    return read(ANSWERS);
  }

  private static SourceText read(String name) throws InputException {
    try (InputStream in = Bundled.class.getResourceAsStream("bundled/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no bundled " + name + "; rebuild it with ./mvnw package");
      }
      return InputFiles.decode("bundled:" + name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
