/**
 * Property tests for maturity models: generators of models, assessments and improvements
 * ({@link io.svmi.testkit.Arbitraries}), a small runner that tries a property on many generated
 * values and shrinks a failure to a minimal one ({@link io.svmi.testkit.Property}), the laws of
 * evaluation as checks ({@link io.svmi.testkit.Laws}), and all of them pointed at one model in a
 * line ({@link io.svmi.testkit.ModelLaws}).
 */
@NullMarked
package io.svmi.testkit;

import org.jspecify.annotations.NullMarked;
