package io.svmi.report;

import com.google.common.collect.ImmutableList;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The radar (spider) chart of a report, as hand-written SVG: one axis per dimension, rings at the
 * levels, and a line each for the present levels, the targets and, when given, a previous
 * evaluation's levels. An ordinal model charts level ranks (the lowest level on the first ring, "no
 * level" at the centre); a score-based model charts exact scores (SAMM: 0 to 3 per practice).
 *
 * <p>Accessible and printable: a {@code <title>} and a {@code <desc>} that gives every value in
 * words; the lines differ by dash pattern and marker shape (circle, square, triangle) as well as by
 * colour, so that the chart reads in black and white. No script, no external resource.
 */
final class RadarChart implements PlanRenderer {
  static final int WIDTH = 560;
  static final int HEIGHT = 540;
  private static final double CX = 280;
  private static final double CY = 255;
  private static final double RADIUS = 175;
  private static final String TITLE_ID = "svmi-chart-title";
  private static final String DESC_ID = "svmi-chart-desc";

  /** A line of the chart: its name, how it is drawn, and its value (0 to 1 of the radius) per axis. */
  private record Series(String name, String css, String marker, List<OptionalDouble> values) {}

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg(report, out);
    return out.toString();
  }

  /** The {@code <svg>} element, also placed inline in the HTML report. */
  static void svg(Report report, StringBuilder out) {
    Evaluation e = report.evaluation();
    Scale scale = Scale.of(e);
    ImmutableList<DimensionResult> dims = e.dimensions();
    int n = dims.size();
    List<Series> series = new ArrayList<>();
    series.add(new Series("Present", "present", "circle", values(dims, scale, Scale.Which.PRESENT, Optional.empty())));
    series.add(new Series("Target", "target", "square", values(dims, scale, Scale.Which.TARGET, Optional.empty())));
    report.previous().ifPresent(p ->
        series.add(new Series("Previous", "previous", "triangle", values(dims, scale, Scale.Which.PRESENT, Optional.of(p)))));

    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"").append(TITLE_ID).append(' ').append(DESC_ID)
        .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
    out.append("<title id=\"").append(TITLE_ID).append("\">").append(esc(title(e))).append("</title>\n");
    out.append("<desc id=\"").append(DESC_ID).append("\">").append(esc(description(report, scale))).append("</desc>\n");
    out.append("<style>\n")
        .append(".grid { fill: none; stroke: #bbb; stroke-width: 1; }\n")
        .append(".axis { stroke: #999; stroke-width: 1; }\n")
        .append(".ring { fill: #444; font-size: 10px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }\n")
        .append(".label { fill: #111; font-weight: bold; }\n")
        .append(".present { stroke: #1f4e9c; fill: #1f4e9c; fill-opacity: 0.12; stroke-width: 2.5; }\n")
        .append(".target { stroke: #a34a00; fill: none; stroke-width: 2; stroke-dasharray: 8 4; }\n")
        .append(".previous { stroke: #444; fill: none; stroke-width: 1.5; stroke-dasharray: 2 3; }\n")
        .append(".marker { stroke-dasharray: none; fill-opacity: 1; }\n")
        .append(".present .marker { fill: #1f4e9c; }\n")
        .append(".target .marker, .previous .marker { fill: #fff; }\n")
        .append("</style>\n");

    // Rings, one per level (or threshold), and the axes.
    out.append("<g class=\"grid\">\n");
    for (Scale.Ring ring : scale.rings()) {
      out.append("  ").append(ring(n, ring.at())).append('\n');
    }
    out.append("</g>\n<g class=\"axis\">\n");
    for (int i = 0; i < n; i++) {
      double[] p = point(i, n, 1);
      out.append("  <line x1=\"").append(num(CX)).append("\" y1=\"").append(num(CY)).append("\" x2=\"")
          .append(num(p[0])).append("\" y2=\"").append(num(p[1])).append("\"/>\n");
    }
    out.append("</g>\n<g class=\"ring\">\n");
    for (Scale.Ring ring : scale.rings()) {
      out.append("  <text x=\"").append(num(CX + 4)).append("\" y=\"").append(num(CY - ring.at() * RADIUS - 3))
          .append("\">").append(esc(ring.label())).append("</text>\n");
    }
    out.append("</g>\n<g class=\"label\">\n");
    for (int i = 0; i < n; i++) {
      double[] p = point(i, n, 1.0 + 16 / RADIUS);
      double dx = p[0] - CX;
      String anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
      double dy = p[1] - CY;
      double baseline = dy > 1 ? p[1] + 8 : dy < -1 ? p[1] : p[1] + 4;
      DimensionResult d = dims.get(i);
      out.append("  <text x=\"").append(num(p[0])).append("\" y=\"").append(num(baseline))
          .append("\" text-anchor=\"").append(anchor).append("\"><title>").append(esc(d.dimension().name()))
          .append("</title>").append(esc(d.dimension().id())).append("</text>\n");
    }
    out.append("</g>\n");

    // The lines: targets under the present levels under a previous evaluation's.
    for (Series s : List.of(series.get(1), series.get(0))) {
      line(out, s, n);
    }
    if (series.size() > 2) {
      line(out, series.get(2), n);
    }
    legend(out, series);
    out.append("</svg>\n");
  }

  /**
   * "Social Value Maturity Index: Walsall Council, present levels and targets by dimension", and
   * the target profile the assessment aims for, when it names one.
   */
  static String title(Evaluation e) {
    return e.model().name() + (e.subject().isEmpty() ? "" : ": " + e.subject())
        + ", present levels and targets by dimension"
        + e.assessment().profile().map(p -> " (target profile: " + p.name() + ")").orElse("");
  }

  /** Every value the chart shows, in words, for a reader who cannot see it. */
  private static String description(Report report, Scale scale) {
    Evaluation e = report.evaluation();
    StringBuilder s = new StringBuilder("Radar chart of " + e.dimensions().size() + " dimension"
        + (e.dimensions().size() == 1 ? "" : "s") + ", one axis each, from the centre ("
        + (scale.scored() ? "score 0" : "no level") + ") out to " + scale.outer()
        + ". Solid line with circles: present " + (scale.scored() ? "scores" : "levels")
        + ". Dashed line with squares: targets.");
    report.previous().ifPresent(p -> s.append(" Dotted line with triangles: the previous evaluation."));
    for (DimensionResult d : e.dimensions()) {
      s.append(' ').append(d.dimension().id()).append(' ').append(d.dimension().name()).append(": ")
          .append(scale.shown(d, Scale.Which.PRESENT)).append(", target ").append(scale.shown(d, Scale.Which.TARGET));
      report.previous().flatMap(p -> p.dimension(d.dimension().id()))
          .ifPresent(p -> s.append(", previously ").append(scale.shown(p, Scale.Which.PRESENT)));
      s.append('.');
    }
    return s.toString();
  }

  private static List<OptionalDouble> values(
      List<DimensionResult> dims, Scale scale, Scale.Which which, Optional<Evaluation> other) {
    List<OptionalDouble> values = new ArrayList<>();
    for (DimensionResult d : dims) {
      Optional<DimensionResult> source = other.isEmpty() ? Optional.of(d) : other.get().dimension(d.dimension().id());
      values.add(source.map(r -> OptionalDouble.of(scale.at(r, which))).orElse(OptionalDouble.empty()));
    }
    return values;
  }

  private static void line(StringBuilder out, Series s, int n) {
    out.append("<g class=\"").append(s.css()).append("\">\n");
    StringBuilder points = new StringBuilder();
    List<double[]> marks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      OptionalDouble v = s.values().get(i);
      if (v.isPresent()) {
        double[] p = point(i, n, v.getAsDouble());
        points.append(points.length() == 0 ? "" : " ").append(num(p[0])).append(',').append(num(p[1]));
        marks.add(p);
      }
    }
    if (marks.size() > 1) {
      out.append("  <polygon points=\"").append(points).append("\"/>\n");
    }
    for (double[] p : marks) {
      out.append("  ").append(marker(s.marker(), p[0], p[1])).append('\n');
    }
    out.append("</g>\n");
  }

  private static void legend(StringBuilder out, List<Series> series) {
    double y = HEIGHT - 22;
    double x = 40;
    out.append("<g class=\"legend\">\n");
    for (Series s : series) {
      out.append("  <g class=\"").append(s.css()).append("\"><line x1=\"").append(num(x)).append("\" y1=\"")
          .append(num(y)).append("\" x2=\"").append(num(x + 36)).append("\" y2=\"").append(num(y)).append("\"/>")
          .append(marker(s.marker(), x + 18, y)).append("</g>\n");
      out.append("  <text x=\"").append(num(x + 44)).append("\" y=\"").append(num(y + 4)).append("\">")
          .append(esc(s.name())).append("</text>\n");
      x += 150;
    }
    out.append("</g>\n");
  }

  private static String marker(String shape, double x, double y) {
    return switch (shape) {
      case "circle" -> "<circle class=\"marker\" cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4\"/>";
      case "square" -> "<rect class=\"marker\" x=\"" + num(x - 5) + "\" y=\"" + num(y - 5) + "\" width=\"10\" height=\"10\"/>";
      default -> "<polygon class=\"marker\" points=\"" + num(x) + "," + num(y - 5) + " " + num(x + 5) + "," + num(y + 4)
          + " " + num(x - 5) + "," + num(y + 4) + "\"/>";
    };
  }

  /** A ring: a polygon through the axes (a circle when there are fewer than three). */
  private static String ring(int n, double at) {
    if (n < 3) {
      return "<circle cx=\"" + num(CX) + "\" cy=\"" + num(CY) + "\" r=\"" + num(at * RADIUS) + "\"/>";
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double[] p = point(i, n, at);
      points.append(i == 0 ? "" : " ").append(num(p[0])).append(',').append(num(p[1]));
    }
    return "<polygon points=\"" + points + "\"/>";
  }

  /** The point on axis {@code i} of {@code n} (the first straight up, then clockwise) at {@code at} of the radius. */
  private static double[] point(int i, int n, double at) {
    double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
    return new double[] {CX + at * RADIUS * Math.cos(angle), CY + at * RADIUS * Math.sin(angle)};
  }

  /** A coordinate with one decimal, never "-0.0". */
  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.equals("-0.0") ? "0.0" : s;
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  /**
   * What the chart measures: level ranks in an ordinal model, scores in a score-based one, with
   * the rings to draw and each dimension's value as a fraction of the radius.
   */
  static final class Scale {
    enum Which { PRESENT, TARGET }

    record Ring(double at, String label) {}

    private final boolean scored;
    private final ImmutableList<Level> levels;
    private final double max;

    private Scale(boolean scored, ImmutableList<Level> levels, double max) {
      this.scored = scored;
      this.levels = levels;
      this.max = max;
    }

    static Scale of(Evaluation e) {
      ImmutableList<Level> levels = e.model().scale().levels();
      if (!e.model().isScoreBased()) {
        return new Scale(false, levels, levels.size());
      }
      double top = levels.stream()
          .map(l -> l.threshold().orElse(BigDecimal.ZERO).doubleValue())
          .max(Double::compare).orElse(1.0);
      return new Scale(true, levels, top > 0 ? top : 1.0);
    }

    boolean scored() {
      return scored;
    }

    ImmutableList<Ring> rings() {
      ImmutableList.Builder<Ring> rings = ImmutableList.builder();
      for (Level level : levels) {
        double at = scored
            ? level.threshold().orElse(BigDecimal.ZERO).doubleValue() / max
            : (level.rank() + 1) / max;
        if (at > 0) {
          rings.add(new Ring(Math.min(1, at), level.name()));
        }
      }
      return rings.build();
    }

    /**
     * The outer ring, in words: the top level (and its score); for a score-based model whose
     * levels all start at 0, the score 1 the chart is drawn to.
     */
    String outer() {
      Level top = levels.get(levels.size() - 1);
      if (!scored) {
        return top.name();
      }
      BigDecimal from = top.threshold().orElse(BigDecimal.ZERO);
      return from.signum() > 0 ? top.name() + " (score " + from.toPlainString() + ")" : "score 1";
    }

    /** A dimension's value as a fraction of the radius: 0 for no level or no score. */
    double at(DimensionResult d, Which which) {
      if (scored) {
        Optional<Score> s = which == Which.PRESENT ? d.score() : d.targetScore();
        return s.map(x -> Math.min(1, x.toBigDecimal(6, RoundingMode.HALF_UP).doubleValue() / max)).orElse(0.0);
      }
      Optional<Level> level = which == Which.PRESENT ? d.present() : d.target();
      return level.map(l -> (l.rank() + 1) / max).orElse(0.0);
    }

    /** A dimension's value as the chart's table and description give it. */
    String shown(DimensionResult d, Which which) {
      if (scored) {
        return which == Which.PRESENT
            ? PlanTable.withScore(d.present(), d.plus(), d.score())
            : PlanTable.withScore(d.target(), d.targetPlus(), d.targetScore());
      }
      return PlanTable.name(which == Which.PRESENT ? d.present() : d.target());
    }
  }
}
