/**
 * JMH benchmarks for svmi: evaluation against hand-written Java and Drools over the same inputs,
 * compilation of generated models, and memory. {@link io.svmi.bench.Suite} runs them all and
 * prints one table; see docs/performance.md.
 */
@NullMarked
package io.svmi.bench;

import org.jspecify.annotations.NullMarked;
