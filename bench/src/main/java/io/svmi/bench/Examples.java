package io.svmi.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The project's bundled files, packed into the benchmarks jar: the SVMI model
 * (examples/models/svmi.svmi) and Walsall Council's answers (examples/assessments/walsall.json).
 */
final class Examples {
  static final String SVMI = "examples/svmi.svmi";
  static final String WALSALL = "examples/walsall.json";

  private Examples() {}

  static String text(String resource) {
    try (InputStream in = Examples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MaturityModel svmi() {
    return Svmi.compileOrThrow("svmi.svmi", text(SVMI));
  }

  /** Reads the answers format (docs/answers-format.md) far enough for Walsall's file. */
  static Assessment walsall(MaturityModel model) {
    try {
      JsonNode root = new ObjectMapper().readTree(text(WALSALL));
      Assessment.Builder assessment = model.assessment().subject(root.path("subject").asText(""));
      for (Map.Entry<String, JsonNode> answer : root.path("answers").properties()) {
        assessment.answer(answer.getKey(), textual(answer.getValue()));
      }
      for (Map.Entry<String, JsonNode> target : root.path("targets").properties()) {
        assessment.target(target.getKey(), textual(target.getValue()));
      }
      if (root.has("overallTarget")) {
        assessment.overallTarget(textual(root.get("overallTarget")));
      }
      return assessment.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (AssessmentException e) {
      throw new IllegalStateException("Walsall's answers do not fit the SVMI model:\n" + e.getMessage(), e);
    }
  }

  private static String textual(JsonNode node) {
    checkArgument(node.isTextual(), "expected a string, found %s", node);
    return node.textValue();
  }
}
