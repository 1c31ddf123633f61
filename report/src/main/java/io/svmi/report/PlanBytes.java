package io.svmi.report;

import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.Combination;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.GroupResult;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.QuestionResult;
import io.svmi.Score;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan JSON of docs/plan.schema.json, compact, written straight into bytes for a batch: the
 * same bytes as {@link JsonPlanRenderer} over a compact generator (a test holds them equal over
 * generated models and assessments), several times faster. A batch writes the same model's texts
 * for every record, so what depends on the model alone (its name, levels, each dimension's id and
 * name) is encoded once, and what depends on a few values of a record is encoded once per value
 * and kept: a question's part by its option and level, a dimension's own fields by its questions'
 * options and levels, an action by the action. Only the subject and the overall explanations are
 * encoded for each record.
 *
 * <p>One per model; thread-safe (its caches are concurrent and bounded).
 */
final class PlanBytes {
  /** The most entries kept for one dimension's fields, and for actions: memory stays bounded. */
  private static final int MAX_CACHED = 4096;
  /** The most explanations kept for a plain dimension (by its present level and its questions' levels). */
  private static final int MAX_EXPLAINED = 1 << 16;

  private final boolean scored;
  private final boolean hasOverall;
  /** {@code {"schemaVersion":1,"model":{...},"subject":} */
  private final byte[] head;
  /** {@code ,"levels":[...]} */
  private final byte[] levels;
  private final Dimension[] dimensions;
  /** Each dimension's questions, in model order. */
  private final Question[][] questions;
  /** Each question's options, in model order (by dimension, then question). */
  private final Option[][][] options;
  private final int levelCount;
  /** Per dimension: the radix of its cache key, or 0 when the key would not fit in a long. */
  private final boolean[] keyed;
  private final Map<Long, byte[]>[] dimensionParts;
  /**
   * Per dimension, true when its explanations depend on its questions' levels alone, not on their
   * options (no values, no thresholds): then its fields are written from parts kept by level.
   */
  private final boolean[] plain;
  private final Combination[] combinations;
  /** Per plain dimension: {@code {"id":..,"name":..,"present":}. */
  private final byte[][] dimensionHeads;
  /** Per plain dimension: {@code ,"combination":"..","explanation":}. */
  private final byte[][] dimensionCombinations;
  /** Per plain dimension: its explanation (a JSON string) by its present level and its questions' levels; null when too many. */
  private final byte[][][] explanations;
  /** Per plain dimension: its target explanation (a JSON string) by target, given or not, and present level or not. */
  private final byte[][][] targetExplanations;
  /** Each level's id as a JSON string by rank + 1, and null first. */
  private final byte[][] levelIds;
  /** What is kept of actions, by identity. */
  private final ActionPart[] actionParts = new ActionPart[MAX_CACHED];
  /** Per dimension and question: the parts of its object by option and level, made when first met. */
  private final QuestionPart[][][] questionParts;

  private record ActionPart(Action action, byte[] bytes) {}

  /** A question's object without its target answer: before it, and from "level" on. */
  private record QuestionPart(Question question, Optional<Option> answer, Optional<Level> level, byte[] head, byte[] tail) {}

