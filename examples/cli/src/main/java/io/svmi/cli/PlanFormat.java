package io.svmi.cli;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code svmi plan --format} writes. */
enum PlanFormat {
  TEXT(new TextPlanRenderer()),
  MARKDOWN(new MarkdownPlanRenderer()),
  JSON(new JsonPlanRenderer()),
  HTML(new HtmlPlanRenderer());

  private final PlanRenderer renderer;

  PlanFormat(PlanRenderer renderer) {
    this.renderer = renderer;
  }

  PlanRenderer renderer() {
    return renderer;
  }

  /** The name on the command line: {@code text}, {@code markdown}, {@code json}, {@code html}. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<PlanFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
  }

  static ImmutableList<String> ids() {
    return Arrays.stream(values()).map(PlanFormat::id).collect(ImmutableList.toImmutableList());
  }
}
