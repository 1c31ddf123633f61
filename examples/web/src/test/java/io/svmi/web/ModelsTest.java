package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The models offered (bundled, --models, --samm), and an old assessment kept under the model text
 * it was taken under after that model changed.
 */
class ModelsTest {
  static final String OLD_ACTION = "Introduce the OLD programme of measurement.";

  /** The SAMM model folder of the reference files beside the clone, as the SAMM importer's tests find it. */
  static Optional<Path> sammFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path model = dir.resolve(Path.of("shared", "reference", "samm", "model"));
      if (Files.isDirectory(model)) {
        return Optional.of(model);
      }
    }
    return Optional.empty();
  }

  @Test
  void theModelsFolder_andSamm_areOfferedBesideTheBundledModels() throws Exception {
    Path models = Files.createTempDirectory("svmi-models");
    Files.writeString(models.resolve("tiny.svmi"), Files.readString(Path.of("examples/models/accessibility.svmi"), UTF_8)
        .replace("model \"Digital Accessibility\"", "model \"Tiny Extra\""), UTF_8);
    List<String> args = new java.util.ArrayList<>(List.of("--models", models.toString()));
    Path samm = sammFolder().orElseThrow(() -> new IllegalStateException("no shared/reference/samm/model above the clone"));
    args.addAll(List.of("--samm", samm.toString()));
    try (TestServer server = TestServer.start(args)) {
      long org = server.organisation("Walsall");
      Browser b = new Browser(server.base()).signIn("Walsall-assessor", TestServer.PASSWORD);
      String page = b.get("/organisations/" + org).body();
      for (String offered : List.of("Social Value Maturity Index (version 1.0)", "Digital Accessibility (version 1.0)",
          "Tiny Extra (version 1.0)", "OWASP SAMM (version 2.2)")) {
        assertTrue(page.contains(offered), offered + " in\n" + page);
      }
    }
  }

  @Test
  void anOldAssessment_keepsTheModelTextItWasTakenUnder_afterTheModelChanged() throws Exception {
    String current = Files.readString(Path.of("examples/models/svmi.svmi"), UTF_8);
    String old = current.replace("version \"1.0\"", "version \"0.9\"").replace(
        "Introduce a programme to start measuring Social Value in non-financial terms, against an approved set of TOMs.",
        OLD_ACTION);
    ModelResult compiled = Svmi.compile("svmi 0.9", old);
    assertFalse(compiled.hasErrors(), compiled.render());
    ModelCatalog.Entry oldEntry = new ModelCatalog.Entry(Accounts.sha256(old), old, compiled.orElseThrow());

    try (TestServer server = TestServer.h2()) {
      long org = server.organisation("Walsall Council");
      Account officer = server.app.accounts().check("Walsall Council-assessor", TestServer.PASSWORD).orElseThrow();
      Map<String, String> answers = new HashMap<>();
      Map<String, String> targets = new HashMap<>();
      JsonNode walsall = Walsall.json();
      walsall.get("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asText()));
      walsall.get("targets").fields().forEachRemaining(e -> targets.put(e.getKey(), e.getValue().asText()));
      Assessments store = new Assessments(server.app.database());
      long id = store.create(org, officer, oldEntry, "2024, under 0.9", Draft.EMPTY, "create");
      store.save(id, officer, new Draft(answers, Map.of(), targets, Optional.empty()), true);

      Browser b = new Browser(server.base()).signIn("Walsall Council-assessor", TestServer.PASSWORD);
      HttpResponse<String> page = b.get("/assessments/" + id);
      assertTrue(page.body().contains("Social Value Maturity Index, version 0.9"), page.body());
      assertTrue(page.body().contains("a different version is offered now"), page.body());
      String report = b.get("/assessments/" + id + "/report").body();
      assertTrue(report.contains(OLD_ACTION), "the plan is the one of the text it was taken under");
      assertTrue(report.contains("version 0.9"), report);

      long fresh = ReportTest.submitWalsall(b, org, "2026");
      String freshReport = b.get("/assessments/" + fresh + "/report").body();
      assertFalse(freshReport.contains(OLD_ACTION));
      assertEquals(200, b.get("/organisations/" + org + "/compare?from=" + id + "&to=" + fresh).statusCode(),
          "two versions of one model compare");
    }
  }
}
