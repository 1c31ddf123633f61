package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code svmi batch} and {@code svmi diff} as a user runs them. */
class BatchCommandTest {
  private static final String MODEL = """
      model "Mini" version "1"
      levels {
        low  "Low"
        mid  "Mid"
        high "High"
      }
      dimension A "Alpha" {
        question A1 "First?" {
          option no  "No"  -> low
          option yes "Yes, we do" -> mid
          option all "All" -> high
          to mid  "Start A1."
          to high "Finish A1."
        }
      }
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path model;

  @BeforeEach
  void writeModel() throws IOException {
    model = write("mini.svmi", MODEL);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  @Test
  void jsonl_writesEachPlanInOrder_rejectsTheBadLine_andTallies() throws IOException {
    Path in = write("in.jsonl", "{\"subject\": \"one\", \"answers\": {\"A1\": \"no\"}}\n"
        + "{\"subject\": \"two\", \"answers\": {\"A1\": \"maybe\"}}\n"
        + "{\"subject\": \"three\", \"answers\": {\"A1\": \"all\"}}\n");
    Path out = dir.resolve("out.jsonl");
    Path rejects = dir.resolve("rejects.jsonl");
    Path summary = dir.resolve("summary.json");
    CliRun run = CliRun.of("batch", "--model", model.toString(), "--answers", in.toString(), "-o", out.toString(),
        "--rejects", rejects.toString(), "--summary", summary.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertTrue(run.err().endsWith("2 evaluated, 1 rejected\n"), run::toString);
    List<String> plans = Files.readAllLines(out, UTF_8);
    assertEquals("one", JSON.readTree(plans.get(0)).get("subject").asText());
    assertEquals("three", JSON.readTree(plans.get(1)).get("subject").asText());
    JsonNode reject = JSON.readTree(Files.readAllLines(rejects, UTF_8).get(0));
    assertEquals(in + ":2", reject.get("position").asText());
    assertTrue(reject.get("reason").asText().startsWith("E0402 at 1:"), reject::toString);
    JsonNode s = JSON.readTree(Files.readString(summary, UTF_8));
    assertEquals(2, s.get("assessments").asInt());
    assertEquals(1, s.get("dimensions").get(0).get("counts").get("high").asInt());
  }

  @Test
  void csvWithMapping_readsOptionTextsAndQuotedFields() throws IOException {
    Path csv = write("survey.csv", "Name,Q1,Aim\r\n\"Borough, of \"\"Test\"\"\",\"Yes, we do\",High\r\n"
        + "Other,no,\r\nBroken,sometimes,\r\n");
    Path mapping = write("mapping.txt", "# survey tool export\nsubject = Name\nanswer A1 = Q1\ntarget A = Aim\n");
    Path out = dir.resolve("out.csv");
    CliRun run = CliRun.of("batch", "--model", model.toString(), "--answers", csv.toString(), "--mapping",
        mapping.toString(), "--format", "csv", "-o", out.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertEquals(List.of("subject,A present,A target,overall present,overall target",
        "\"Borough, of \"\"Test\"\"\",mid,high,mid,high", "Other,low,low,low,low"), Files.readAllLines(out, UTF_8));
    assertTrue(run.err().contains("2 evaluated, 1 rejected"), run::toString);
    assertTrue(run.err().startsWith("svmi: " + csv + ":4: E0402"), "without --rejects, each is shown: " + run);
  }

  @Test
  void csvMapping_namingAMissingColumn_isBadInput() throws IOException {
    Path csv = write("survey.csv", "Name,Q1\nx,no\n");
    Path mapping = write("mapping.txt", "subject = Name\nanswer A1 = Question 1\n");
    CliRun run = CliRun.of("batch", "--model", model.toString(), "--answers", csv.toString(), "--mapping",
        mapping.toString(), "-o", dir.resolve("out").toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("no column 'Question 1'"), run::toString);
  }

  @Test
  void folder_isReadInNameOrder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("answers"));
    Files.writeString(folder.resolve("b.json"), "{\"subject\": \"b\", \"answers\": {\"A1\": \"no\"}}", UTF_8);
    Files.writeString(folder.resolve("a.json"), "{\"subject\": \"a\", \"answers\": {\"A1\": \"yes\"}}", UTF_8);
    Path out = dir.resolve("out.jsonl");
    CliRun run = CliRun.of("batch", "--model", model.toString(), "--answers", folder.toString(), "-o", out.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    List<String> plans = Files.readAllLines(out, UTF_8);
    assertEquals("a", JSON.readTree(plans.get(0)).get("subject").asText());
    assertEquals("b", JSON.readTree(plans.get(1)).get("subject").asText());
    assertEquals("2 evaluated, 0 rejected\n", run.err());
  }

  @Test
  void diff_showsTheProgress() throws IOException {
    Path old = write("2024.json", "{\"subject\": \"Team\", \"answers\": {\"A1\": \"no\"}}");
    Path now = write("2025.json", "{\"subject\": \"Team\", \"answers\": {\"A1\": \"yes\"}}");
    CliRun run = CliRun.of("diff", old.toString(), now.toString(), "--model", model.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertTrue(run.out().contains("Overall: Low -> Mid (up 1)"), run::toString);
    assertTrue(run.out().contains("Completed actions (1):\n  - A1 to Mid: Start A1."), run::toString);
  }

  @Test
  void aggregate_combinesTheTeams_withTheSpread() throws IOException {
    Path a = write("a.json", "{\"subject\": \"a\", \"answers\": {\"A1\": \"no\"}}");
    Path b = write("b.json", "{\"subject\": \"b\", \"answers\": {\"A1\": \"all\"}}");
    Path c = write("c.json", "{\"subject\": \"c\", \"answers\": {\"A1\": \"yes\"}}");
    CliRun run = CliRun.of("aggregate", "--model", model.toString(), "--rule", "lower-median",
        a.toString(), b.toString(), c.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertTrue(run.out().contains("A1        lower median       Mid           Low           High"), run::toString);
    CliRun json = CliRun.of("aggregate", "--model", model.toString(), "--format", "json", a.toString(), b.toString());
    JsonNode q = JSON.readTree(json.out()).get("questions").get(0);
    assertEquals("low", q.get("level").asText());
    assertEquals("high", q.get("highest").asText());
    assertEquals(Main.BAD_INPUT, CliRun.of("aggregate", "--rule", "best", a.toString()).status());
    CliRun html = CliRun.of("aggregate", "--model", model.toString(), "--format", "html", a.toString(), b.toString(),
        c.toString());
    assertEquals(Main.OK, html.status(), html::toString);
    assertTrue(html.out().startsWith("<!DOCTYPE html>"), html::toString);
    assertTrue(html.out().contains("<desc>A1: Low (lowest); the teams from Low to High.</desc>"), html::toString);
    assertEquals(Main.BAD_INPUT, CliRun.of("aggregate", "--format", "pdf", a.toString()).status());
  }
}
