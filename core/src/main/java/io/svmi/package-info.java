/**
 * The svmi maturity model and its evaluation.
 *
 * <p>A {@link io.svmi.MaturityModel} is built once (from a {@code .svmi} file by the {@code dsl}
 * module, or in Java with {@link io.svmi.MaturityModel#builder()}) and then evaluates any number of
 * {@link io.svmi.Assessment}s into {@link io.svmi.Evaluation}s, each with its
 * {@link io.svmi.ActionPlan}. Models, assessments and evaluations are immutable and thread-safe.
 *
 * <p>Problems are values: building a model or an assessment reports every problem at once as
 * {@link io.svmi.Diagnostic}s with stable {@link io.svmi.DiagnosticCode}s.
 */
@NullMarked
package io.svmi;

import org.jspecify.annotations.NullMarked;
