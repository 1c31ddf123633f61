package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The valid models the evaluation tests use: the bundled SVMI model and small ones with other rules. */
final class FuzzModels {
  private FuzzModels() {}

  /** examples/models/svmi.svmi (the build sets svmi.root to the repository root). */
  static Path svmiFile() {
    return Path.of(System.getProperty("svmi.root", ".."), "examples", "models", "svmi.svmi");
  }

  static MaturityModel svmi() {
    return Svmi.compileOrThrow(svmiFile());
  }

  static ImmutableList<MaturityModel> all() {
    return ImmutableList.of(svmi(), resource("mixed.svmi"), resource("top.svmi"), resource("accessibility.svmi"));
  }

  static MaturityModel resource(String name) {
    try (InputStream in = FuzzModels.class.getResourceAsStream("models/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test model " + name);
      }
      return Svmi.compileOrThrow(name, new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
