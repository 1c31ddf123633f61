/**
 * The {@code svmi} command line: {@code check}, {@code fmt}, {@code plan} and {@code explain}, the
 * answers-file reader and the plan renderers. Everything here is package-private except
 * {@link io.svmi.cli.Main}; the supported interface is the command line itself (docs/cli.md).
 */
@NullMarked
package io.svmi.cli;

import org.jspecify.annotations.NullMarked;
