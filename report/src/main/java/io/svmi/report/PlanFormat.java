package io.svmi.report;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a {@link Report} is written in. */
public enum PlanFormat {
  /** The plan as plain text for a terminal: aligned columns, a block per dimension, 80 columns wide. */
  TEXT("text/plain; charset=utf-8", "txt", new TextPlanRenderer()),
  /** The published SVMI plan's layout: tab-separated columns, as copied from its PDF. */
  TSV("text/tab-separated-values; charset=utf-8", "tsv", new TsvPlanRenderer()),
  /** GitHub-flavoured Markdown tables. */
  MARKDOWN("text/markdown; charset=utf-8", "md", new MarkdownPlanRenderer()),
  /** The stable JSON schema of docs/plan.schema.json. */
  JSON("application/json", "json", new JsonPlanRenderer()),
  /** One self-contained, printable HTML page, with the radar chart and a table of its values. */
  HTML("text/html; charset=utf-8", "html", new HtmlPlanRenderer()),
  /** The radar chart alone: each dimension's present level against its target, as an SVG image. */
  SVG("image/svg+xml", "svg", new RadarChart());

  private final String mediaType;
  private final String extension;
  private final PlanRenderer renderer;

  PlanFormat(String mediaType, String extension, PlanRenderer renderer) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.renderer = renderer;
  }

  PlanRenderer renderer() {
    return renderer;
  }

  /** The name on the command line: {@code text}, {@code tsv}, {@code markdown}, {@code json}, {@code html}, {@code svg}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The media type to serve it with ({@code Content-Type}). */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format with this {@link #id()}, case-insensitively. */
  public static Optional<PlanFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
  }

  /** Every format's {@link #id()}, in declaration order. */
  public static ImmutableList<String> ids() {
    return Arrays.stream(values()).map(PlanFormat::id).collect(ImmutableList.toImmutableList());
  }
}
