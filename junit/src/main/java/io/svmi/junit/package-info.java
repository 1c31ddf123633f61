/**
 * JUnit 5 support: {@link io.svmi.junit.SvmiExamples} turns the examples of a {@code .svmi} file
 * into dynamic tests.
 */
@NullMarked
package io.svmi.junit;

import org.jspecify.annotations.NullMarked;
