package io.svmi.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark summary of many evaluations of one model (a batch): for each dimension and overall,
 * how many subjects stand at each level and the median level, and each subject's position among
 * its peers (how many stand below, level with and above it). JSON ({@link #json}) and an HTML page
 * with one SVG bar chart per dimension ({@link #html}).
 *
 * <p>It keeps the counts and, per subject, its name and its levels (a few dozen bytes each). Add
 * evaluations from one thread at a time ({@link Batch.Listener#evaluated} does).
 */
public final class Benchmark {
  /** Index of "no level" in the counts: after the levels. */
  private final MaturityModel model;
  private final ImmutableList<String> dimensionIds;
  /** counts[d][rank] for each dimension d, then overall as the last row; rank = levels() size is "no level". */
  private final long[][] counts;
  private final List<String> subjects = new ArrayList<>();
  /** Per subject: the rank of each dimension and overall (-1 for no level). */
  private final List<byte[]> ranks = new ArrayList<>();

  private Benchmark(MaturityModel model) {
    this.model = model;
    this.dimensionIds = ImmutableList.copyOf(model.dimensions().keySet());
    this.counts = new long[dimensionIds.size() + 1][model.scale().size() + 1];
  }

  /** An empty summary for evaluations of this model. */
  public static Benchmark of(MaturityModel model) {
    checkArgument(checkNotNull(model, "model").scale().size() < 127, "too many levels for a benchmark");
    return new Benchmark(model);
  }

  /** Counts one more evaluation (of this summary's model). */
  public void add(Evaluation evaluation) {
    checkArgument(evaluation.model() == model || evaluation.model().equals(model), "an evaluation of another model");
    byte[] r = new byte[dimensionIds.size() + 1];
    for (int d = 0; d < dimensionIds.size(); d++) {
      Optional<DimensionResult> result = evaluation.dimension(dimensionIds.get(d));
      r[d] = count(d, result.flatMap(DimensionResult::present));
    }
    r[dimensionIds.size()] = count(dimensionIds.size(), evaluation.present());
    subjects.add(evaluation.subject());
    ranks.add(r);
  }

  private byte count(int row, Optional<Level> level) {
    int rank = level.map(Level::rank).orElse(-1);
    counts[row][rank < 0 ? counts[row].length - 1 : rank]++;
    return (byte) rank;
  }

  /** How many evaluations were added. */
  public long size() {
    return subjects.size();
  }

  /** How many subjects stand at this level in a dimension (or overall, with {@code "overall"}). */
  public long count(String dimensionId, Level level) {
    return counts[row(dimensionId)][level.rank()];
  }

  /** The lower median level of a dimension (or {@code "overall"}), over the subjects that have one. */
  public Optional<Level> median(String dimensionId) {
    long[] c = counts[row(dimensionId)];
    long total = 0;
    for (int i = 0; i < c.length - 1; i++) {
      total += c[i];
    }
    if (total == 0) {
      return Optional.empty();
    }
    long half = (total + 1) / 2;   // the lower median: the ((n+1)/2)-th smallest
    long seen = 0;
    for (int i = 0; i < c.length - 1; i++) {
      seen += c[i];
      if (seen >= half) {
        return Optional.of(model.scale().levels().get(i));
      }
    }
    throw new AssertionError("unreachable");
  }

  private int row(String dimensionId) {
    if (dimensionId.equals("overall")) {
      return dimensionIds.size();
    }
    int d = dimensionIds.indexOf(dimensionId);
    checkArgument(d >= 0, "no dimension '%s'", dimensionId);
    return d;
  }

  /** Peers below, level with and above a rank in a row (the subject itself not counted). */
  private long[] position(int row, int rank) {
    long[] c = counts[row];
    long below = 0;
    long same = 0;
    long above = 0;
    for (int i = 0; i < c.length - 1; i++) {
      if (rank < 0 || i > rank) {
        above += c[i];
      } else if (i == rank) {
        same += c[i];
      } else {
        below += c[i];
      }
    }
    if (rank < 0) {
      same = c[c.length - 1];
    }
    return new long[] {below, same - 1, above};
  }

  /** The summary as JSON: the model, the counts and medians, and every subject's position. */
  public String json() {
    return Json.text(g -> {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeObjectFieldStart("model");
      g.writeStringField("name", model.name());
      g.writeFieldName("version");
      if (model.version().isPresent()) {
        g.writeString(model.version().get());
      } else {
        g.writeNull();
      }
      g.writeEndObject();
      g.writeNumberField("assessments", size());
      g.writeArrayFieldStart("dimensions");
      for (int d = 0; d <= dimensionIds.size(); d++) {
        String id = d < dimensionIds.size() ? dimensionIds.get(d) : "overall";
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", d < dimensionIds.size() ? model.dimensions().get(id).name() : "Overall");
        g.writeObjectFieldStart("counts");
        for (Level level : model.scale().levels()) {
          g.writeNumberField(level.id(), counts[d][level.rank()]);
        }
        g.writeNumberField("none", counts[d][counts[d].length - 1]);
        g.writeEndObject();
        g.writeFieldName("median");
        Optional<Level> median = median(id);
        if (median.isPresent()) {
          g.writeString(median.get().id());
        } else {
          g.writeNull();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("subjects");
      for (int s = 0; s < subjects.size(); s++) {
        g.writeStartObject();
        g.writeStringField("subject", subjects.get(s));
        g.writeObjectFieldStart("positions");
        for (int d = 0; d <= dimensionIds.size(); d++) {
          int rank = ranks.get(s)[d];
          long[] p = position(d, rank);
          g.writeObjectFieldStart(d < dimensionIds.size() ? dimensionIds.get(d) : "overall");
          g.writeFieldName("level");
          if (rank < 0) {
            g.writeNull();
          } else {
            g.writeString(model.scale().levels().get(rank).id());
          }
          g.writeNumberField("below", p[0]);
          g.writeNumberField("levelWith", p[1]);
          g.writeNumberField("above", p[2]);
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The summary as one self-contained HTML page: a bar chart per dimension, and the subjects' positions. */
  public String html() {
    StringBuilder out = new StringBuilder();
    String title = model.name() + ": benchmark of " + size() + " assessment" + (size() == 1 ? "" : "s");
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>\n").append(HtmlPlanRenderer.style())
        .append("\n  .bars { display: flex; flex-wrap: wrap; gap: 1em; }\n  .bars figure { margin: 0; }\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n<div class=\"bars\">\n");
    for (int d = 0; d <= dimensionIds.size(); d++) {
      String id = d < dimensionIds.size() ? dimensionIds.get(d) : "overall";
      String name = d < dimensionIds.size() ? id + " " + model.dimensions().get(id).name() : "Overall";
      bars(out, d, name, median(id));
    }
    out.append("</div>\n<h2>Each subject among its peers (overall)</h2>\n<table>\n<thead><tr><th>Subject</th>"
        + "<th>Overall</th><th>Peers below</th><th>Level with</th><th>Above</th></tr></thead>\n<tbody>\n");
    int overall = dimensionIds.size();
    for (int s = 0; s < subjects.size(); s++) {
      int rank = ranks.get(s)[overall];
      long[] p = position(overall, rank);
      out.append("<tr><td>").append(Html.escape(subjects.get(s))).append("</td><td>")
          .append(Html.escape(rank < 0 ? "no level" : model.scale().levels().get(rank).name()))
          .append("</td><td>").append(p[0]).append("</td><td>").append(p[1]).append("</td><td>").append(p[2])
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</body>\n</html>\n");
    return out.toString();
  }

  /** One dimension's counts as an SVG bar chart, with a title and a description for screen readers. */
  private void bars(StringBuilder out, int row, String name, Optional<Level> median) {
    List<Level> levels = model.scale().levels();
    long max = 1;
    for (long c : counts[row]) {
      max = Math.max(max, c);
    }
    int barWidth = 44;
    int width = 20 + (levels.size() + 1) * (barWidth + 8);
    int height = 170;
    StringBuilder desc = new StringBuilder();
    for (Level l : levels) {
      desc.append(l.name()).append(": ").append(counts[row][l.rank()]).append(". ");
    }
    desc.append("No level: ").append(counts[row][levels.size()]).append('.');
    median.ifPresent(m -> desc.append(" Median: ").append(m.name()).append('.'));
    out.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"10\">\n<title>")
        .append(Html.escape(name)).append("</title>\n<desc>").append(Html.escape(desc.toString())).append("</desc>\n")
        .append("<text x=\"4\" y=\"14\" font-size=\"12\" font-weight=\"bold\">").append(Html.escape(name)).append("</text>\n");
    for (int i = 0; i <= levels.size(); i++) {
      long c = counts[row][i];
      int h = (int) Math.round(110.0 * c / max);
      int x = 10 + i * (barWidth + 8);
      boolean isMedian = i < levels.size() && median.map(m -> m.rank()).orElse(-1) == i;
      out.append("<rect x=\"").append(x).append("\" y=\"").append(140 - h).append("\" width=\"").append(barWidth)
          .append("\" height=\"").append(h).append("\" fill=\"").append(isMedian ? "#1f4e9c" : "#8aa6cf").append("\"/>\n")
          .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(136 - h)
          .append("\" text-anchor=\"middle\">").append(c).append("</text>\n")
          .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"154\" text-anchor=\"middle\">")
          .append(Html.escape(i < levels.size() ? abbreviate(levels.get(i).name()) : "none")).append("</text>\n");
    }
    out.append("</svg>\n</figure>\n");
  }

  private static String abbreviate(String name) {
    return name.length() <= 9 ? name : name.substring(0, 8) + "…";
  }
}
