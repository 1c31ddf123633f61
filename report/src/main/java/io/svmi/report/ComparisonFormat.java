package io.svmi.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats a {@link Comparison} is rendered in ({@code svmi diff --format}). */
public enum ComparisonFormat {
  /** Plain text for a terminal. */
  TEXT("text/plain; charset=utf-8", ComparisonRenderer::text),
  /** Markdown (GitHub-flavoured tables), for a pull request or a wiki. */
  MARKDOWN("text/markdown; charset=utf-8", ComparisonRenderer::markdown),
  /** JSON: every change by id, for another program (documented in docs/cli.md). */
  JSON("application/json", ComparisonRenderer::json),
  /** One self-contained HTML page: the tables, and the radar chart with both evaluations. */
  HTML("text/html; charset=utf-8", ComparisonRenderer::html);

  private final String mediaType;
  private final Function<Comparison, String> renderer;

  ComparisonFormat(String mediaType, Function<Comparison, String> renderer) {
    this.mediaType = mediaType;
    this.renderer = renderer;
  }

  /** The media type of the rendering, for a host that serves it. */
  public String mediaType() {
    return mediaType;
  }

  /** The name used on the command line: {@code text}, {@code markdown}, {@code json}, {@code html}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format with this name, case-insensitively. */
  public static Optional<ComparisonFormat> byId(String id) {
    for (ComparisonFormat f : values()) {
      if (f.id().equalsIgnoreCase(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  String render(Comparison comparison) {
    return renderer.apply(comparison);
  }
}