  @SuppressWarnings("unchecked")
  PlanBytes(MaturityModel model) {
    this.scored = model.isScoreBased();
    this.hasOverall = model.rules().hasOverallLevel();
    JsonBytes b = new JsonBytes(256);
    b.ascii("{\"schemaVersion\":").number(JsonPlanRenderer.SCHEMA_VERSION).ascii(",\"model\":{")
        .field("name", model.name()).raw(',').field("version", model.version()).ascii("},\"subject\":");
    this.head = b.copy(0);
    b.clear();
    b.ascii(",\"levels\":[");
    String sep = "";
    for (Level level : model.scale().levels()) {
      b.ascii(sep).raw('{').field("id", level.id()).raw(',').field("name", level.name()).raw(',')
          .key("rank").number(level.rank());
      if (level.threshold().isPresent()) {
        b.raw(',').field("from", level.threshold().get().toPlainString());
      }
      b.raw('}');
      sep = ",";
    }
    this.levels = b.raw(']').copy(0);
    this.levelCount = model.scale().levels().size();
    this.dimensions = model.dimensions().values().toArray(Dimension[]::new);
    this.questions = new Question[dimensions.length][];
    this.options = new Option[dimensions.length][][];
    this.keyed = new boolean[dimensions.length];
    this.dimensionParts = new Map[dimensions.length];
    this.questionParts = new QuestionPart[dimensions.length][][];
    this.plain = new boolean[dimensions.length];
    this.combinations = new Combination[dimensions.length];
    this.dimensionHeads = new byte[dimensions.length][];
    this.dimensionCombinations = new byte[dimensions.length][];
    this.explanations = new byte[dimensions.length][][];
    this.targetExplanations = new byte[dimensions.length][][];
    this.levelIds = new byte[levelCount + 1][];
    levelIds[0] = "null".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    boolean thresholds = false;
    for (Level level : model.scale().levels()) {
      levelIds[level.rank() + 1] = new JsonBytes(16).string(level.id()).copy(0);
      thresholds |= level.threshold().isPresent();
    }
    for (int d = 0; d < dimensions.length; d++) {
      questions[d] = dimensions[d].questions().values().toArray(Question[]::new);
      options[d] = new Option[questions[d].length][];
      questionParts[d] = new QuestionPart[questions[d].length][];
      double bits = Math.log(levelCount + 1) * 2 + Math.log(8) + Math.log(Combination.values().length);
      for (int q = 0; q < questions[d].length; q++) {
        options[d][q] = questions[d][q].options().values().toArray(Option[]::new);
        bits += Math.log(options[d][q].length + 1) + Math.log(levelCount + 1);
      }
      keyed[d] = bits / Math.log(2) < 62;
      dimensionParts[d] = new ConcurrentHashMap<>();
      combinations[d] = model.combinationOf(dimensions[d]);
      plain[d] = !scored && !thresholds && !combinations[d].needsThresholds()
          && java.util.Arrays.stream(questions[d]).noneMatch(Question::isValued);
      if (plain[d]) {
        b.clear();
        dimensionHeads[d] = b.raw('{').field("id", dimensions[d].id()).raw(',').field("name", dimensions[d].name())
            .ascii(",\"present\":").copy(0);
        b.clear();
        dimensionCombinations[d] = b.raw(',').field("combination", combinations[d].words()).ascii(",\"explanation\":")
            .copy(0);
        double size = Math.pow(levelCount + 1, questions[d].length + 1);
        explanations[d] = size <= MAX_EXPLAINED ? new byte[(int) size][] : null;
        targetExplanations[d] = new byte[(levelCount + 1) * 4][];
      }
    }
  }

  /** Appends the plan JSON of the evaluation (of this writer's model), on one line, without a line break. */
  void write(Evaluation e, JsonBytes out) {
    out.raw(head).string(e.subject());
    e.assessment().profile().ifPresent(p ->
        out.ascii(",\"profile\":{").field("id", p.id()).raw(',').field("name", p.name()).raw('}'));
    out.raw(levels);
    if (hasOverall) {
      overall(e, out);
    }
    if (!e.groups().isEmpty()) {
      out.ascii(",\"groups\":[");
      String sep = "";
      for (GroupResult g : e.groups()) {
        out.ascii(sep);
        group(g, out);
        sep = ",";
      }
      out.raw(']');
    }
    out.ascii(",\"dimensions\":[");
    Assessment assessment = e.assessment();
    Map<String, String> aims = assessment.targetAnswers();
    int d = 0;
    for (DimensionResult r : e.dimensions()) {
      if (d > 0) {
        out.raw(',');
      }
      dimension(d, r, aims, out);
      d++;
    }
    out.ascii("],\"actions\":[");
    String sep = "";
    for (Action a : e.plan().actions()) {
      out.ascii(sep).raw(action(a));
      sep = ",";
    }
    out.ascii("]}");
  }

  /** Appends the answers object of the assessment, on one line: what {@link AnswersWriter} writes. */
  static void writeAnswers(Assessment a, JsonBytes out) {
    out.raw('{').field("subject", a.subject());
    a.profile().ifPresent(p -> out.raw(',').field("profile", p.id()));
    out.ascii(",\"answers\":");
    object(a.answers(), out);
    if (!a.targets().isEmpty()) {
      out.ascii(",\"targets\":{");
      String sep = "";
      for (Map.Entry<String, Level> t : a.targets().entrySet()) {
        out.ascii(sep).field(t.getKey(), t.getValue().id());
        sep = ",";
      }
      out.raw('}');
    }
    if (a.overallTarget().isPresent()) {
      out.raw(',').field("overallTarget", a.overallTarget().get().id());
    }
    Map<String, String> aims = a.targetAnswers();
    if (!aims.isEmpty()) {
      out.ascii(",\"targetAnswers\":");
      object(aims, out);
    }
    out.raw('}');
  }

  private static void object(Map<String, String> entries, JsonBytes out) {
    out.raw('{');
    String sep = "";
    for (Map.Entry<String, String> e : entries.entrySet()) {
      out.ascii(sep).field(e.getKey(), e.getValue());
      sep = ",";
    }
    out.raw('}');
  }

