package io.svmi.cli;

import io.svmi.MaturityModel;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --model} option of the commands that evaluate many answers files against one model. */
final class ModelOption {
  @Option(names = "--model", paramLabel = "FILE", description = "The rules file (.svmi). Default: the bundled SVMI model.")
  @Nullable Path model;

  @Mixin LanguageOption lang;

  /** The model in the file, or the bundled SVMI model without the option, in the {@code --lang} language. */
  MaturityModel load() throws InputException {
    Path file = model;
    return lang.shown(file == null ? Models.bundled() : Models.load(file));
  }
}
