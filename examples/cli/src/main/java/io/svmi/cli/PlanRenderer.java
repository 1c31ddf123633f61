package io.svmi.cli;

import io.svmi.Evaluation;

/** Renders an evaluation and its action plan as a document of one format. */
interface PlanRenderer {
  String render(Evaluation evaluation);
}
