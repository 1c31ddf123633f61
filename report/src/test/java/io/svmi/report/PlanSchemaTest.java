package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON plans (both golden files) follow docs/plan.schema.json exactly, and every level they
 * name is one of their levels. A small validator for the keywords that schema uses: type, const,
 * required, properties, additionalProperties: false, items, $ref into $defs.
 */
class PlanSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonPlans_followThePublishedSchema() throws IOException {
    JsonNode schema = JSON.readTree(Files.readString(Path.of("docs/plan.schema.json")));
    for (String golden : List.of("walsall-plan.json", "tiny-plan.json", "scored-plan.json")) {
      JsonNode plan = JSON.readTree(Files.readString(Golden.DIR.resolve(golden)));
      List<String> problems = new ArrayList<>();
      validate(schema, schema, plan, "$", problems);
      assertEquals(List.of(), problems, golden);
      assertLevelsResolve(plan, golden);
    }
  }

  /** A plan whose assessment gives target answers names them ("targetAnswer") within the schema. */
  @Test
  void planWithTargetAnswers_followsThePublishedSchema() throws Exception {
    MaturityModel model = Svmi.compileOrThrow(ReportTest.SCORED_MODEL);
    String answers = Files.readString(ReportTest.SCORED_ANSWERS)
        .replace("\"targets\": { \"SM\": \"l2\" }", "\"targets\": { \"SM\": \"l2\" }, \"targetAnswers\": { \"G-SM-2-B\": \"half\" }");
    Evaluation e = model.evaluate(Answers.read(model, SourceText.of("aims.json", answers)));
    JsonNode plan = JSON.readTree(Report.of(e).render(PlanFormat.JSON));
    JsonNode schema = JSON.readTree(Files.readString(Path.of("docs/plan.schema.json")));
    List<String> problems = new ArrayList<>();
    validate(schema, schema, plan, "$", problems);
    assertEquals(List.of(), problems);
    assertTrue(plan.toString().contains("\"id\":\"G-SM-2-B\",\"text\""), plan::toString);
    assertTrue(plan.toString().contains("\"answer\":\"no\",\"targetAnswer\":\"half\""), plan::toString);
  }

  @Test
  void validator_rejectsAnUnknownFieldAndAWrongType() throws IOException {
    JsonNode schema = JSON.readTree(Files.readString(Path.of("docs/plan.schema.json")));
    JsonNode plan = JSON.readTree(Files.readString(Golden.DIR.resolve("tiny-plan.json")));
    ((ObjectNode) plan).put("extra", 1);
    ((ObjectNode) plan).put("subject", 3);
    List<String> problems = new ArrayList<>();
    validate(schema, schema, plan, "$", problems);
    assertEquals(List.of("$.subject: expected \"string\", found number", "$: unknown field 'extra'"), problems);
  }

  private static void assertLevelsResolve(JsonNode plan, String golden) {
    Set<String> levels = new HashSet<>();
    plan.get("levels").forEach(l -> levels.add(l.get("id").asText()));
    List<JsonNode> named = new ArrayList<>();
    named.add(plan.get("overall").get("present"));
    named.add(plan.get("overall").get("target"));
    for (JsonNode d : plan.get("dimensions")) {
      named.add(d.get("present"));
      named.add(d.get("target"));
      d.get("questions").forEach(q -> named.add(q.get("level")));
    }
    plan.get("actions").forEach(a -> named.add(a.get("level")));
    for (JsonNode level : named) {
      assertTrue(level.isNull() || levels.contains(level.asText()), golden + ": unknown level " + level);
    }
  }

  static void validate(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      schema = root.at(ref.substring(1));
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(at + ": expected " + schema.get("const") + ", found " + value);
    }
    if (schema.has("type")) {
      JsonNode type = schema.get("type");
      List<String> allowed = new ArrayList<>();
      if (type.isArray()) {
        type.forEach(t -> allowed.add(t.asText()));
      } else {
        allowed.add(type.asText());
      }
      if (!allowed.contains(typeOf(value))) {
        problems.add(at + ": expected " + type + ", found " + typeOf(value).replace("integer", "number"));
        return;
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          problems.add(at + ": missing '" + required.asText() + "'");
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (properties.has(field.getKey())) {
          validate(root, properties.get(field.getKey()), field.getValue(), at + "." + field.getKey(), problems);
        } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
          problems.add(at + ": unknown field '" + field.getKey() + "'");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(root, schema.get("items"), value.get(i), at + "[" + i + "]", problems);
      }
    }
  }

  private static String typeOf(JsonNode value) {
    switch (value.getNodeType()) {
      case OBJECT:
        return "object";
      case ARRAY:
        return "array";
      case STRING:
        return "string";
      case BOOLEAN:
        return "boolean";
      case NULL:
        return "null";
      case NUMBER:
        return value.isIntegralNumber() ? "integer" : "number";
      default:
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
