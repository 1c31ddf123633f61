package io.svmi.web;

import io.svmi.Evaluation;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;

/** The radar chart of two evaluations drawn over each other, as svmi-report draws it, for inline use. */
final class Charts {
  private Charts() {}

  /** The {@code <svg>} element (no XML declaration) of {@code after} with {@code before} as the previous year. */
  static String overlay(Evaluation before, Evaluation after) {
    String svg = Report.of(after).withPrevious(before).render(PlanFormat.SVG);
    return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
  }
}
