package io.svmi.cli;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Language;
import io.svmi.MaturityModel;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the commands that show a model's texts: the model is shown in one
 * of the languages it declares (its default without the option). An unknown language is bad input
 * (E0420) naming the languages the model has.
 */
final class LanguageOption {
  @Option(names = "--lang", paramLabel = "LANG",
      description = "Show the model's texts in LANG, one of the languages it declares (languages { … }). Default: its own.")
  @Nullable String language;

  /** The model in the chosen language; the model itself without the option. */
  MaturityModel shown(MaturityModel model) throws InputException {
    return language == null ? model : shown(model, language);
  }

  static MaturityModel shown(MaturityModel model, String language) throws InputException {
    if (model.hasLanguage(language)) {
      return model.translated(language);
    }
    String has = model.languages().isEmpty()
        ? "it declares no languages, so its texts are shown only as written"
        : "its languages are " + model.languages().stream().map(Language::toString).collect(Collectors.joining(", "));
    throw new InputException(Diagnostic.of(DiagnosticCode.E0420,
            "the model '" + model.name() + "' has no language '" + language + "'")
        .withHint(has));
  }
}
