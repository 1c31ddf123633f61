package io.svmi.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/modelling.md quotes the shipped models' rules blocks as they are. */
class ModellingDocTest {
  private static final Pattern RULES = Pattern.compile("```text\\n(rules \\{\\n.*?\\n\\})\\n", Pattern.DOTALL);

  @Test
  void everyQuotedRulesBlock_isAShippedModelsOwn() throws IOException {
    String doc = Files.readString(Path.of("../../docs/modelling.md"), UTF_8);
    String svmi = Files.readString(Path.of("svmi.svmi"), UTF_8);
    String staged = Files.readString(Path.of("accessibility-staged.svmi"), UTF_8);
    String bsimm = Files.readString(Path.of("bsimm.svmi"), UTF_8);
    String caf = Files.readString(Path.of("caf.svmi"), UTF_8);
    Matcher m = RULES.matcher(doc);
    int found = 0;
    while (m.find()) {
      found++;
      String block = m.group(1);
      assertTrue(svmi.contains(block) || staged.contains(block) || bsimm.contains(block) || caf.contains(block), block);
    }
    assertTrue(found >= 4, "the SVMI, staged, high-water and CAF rules blocks are quoted");
  }
}
