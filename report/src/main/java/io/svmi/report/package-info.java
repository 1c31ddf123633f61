/**
 * What a host application needs around an evaluation: the answers file read into an {@link
 * io.svmi.Assessment} and written back ({@link io.svmi.report.Answers}), and the evaluation as a
 * {@link io.svmi.report.Report} in any {@link io.svmi.report.PlanFormat}: text for a terminal,
 * the published tab-separated layout, Markdown, JSON, HTML, and an SVG radar chart. {@link
 * io.svmi.report.PlanTable} is the plan's layout for hosts that draw their own page.
 */
@NullMarked
package io.svmi.report;

import org.jspecify.annotations.NullMarked;
