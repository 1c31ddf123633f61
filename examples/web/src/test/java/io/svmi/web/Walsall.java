package io.svmi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walsall Council's answers (examples/assessments/walsall.json) as the assessment form's fields. */
final class Walsall {
  static final Path FILE = Path.of("examples/assessments/walsall.json");

  private Walsall() {}

  static JsonNode json() {
    try {
      return new ObjectMapper().readTree(FILE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields: every answer, every dimension target. */
  static List<Map.Entry<String, String>> fields() {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    json().get("answers").fields().forEachRemaining(e -> fields.add(Map.entry("answer." + e.getKey(), e.getValue().asText())));
    json().get("targets").fields().forEachRemaining(e -> fields.add(Map.entry("target." + e.getKey(), e.getValue().asText())));
    return fields;
  }
}
