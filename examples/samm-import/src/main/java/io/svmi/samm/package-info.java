/**
 * The OWASP SAMM importer: {@link io.svmi.samm.SammImporter} reads a SAMM model folder (YAML) and
 * gives a score-based {@link io.svmi.MaturityModel}, or its {@code .svmi} text.
 */
@NullMarked
package io.svmi.samm;

import org.jspecify.annotations.NullMarked;
