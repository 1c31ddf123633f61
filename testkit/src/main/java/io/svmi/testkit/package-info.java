/**
 * Property tests for maturity models, on jqwik: arbitraries of models, assessments, improvements
 * and answer sheets ({@link io.svmi.testkit.SvmiArbitraries}), the laws of evaluation as checks
 * ({@link io.svmi.testkit.Laws}), and all of them pointed at one model as a jqwik contract
 * ({@link io.svmi.testkit.ModelLaws}).
 */
@NullMarked
package io.svmi.testkit;

import org.jspecify.annotations.NullMarked;
