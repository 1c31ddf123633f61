/**
 * The self-assessment web application started by {@code ./svmi serve}: organisations and accounts,
 * assessments saved in a database (H2 or PostgreSQL, one Flyway migration set), reports, history and
 * comparison. {@link io.svmi.web.Serve} reads the command line; {@link io.svmi.web.WebApp} wires the
 * routes; docs/web.md describes it for those who run it. The records the templates read are in
 * {@code io.svmi.web.pages}.
 */
@NullMarked
package io.svmi.web;

import org.jspecify.annotations.NullMarked;
