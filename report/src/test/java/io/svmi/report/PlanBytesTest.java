package io.svmi.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Dimension;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Question;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The batch's fast writer and reader against the reference ones: {@link PlanBytes} writes the
 * bytes {@link JsonPlanRenderer} writes, {@link JsonBytes} escapes every string as Jackson does,
 * and {@link AnswersLine} reads what {@link AnswersReader} reads or leaves the line to it. Over
 * generated models and assessments: {@code BatchBytesPropertiesTest} in the testkit.
 */
class PlanBytesTest {
  /** The reference: the plan JSON renderer over the compact generator a batch used. */
  static String reference(Evaluation e) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.compactGenerator(out)) {
      JsonPlanRenderer.write(g, e);
    }
    return out.toString(UTF_8);
  }

  static String fast(PlanBytes plan, Evaluation e) {
    JsonBytes out = new JsonBytes(16);
    plan.write(e, out);
    return new String(out.copy(0), UTF_8);
  }

  /** Random complete assessments of a model: any option of each question, any target half of the time. */
  static List<Assessment> random(MaturityModel model, int count, long seed) throws AssessmentException {
    Random random = new Random(seed);
    List<Level> levels = model.scale().levels();
    List<Assessment> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Assessment.Builder b = model.assessment().subject("s" + i);
      for (Dimension d : model.dimensions().values()) {
        for (Question q : d.questions().values()) {
          List<String> options = List.copyOf(q.options().keySet());
          b.answer(q.id(), options.get(random.nextInt(options.size())));
        }
        if (random.nextBoolean()) {
          b.target(d.id(), levels.get(random.nextInt(levels.size())).id());
        }
      }
      all.add(b.build());
    }
    return all;
  }

  @Test
  void plan_isTheRenderersBytes_forWalsallTheScoredModelAndTheSampleModel() throws Exception {
    List<Evaluation> evaluations = new ArrayList<>();
    evaluations.add(ReportTest.walsall());
    evaluations.add(ReportTest.evaluate(ReportTest.SCORED_MODEL, ReportTest.SCORED_ANSWERS));
    evaluations.add(SampleModel.evaluation());
    for (MaturityModel m : List.of(
        Svmi.compileOrThrow(ReportTest.WALSALL_MODEL), Svmi.compileOrThrow(ReportTest.SCORED_MODEL), SampleModel.model(),
        SampleModel.noOverallLevel())) {
      for (Assessment a : random(m, 300, 16)) {
        evaluations.add(m.evaluate(a));
      }
    }
    assertEachIsTheRenderersBytes(evaluations);
  }

  /**
   * Each evaluation's plan through a {@code PlanBytes} of its model (one per run of evaluations of
   * the same model), twice: the second time from what the first one kept.
   */
  private static void assertEachIsTheRenderersBytes(List<Evaluation> evaluations) throws IOException {
    PlanBytes plan = null;
    MaturityModel last = null;
    for (Evaluation e : evaluations) {
      if (e.model() != last) {
        last = e.model();
        plan = new PlanBytes(last);
      }
      assertEquals(reference(e), fast(plan, e));
      assertEquals(reference(e), fast(plan, e));
    }
  }

  /**
   * A score-based dimension of 40 questions: its results cannot be numbered within a long (the
   * cache key of its fields), so each record's fields are its own: two records that differ only in
   * the first question's answer are written with their own scores, under a filler answer whose
   * overflowed key would be negative (never kept) and one whose key would not.
   */
  @Test
  void plan_ofADimensionTooLargeToNumber_isTheRenderersBytes() throws Exception {
    StringBuilder text = new StringBuilder("model \"Wide\"\nlevels {\n  l0 \"L0\" from 0\n  l1 \"L1\" from 0.5\n"
        + "  l2 \"L2\" from 1\n}\nrules {\n  dimension level = mean of questions\n}\ndimension W \"Wide\" {\n");
    for (int i = 1; i <= 40; i++) {
      text.append("  question W").append(i).append(" \"Q").append(i).append("?\" at l1 {\n")
          .append("    option no \"No\" -> 0\n    option half \"Half\" -> 0.5\n    option full \"Full\" -> 1\n")
          .append("    to l1 \"Do W").append(i).append(".\"\n  }\n");
    }
    MaturityModel wide = Svmi.compileOrThrow("wide.svmi", text.append("}\n").toString());
    List<Evaluation> evaluations = new ArrayList<>();
    // Under each filler, the records differ only in W1's answer, so in their scores; numbered in a
    // long, the 40 questions would overflow it and leave only the last 16 questions' answers (as
    // 4 x 4 choices each, 64 bits): two records would share a key, whose sign is the 25th question's.
    for (String filler : List.of("half", "no")) {
      for (String first : List.of("half", "full", "no", "half")) {
        Assessment.Builder b = wide.assessment().subject(first);
        for (int i = 1; i <= 40; i++) {
          b.answer("W" + i, i == 1 ? first : filler);
        }
        evaluations.add(wide.evaluate(b.build()));
      }
    }
    for (Assessment a : random(wide, 50, 7)) {
      evaluations.add(wide.evaluate(a));
    }
    PlanBytes plan = new PlanBytes(wide);
    for (Evaluation e : evaluations) {
      assertEquals(reference(e), fast(plan, e));
      assertEquals(reference(e), fast(plan, e));
    }
  }

  @Property(tries = 300)
  void string_isEscapedAsJacksonEscapesIt(@ForAll String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.compactGenerator(out)) {
      g.writeString(s);
    }
    assertEquals(out.toString(UTF_8), new String(new JsonBytes(4).string(s).copy(0), UTF_8));
  }

  /**
   * What the random assessments above leave out: unanswered questions (counted at the lowest level)
   * beside answered ones, target answers, and a target profile; the plan and the answers written
   * back are the reference writers' bytes.
   */
  @Test
  void plan_andAnswers_withUnansweredQuestionsTargetAnswersAndAProfile_areTheReferenceBytes() throws Exception {
    MaturityModel scored = Svmi.compileOrThrow("scored.svmi", java.nio.file.Files.readString(ReportTest.SCORED_MODEL)
        .replace("unanswered      = error", "unanswered      = l0"));
    MaturityModel profiled = Svmi.compileOrThrow("profiled.svmi", """
        model "Profiled"
        levels {
          low  "Low"
          high "High"
        }
        dimension A "Area" {
          question A1 "Q" {
            option l "L" -> low
            option h "H" -> high
            to high "Reach high."
          }
        }
        profile baseline "Baseline" {
          target A = high
        }
        """);
    Random random = new Random(11);
    List<Evaluation> evaluations = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Assessment.Builder b = scored.assessment().subject("s" + i);
      for (Question q : scored.questions().values()) {
        List<String> options = List.copyOf(q.options().keySet());
        int pick = random.nextInt(options.size() + 1);
        if (pick < options.size()) {
          b.answer(q.id(), options.get(pick));
        }
        if (random.nextInt(4) == 0) {
          b.targetAnswer(q.id(), options.get(random.nextInt(options.size())));
        }
      }
      evaluations.add(scored.evaluate(b.build()));
    }
    evaluations.add(profiled.evaluate(profiled.assessment().subject("p").profile("baseline").answer("A1", "l").build()));
    assertEachIsTheRenderersBytes(evaluations);
    for (Evaluation e : evaluations) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = Json.compactGenerator(out)) {
        AnswersWriter.write(e.assessment(), g);
      }
      JsonBytes answers = new JsonBytes(16);
      PlanBytes.writeAnswers(e.assessment(), answers);
      assertEquals(out.toString(UTF_8), new String(answers.copy(0), UTF_8));
    }
  }

  /**
   * Strings that outgrow a fresh buffer through their escapes: control characters (six bytes each
   * for one character), a string whose last escape fills the buffer exactly before the quote, and
   * plain characters after escapes that filled it.
   */
  @Test
  void string_whoseEscapesOutgrowTheBuffer_isEscapedAsJacksonEscapesIt() throws IOException {
    for (String s : List.of("\u0001".repeat(100), "a\u0001\u0002\u0003\u0004\u0005", "\u20ac\u20ac\u20ac\ud800",
        "\u00e9\u0001\u0002\u0003\u0004\u0005\u0006", "\u0001\u0002\u0003" + "a".repeat(40))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = Json.compactGenerator(out)) {
        g.writeString(s);
      }
      assertEquals(out.toString(UTF_8), new String(new JsonBytes(16).string(s).copy(0), UTF_8));
    }
  }

  @Test
  void string_everyCharacterOfTheBasicPlane_isEscapedAsJacksonEscapesIt() throws IOException {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      all.append(c).append('a');
    }
    all.append("\ud83d\ude00\uffff");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.compactGenerator(out)) {
      g.writeString(all.toString());
    }
    String expected = out.toString(UTF_8);
    String actual = new String(new JsonBytes(4).string(all.toString()).copy(0), UTF_8);
    int at = 0;
    while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 10);
    assertEquals(expected.substring(from, Math.min(expected.length(), at + 10)),
        actual.substring(from, Math.min(actual.length(), at + 10)), "at " + at);
    assertEquals(expected.length(), actual.length());
  }

  @Test
  void answers_asWritten_areTheAnswersWritersBytes() throws Exception {
    MaturityModel m = Svmi.compileOrThrow(ReportTest.WALSALL_MODEL);
    for (Assessment a : random(m, 100, 3)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = Json.compactGenerator(out)) {
        AnswersWriter.write(a, g);
      }
      JsonBytes fast = new JsonBytes(16);
      PlanBytes.writeAnswers(a, fast);
      assertEquals(out.toString(UTF_8), new String(fast.copy(0), UTF_8));
    }
  }

  @Test
  void answersLine_readsWhatTheReaderReads_orLeavesTheLineToIt() throws Exception {
    MaturityModel m = Svmi.compileOrThrow(ReportTest.WALSALL_MODEL);
    AnswersLine fast = new AnswersLine(m);
    String walsall = java.nio.file.Files.readString(ReportTest.WALSALL_ANSWERS);
    List<String> lines = new ArrayList<>(List.of(walsall, walsall.replace("\n", " "), walsall.replace("Walsall", "Wälsall"),
        walsall.replaceFirst("\\{", "{\"targetAnswers\": {}, "),
        walsall.replaceFirst("\\{", "{\"overallTarget\": \"mature\", ")));
    for (Assessment a : random(m, 50, 5)) {
      JsonBytes b = new JsonBytes(16);
      PlanBytes.writeAnswers(a, b);
      lines.add(new String(b.copy(0), UTF_8));
    }
    // The answers in reverse order: each looked up without the model's order to guess from.
    List<java.util.Map.Entry<String, String>> reversed = new ArrayList<>(random(m, 1, 9).get(0).answers().entrySet());
    java.util.Collections.reverse(reversed);
    lines.add(reversed.stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
        .collect(java.util.stream.Collectors.joining(", ", "{\"answers\": {", "}}")));
    for (String line : lines) {
      byte[] bytes = line.getBytes(UTF_8);
      Assessment read = fast.read(bytes, 0, bytes.length);
      assertNotNull(read, line);
      assertEquals(Answers.read(m, SourceText.of("x", line)), read);
    }
    // What the fast reader leaves to the reader: an escape, a repeated or unknown key, a number,
    // invalid JSON, a missing answer, an unknown option, more after the object.
    String good = lines.get(1);
    for (String bad : List.of(
        good.replace("Walsall", "Wals\\u0061ll"),
        good.replace("{", "{\"subject\": \"x\", "),
        good.replace("{", "{\"extra\": \"x\", "),
        good.replace("\"works\"", "1"),
        good.substring(0, good.length() - 3),
        "{\"subject\": \"x\"}",
        good.replace("\"works\"", "\"wrks\""),
        good.replaceFirst("\"works\",", "\"works\""),
        good.replaceFirst("\\{", "{\"targets\": \"all\", "),
        good.replaceFirst("\\{", "{\"overallTarget\": \"top\", "),
        good.replaceFirst("\"A\": \"leader\"", "\"A\": \"top\""),
        "{\"subject\": 1}",
        "{\"subject\": \"x",
        "{\"subj",
        "{}",
        good + " {}",
        "",
        "[]")) {
      byte[] bytes = bad.getBytes(UTF_8);
      assertNull(fast.read(bytes, 0, bytes.length), bad);
    }
  }
}
