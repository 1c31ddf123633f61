package io.svmi.report;

/** Renders a report as a document of one format. */
interface PlanRenderer {
  String render(Report report);
}