  private void overall(Evaluation e, JsonBytes out) {
    out.ascii(",\"overall\":{");
    levels(out, e.present(), e.target());
    if (scored) {
      scores(out, e.score(), e.targetScore(), e.plus(), e.targetPlus()).raw(',');
    }
    out.field("presentExplanation", e.presentExplanation()).raw(',')
        .field("targetExplanation", e.targetExplanation()).raw('}');
  }

  private static void group(GroupResult r, JsonBytes out) {
    out.raw('{').field("id", r.group().id()).raw(',').field("name", r.group().name()).raw(',');
    levels(out, r.present(), r.target());
    scores(out, r.score(), r.targetScore(), r.plus(), r.targetPlus()).raw(',')
        .field("combination", r.combination().words()).raw(',')
        .field("explanation", r.explanation()).ascii(",\"dimensions\":[");
    String sep = "";
    for (String id : r.group().dimensionIds()) {
      out.ascii(sep).string(id);
      sep = ",";
    }
    out.ascii("]}");
  }

  private void dimension(int d, DimensionResult r, Map<String, String> aims, JsonBytes out) {
    boolean ours = d < dimensions.length && r.dimension() == dimensions[d]
        && r.questions().size() == questions[d].length && r.combination() == combinations[d];
    if (ours && plain[d] && plainFields(d, r, out)) {
      questions(d, r, aims, true, out);
      return;
    }
    long key = ours && keyed[d] ? key(d, r) : -1;
    byte[] part = key < 0 ? null : dimensionParts[d].get(key);
    if (part == null) {
      int start = out.size();
      dimensionFields(r, out);
      if (key >= 0 && dimensionParts[d].size() < MAX_CACHED) {
        dimensionParts[d].put(key, out.copy(start));
      }
    } else {
      out.raw(part);
    }
    questions(d, r, aims, ours, out);
  }

  /**
   * A plain dimension's own fields, from the parts kept by level; false (nothing written) when a
   * question is not the model's.
   */
  private boolean plainFields(int d, DimensionResult r, JsonBytes out) {
    int present = rank(r.present());
    int index = present;
    int q = 0;
    for (QuestionResult result : r.questions()) {
      if (result.question() != questions[d][q]) {
        return false;
      }
      index = index * (levelCount + 1) + rank(result.level());
      q++;
    }
    out.raw(dimensionHeads[d]).raw(levelIds[present]).ascii(",\"target\":").raw(levelIds[rank(r.target())])
        .ascii(r.targetGiven() ? ",\"targetGiven\":true,\"gap\":" : ",\"targetGiven\":false,\"gap\":");
    if (r.gap().isPresent()) {
      out.number(r.gap().getAsInt());
    } else {
      out.ascii("null");
    }
    out.raw(dimensionCombinations[d]);
    byte[][] kept = explanations[d];
    byte[] explanation = kept == null ? null : kept[index];
    if (explanation == null) {
      explanation = new JsonBytes(128).string(r.explanation()).copy(0);
      if (kept != null) {
        kept[index] = explanation;   // racing threads may each make it: any is right
      }
    }
    int target = (rank(r.target()) * 2 + (r.targetGiven() ? 1 : 0)) * 2 + (present == 0 ? 1 : 0);
    byte[] targetExplanation = targetExplanations[d][target];
    if (targetExplanation == null) {
      targetExplanation = new JsonBytes(128).string(r.targetExplanation()).copy(0);
      targetExplanations[d][target] = targetExplanation;
    }
    out.raw(explanation).ascii(",\"targetExplanation\":").raw(targetExplanation).ascii(",\"questions\":[");
    return true;
  }

  private void questions(int d, DimensionResult r, Map<String, String> aims, boolean ours, JsonBytes out) {
    int q = 0;
    for (QuestionResult result : r.questions()) {
      if (q > 0) {
        out.raw(',');
      }
      QuestionPart qp = ours ? questionPart(d, q, result) : made(result);
      out.raw(qp.head());
      String aim = aims.isEmpty() ? null : aims.get(result.question().id());
      if (aim != null) {
        out.raw(',').field("targetAnswer", aim);
      }
      out.raw(qp.tail());
      q++;
    }
    out.ascii("]}");
  }

  /**
   * The dimension result's own fields as a number: its combination, present level, target, three
   * flags, and each question's option and level. Two results with the same key write the same
   * fields (each is a function of these).
   */
  private long key(int d, DimensionResult r) {
    long key = r.combination().ordinal();
    key = key * (levelCount + 1) + rank(r.present());
    key = key * (levelCount + 1) + rank(r.target());
    key = key * 8 + (r.targetGiven() ? 4 : 0) + (r.plus() ? 2 : 0) + (r.targetPlus() ? 1 : 0);
    int q = 0;
    for (QuestionResult result : r.questions()) {
      if (result.question() != questions[d][q]) {
        return -1;
      }
      int option = option(d, q, result.answer());
      if (option < 0) {
        return -1;
      }
      key = key * (options[d][q].length + 1) + option;
      key = key * (levelCount + 1) + rank(result.level());
      q++;
    }
    return key;
  }

