/**
 * The facts of the Drools version of the SVMI rules ({@code svmi.drl}): plain Java beans, as a
 * team writing those rules in Drools would have them.
 */
@NullMarked
package io.svmi.bench.drools;

import org.jspecify.annotations.NullMarked;
