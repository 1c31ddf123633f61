package io.svmi.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
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

  /**
   * The combination as one self-contained HTML page: the organisation's levels with its radar
   * chart, and an SVG chart of each question's spread (a bar from the lowest team to the highest,
   * a dot at the combined level), then the same as a table.
   */
  public String html() {
    MaturityModel model = organisation.model();
    String title = model.name() + ": " + teams.size() + (teams.size() == 1 ? " team" : " teams") + " combined";
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>\n").append(HtmlPlanRenderer.style())
        .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n<p>Overall: ")
        .append(Html.escape(name(organisation.present()))).append("</p>\n<h2>The organisation</h2>\n<ul>\n");
    for (DimensionResult d : organisation.dimensions()) {
      out.append("<li>").append(Html.escape(d.dimension().id() + " " + d.dimension().name())).append(": ")
          .append(Html.escape(name(d.present()))).append("</li>\n");
    }
    out.append("</ul>\n<figure>\n");
    RadarChart.svg(Report.of(organisation), out);
    out.append("</figure>\n<h2>Each question: the combined level and the teams' spread</h2>\n<figure>\n");
    spreadChart(out, model.scale().levels());
    out.append("</figure>\n<table>\n<thead><tr><th>Question</th><th>Rule</th><th>Combined</th><th>Lowest</th>"
        + "<th>Highest</th><th>Teams</th></tr></thead>\n<tbody>\n");
    for (Combined c : combined.values()) {
      out.append("<tr><td>").append(Html.escape(c.questionId())).append("</td><td>").append(Html.escape(c.rule().words()))
          .append("</td><td>").append(Html.escape(c.teams() == 0 ? "not applicable" : name(c.level())))
          .append("</td><td>").append(Html.escape(name(c.lowest()))).append("</td><td>")
          .append(Html.escape(name(c.highest()))).append("</td><td>").append(c.teams()).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<h2>Teams</h2>\n<ul>\n");
    for (Evaluation t : teams) {
      out.append("<li>").append(Html.escape(t.subject().isEmpty() ? "(no subject)" : t.subject())).append(": ")
          .append(Html.escape(name(t.present()))).append("</li>\n");
    }
    return out.append("</ul>\n</body>\n</html>\n").toString();
  }

  /** One row per question: a bar from the lowest team's level to the highest, a dot at the combined level. */
  private void spreadChart(StringBuilder out, List<Level> levels) {
    int left = 110;
    int column = 90;
    int row = 22;
    int width = left + levels.size() * column + 10;
    int height = 40 + combined.size() * row;
    StringBuilder desc = new StringBuilder();
    for (Combined c : combined.values()) {
      desc.append(c.questionId()).append(": ").append(c.teams() == 0 ? "not applicable" : name(c.level()) + " ("
          + c.rule().words() + "); the teams from " + name(c.lowest()) + " to " + name(c.highest())).append(". ");
    }
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n<title>")
        .append("The combined level of each question, and the lowest and highest team</title>\n<desc>")
        .append(Html.escape(desc.toString().trim())).append("</desc>\n");
    for (Level level : levels) {
      int x = left + level.rank() * column + column / 2;
      out.append("<line x1=\"").append(x).append("\" y1=\"24\" x2=\"").append(x).append("\" y2=\"").append(height - 6)
          .append("\" stroke=\"#ddd\"/>\n<text x=\"").append(x).append("\" y=\"16\" text-anchor=\"middle\">")
          .append(Html.escape(level.name())).append("</text>\n");
    }
    int y = 40;
    for (Combined c : combined.values()) {
      out.append("<text x=\"4\" y=\"").append(y + 4).append("\">").append(Html.escape(c.questionId())).append("</text>\n");
      if (c.lowest().isPresent() && c.highest().isPresent()) {
        int x1 = left + c.lowest().get().rank() * column + column / 2;
        int x2 = left + c.highest().get().rank() * column + column / 2;
        out.append("<rect x=\"").append(x1 - 6).append("\" y=\"").append(y - 5).append("\" width=\"").append(x2 - x1 + 12)
            .append("\" height=\"10\" rx=\"5\" fill=\"#8aa6cf\"/>\n");
      }
      if (c.level().isPresent()) {
        int x = left + c.level().get().rank() * column + column / 2;
        out.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"#1f4e9c\"/>\n");
      }
      y += row;
    }
    out.append("</svg>\n");
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
