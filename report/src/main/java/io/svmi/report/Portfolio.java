package io.svmi.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.QuestionResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Several teams' assessments of one model combined into one for the organisation: each question's
 * level is the teams' levels combined by a declared {@link Rule} (one for all questions, or one per
 * question), with the spread (the lowest and the highest team) beside it. The organisation's
 * assessment answers each question with the option at the combined level, and is evaluated like
 * any other; {@link #organisation()} is that evaluation.
 *
 * <pre>{@code
 * Portfolio p = Portfolio.combine(model, teams, Portfolio.Rule.LOWER_MEDIAN, Map.of("A1", Portfolio.Rule.LOWEST));
 * p.organisation().present();          // the organisation's overall level
 * p.spread("A1");                      // the lowest and highest team on A1
 * }</pre>
 *
 * <p>Teams that answered a question "not applicable" are left out of that question; when every
 * team did, the organisation answers it so too. Immutable.
 */
public final class Portfolio {
  /** How the teams' levels of one question combine. */
  public enum Rule {
    /** The lowest team's level: the organisation is as good as its weakest team. */
    LOWEST("lowest"),
    /** The lower median: half the teams stand at or above it (with an even count, the lower middle). */
    LOWER_MEDIAN("lower median"),
    /** The mean of the teams' ranks, rounded down. */
    MEAN_ROUNDED_DOWN("mean rounded down");

    private final String words;

    Rule(String words) {
      this.words = words;
    }

    /** As the command line and the renderings write it: {@code lowest}, {@code lower-median}, {@code mean}. */
    public String id() {
      return switch (this) {
        case LOWEST -> "lowest";
        case LOWER_MEDIAN -> "lower-median";
        case MEAN_ROUNDED_DOWN -> "mean";
      };
    }

    public String words() {
      return words;
    }

    /** The rule with this id, case-insensitively. */
    public static Optional<Rule> byId(String id) {
      return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
    }

    int combine(int[] sortedRanks) {
      return switch (this) {
        case LOWEST -> sortedRanks[0];
        case LOWER_MEDIAN -> sortedRanks[(sortedRanks.length - 1) / 2];
        case MEAN_ROUNDED_DOWN -> (int) Math.floorDiv(Arrays.stream(sortedRanks).asLongStream().sum(), sortedRanks.length);
      };
    }
  }

  /** One question combined: its rule, the combined level, and the lowest and highest team. */
  public record Combined(String questionId, Rule rule, Optional<Level> level, Optional<Level> lowest,
      Optional<Level> highest, int teams) {
    public Combined {
      checkNotNull(questionId, "questionId");
      checkNotNull(rule, "rule");
      checkNotNull(level, "level");
      checkNotNull(lowest, "lowest");
      checkNotNull(highest, "highest");
    }
  }

  private final ImmutableList<Evaluation> teams;
  private final ImmutableMap<String, Combined> combined;
  private final Evaluation organisation;

  private Portfolio(ImmutableList<Evaluation> teams, ImmutableMap<String, Combined> combined, Evaluation organisation) {
    this.teams = teams;
    this.combined = combined;
    this.organisation = organisation;
  }

  /**
   * Combines the teams' evaluations (at least one, all of {@code model}).
   *
   * @param rules a rule for some questions by id; the others take {@code rule}
   * @throws AssessmentException if a question id in {@code rules} is not the model's (E0401)
   */
  public static Portfolio combine(MaturityModel model, List<Evaluation> teams, Rule rule, Map<String, Rule> rules)
      throws AssessmentException {
    checkNotNull(model, "model");
    checkNotNull(rule, "rule");
    checkNotNull(rules, "rules");
    checkArgument(!teams.isEmpty(), "no team to combine");
    for (Evaluation team : teams) {
      checkArgument(team.model().equals(model), "an evaluation of another model: %s", team.model().name());
    }
    Assessment.Builder organisation = model.assessment().subject("Organisation (" + teams.size() + " teams)");
    for (String id : rules.keySet()) {
      if (model.question(id).isEmpty()) {
        organisation.answer(id, "");   // reported by build() as an unknown question
      }
    }
    Map<String, Combined> combined = new LinkedHashMap<>();
    List<Level> levels = model.scale().levels();
    for (Question q : model.questions().values()) {
      Rule r = rules.getOrDefault(q.id(), rule);
      List<Integer> ranks = new ArrayList<>();
      Optional<Option> notApplicable = Optional.empty();
      for (Evaluation team : teams) {
        Optional<QuestionResult> result = team.questions().stream()
            .filter(x -> x.question().id().equals(q.id())).findFirst();
        if (result.isEmpty()) {
          continue;
        }
        if (result.get().isNotApplicable()) {
          notApplicable = result.get().answer();
        } else {
          result.get().level().ifPresent(l -> ranks.add(l.rank()));
        }
      }
      if (ranks.isEmpty()) {
        notApplicable.ifPresent(o -> organisation.answer(q.id(), o.id()));
        combined.put(q.id(), new Combined(q.id(), r, Optional.empty(), Optional.empty(), Optional.empty(), 0));
        continue;
      }
      int[] sorted = ranks.stream().mapToInt(Integer::intValue).sorted().toArray();
      int rank = r.combine(sorted);
      Optional<Option> option = optionAtOrBelow(q, rank);
      option.ifPresent(o -> organisation.answer(q.id(), o.id()));
      combined.put(q.id(), new Combined(q.id(), r, option.flatMap(Option::level),
          Optional.of(levels.get(sorted[0])), Optional.of(levels.get(sorted[sorted.length - 1])), sorted.length));
    }
    Evaluation evaluated = model.evaluate(organisation.build());
    return new Portfolio(ImmutableList.copyOf(teams), ImmutableMap.copyOf(combined), evaluated);
  }

  /** The question's option at this rank, or else the highest below it (never one above). */
  private static Optional<Option> optionAtOrBelow(Question q, int rank) {
    Option best = null;
    for (Option o : q.options().values()) {
      if (o.level().isPresent() && o.level().get().rank() <= rank
          && (best == null || o.level().get().rank() > best.level().orElseThrow().rank())) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The teams' evaluations, as given. */
  public ImmutableList<Evaluation> teams() {
    return teams;
  }

  /** The organisation's evaluation: the combined assessment, evaluated by the model's rules. */
  public Evaluation organisation() {
    return organisation;
  }

  /** Every question combined, in model order. */
  public ImmutableList<Combined> questions() {
    return combined.values().asList();
  }

  /** One question combined. */
  public Optional<Combined> spread(String questionId) {
    return Optional.ofNullable(combined.get(questionId));
  }

  /** The combination as text: each question's combined level and spread, then the organisation's levels. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(organisation.model().name()).append(": ").append(teams.size()).append(" teams combined\n\n");
    out.append("Overall: ").append(name(organisation.present())).append("\n\n");
    organisation.dimensions().forEach(d -> out.append(d.dimension().id()).append(' ').append(d.dimension().name())
        .append(": ").append(name(d.present())).append('\n'));
    out.append("\nQuestion  Rule               Combined      Lowest        Highest\n");
    for (Combined c : combined.values()) {
      out.append(String.format(Locale.ROOT, "%-9s %-18s %-13s %-13s %s%n", c.questionId(), c.rule().words(),
          c.teams() == 0 ? "not applicable" : name(c.level()), name(c.lowest()), name(c.highest())));
    }
    return out.toString();
  }

  /** The combination as JSON: the rules, the spreads and the organisation's levels. */
  public String json() {
    return Json.text(g -> {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeNumberField("teams", teams.size());
      g.writeArrayFieldStart("subjects");
      for (Evaluation t : teams) {
        g.writeString(t.subject());
      }
      g.writeEndArray();
      g.writeFieldName("overall");
      nullableLevel(g, organisation.present());
      g.writeObjectFieldStart("dimensions");
      for (var d : organisation.dimensions()) {
        g.writeFieldName(d.dimension().id());
        nullableLevel(g, d.present());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("questions");
      for (Combined c : combined.values()) {
        g.writeStartObject();
        g.writeStringField("id", c.questionId());
        g.writeStringField("rule", c.rule().id());
        g.writeNumberField("teams", c.teams());
        g.writeFieldName("level");
        nullableLevel(g, c.level());
        g.writeFieldName("lowest");
        nullableLevel(g, c.lowest());
        g.writeFieldName("highest");
        nullableLevel(g, c.highest());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("plan");
      JsonPlanRenderer.write(g, organisation);
      g.writeEndObject();
    });
  }

  private static void nullableLevel(JsonGenerator g, Optional<Level> level) throws IOException {
    if (level.isPresent()) {
      g.writeString(level.get().id());
    } else {
      g.writeNull();
    }
  }

  private static String name(Optional<Level> level) {
    return level.map(Level::name).orElse("no level");
  }
}
