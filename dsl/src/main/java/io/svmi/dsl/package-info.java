/**
 * The {@code .svmi} language: compile a rules file into a {@link io.svmi.MaturityModel}, print a
 * model back as canonical text, and format a file keeping its comments. Start at {@link
 * io.svmi.dsl.Svmi}.
 *
 * <p>Bad input never throws: every problem is reported as an {@link io.svmi.Diagnostic} in the
 * result. The generated parser ({@code io.svmi.dsl.grammar}) is not part of the API.
 */
@NullMarked
package io.svmi.dsl;

import org.jspecify.annotations.NullMarked;
