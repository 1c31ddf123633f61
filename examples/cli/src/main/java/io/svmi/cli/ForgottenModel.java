package io.svmi.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.report.Answers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers given without {@code --model} are read against the bundled SVMI model. When most of
 * their ids are unknown to it, the author most likely forgot {@code --model}: one diagnostic says
 * so, instead of a list of every id.
 */
final class ForgottenModel {
  private static final Set<DiagnosticCode> UNKNOWN_IDS = Set.of(DiagnosticCode.E0401, DiagnosticCode.E0403);
  private static final Set<String> ID_MAPS = Set.of("answers", "targets", "targetAnswers");

  private ForgottenModel() {}

  static Optional<Diagnostic> check(Path answers, List<Diagnostic> diagnostics) {
    long unknown = diagnostics.stream().filter(d -> UNKNOWN_IDS.contains(d.code())).count();
    if (unknown == 0) {
      return Optional.empty();
    }
    int ids = ids(answers);
    if (ids == 0 || unknown * 2 <= ids) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.of(DiagnosticCode.E0408,
            "'" + answers + "' does not answer the bundled SVMI model: " + unknown + " of its " + ids
                + " question and dimension ids are not in it")
        .withHint("did you forget --model?"));
  }

  /**
   * How many question and dimension ids the answers file gives: 0 when it is not readable JSON, or
   * not a regular file of at most {@link Answers#MAX_BYTES} (a pipe is read only once,
   * by the answers reader).
   */
  private static int ids(Path answers) {
    try {
      if (!Files.isRegularFile(answers) || Files.size(answers) > Answers.MAX_BYTES) {
        return 0;
      }
    } catch (IOException e) {
      return 0;
    }
    int count = 0;
    try (JsonParser p = new JsonFactory().createParser(answers.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (ID_MAPS.contains(key) && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            count++;
            p.nextToken();
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      return count;
    }
    return count;
  }
}