  private static int rank(Optional<Level> level) {
    return level.isEmpty() ? 0 : level.get().rank() + 1;
  }

  /** 0 for no answer, else 1 + the option's position; -1 for an option not of this question. */
  private int option(int d, int q, Optional<Option> answer) {
    if (answer.isEmpty()) {
      return 0;
    }
    Option[] all = options[d][q];
    for (int i = 0; i < all.length; i++) {
      if (all[i] == answer.get()) {
        return i + 1;
      }
    }
    return -1;
  }

  private void dimensionFields(DimensionResult r, JsonBytes out) {
    out.raw('{').field("id", r.dimension().id()).raw(',').field("name", r.dimension().name()).raw(',');
    levels(out, r.present(), r.target());
    if (scored) {
      scores(out, r.score(), r.targetScore(), r.plus(), r.targetPlus()).raw(',');
    }
    out.key("targetGiven").bool(r.targetGiven()).ascii(",\"gap\":");
    if (r.gap().isPresent()) {
      out.number(r.gap().getAsInt());
    } else {
      out.ascii("null");
    }
    out.raw(',').field("combination", r.combination().words()).raw(',')
        .field("explanation", r.explanation()).raw(',')
        .field("targetExplanation", r.targetExplanation()).ascii(",\"questions\":[");
  }

  private QuestionPart questionPart(int d, int q, QuestionResult result) {
    int option = option(d, q, result.answer());
    if (result.question() != questions[d][q] || option < 0) {
      return made(result);
    }
    QuestionPart[] known = questionParts[d][q];
    int slot = option * (levelCount + 1) + rank(result.level());
    if (known == null) {
      known = new QuestionPart[(options[d][q].length + 1) * (levelCount + 1)];
      questionParts[d][q] = known;   // racing threads may each make one: any is right
    }
    QuestionPart part = known[slot];
    if (part == null || part.answer().isPresent() != result.answer().isPresent()
        || (part.answer().isPresent() && part.answer().get() != result.answer().get())
        || part.level().orElse(null) != result.level().orElse(null)) {
      part = made(result);
      known[slot] = part;
    }
    return part;
  }

  private QuestionPart made(QuestionResult q) {
    JsonBytes b = new JsonBytes(256);
    b.raw('{').field("id", q.question().id()).raw(',').field("text", q.question().text()).raw(',')
        .field("answer", q.answer().map(Option::id));
    byte[] head = b.copy(0);
    b.clear();
    b.raw(',');
    level(b, "level", q.level());
    if (scored) {
      b.raw(',').field("score", JsonPlanRenderer.score(q.score()));
    }
    b.raw(',').key("notApplicable").bool(q.isNotApplicable()).raw(',').field("explanation", q.explanation()).raw('}');
    return new QuestionPart(q.question(), q.answer(), q.level(), head, b.copy(0));
  }

  private byte[] action(Action a) {
    int slot = System.identityHashCode(a) & (actionParts.length - 1);
    ActionPart part = actionParts[slot];
    if (part == null || part.action() != a) {
      JsonBytes b = new JsonBytes(64 + a.text().length());
      b.raw('{').field("dimension", a.dimensionId()).raw(',').field("question", a.questionId()).raw(',')
          .field("level", a.level().id()).raw(',').field("text", a.text()).raw('}');
      part = new ActionPart(a, b.copy(0));
      actionParts[slot] = part;   // actions made for one evaluation take a slot until another needs it
    }
    return part.bytes();
  }

  /** {@code "present":..,"target":..,} */
  private static void levels(JsonBytes out, Optional<Level> present, Optional<Level> target) {
    level(out, "present", present).raw(',');
    level(out, "target", target).raw(',');
  }

  /** {@code "score":..,"targetScore":..,"plus":..,"targetPlus":..} of a score-based model. */
  private static JsonBytes scores(
      JsonBytes out, Optional<Score> score, Optional<Score> targetScore, boolean plus, boolean targetPlus) {
    return out.field("score", JsonPlanRenderer.score(score)).raw(',')
        .field("targetScore", JsonPlanRenderer.score(targetScore)).raw(',')
        .key("plus").bool(plus).raw(',')
        .key("targetPlus").bool(targetPlus);
  }

  private static JsonBytes level(JsonBytes out, String field, Optional<Level> level) {
    return out.field(field, level.map(Level::id));
  }
}
