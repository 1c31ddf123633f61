package io.svmi.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import java.io.IOException;
import java.util.Map;

/**
 * A minimal reader of the answers format (docs/answers-format.md), enough for these tests: the
 * command line has the full reader with its diagnostics.
 */
final class AnswersFile {
  static final ImmutableSet<String> KEYS = ImmutableSet.of("subject", "answers", "targets", "overallTarget");

  private AnswersFile() {}

  static Assessment read(MaturityModel model, String json) throws IOException, AssessmentException {
    JsonNode root = new ObjectMapper().readTree(json);
    checkArgument(root.isObject(), "an answers file is a JSON object");
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      checkArgument(KEYS.contains(field.getKey()), "unknown key '%s'", field.getKey());
    }
    Assessment.Builder assessment = model.assessment();
    if (root.has("subject")) {
      assessment.subject(text(root.get("subject"), "subject"));
    }
    for (Map.Entry<String, JsonNode> answer : root.path("answers").properties()) {
      assessment.answer(answer.getKey(), text(answer.getValue(), "answers." + answer.getKey()));
    }
    for (Map.Entry<String, JsonNode> target : root.path("targets").properties()) {
      assessment.target(target.getKey(), text(target.getValue(), "targets." + target.getKey()));
    }
    if (root.has("overallTarget")) {
      assessment.overallTarget(text(root.get("overallTarget"), "overallTarget"));
    }
    return assessment.build();
  }

  private static String text(JsonNode node, String key) {
    checkArgument(node.isTextual(), "'%s' must be a string", key);
    return node.textValue();
  }
}
