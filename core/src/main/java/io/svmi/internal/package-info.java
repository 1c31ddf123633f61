/**
 * Helpers shared by svmi's own modules that are not part of its API: nothing here is stable, and
 * the package is exported only to svmi's modules.
 */
@NullMarked
package io.svmi.internal;

import org.jspecify.annotations.NullMarked;
