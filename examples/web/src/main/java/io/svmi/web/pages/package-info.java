/**
 * What each page shows, as immutable records the compiled jte templates read (public only because
 * the generated template classes live in jte's own package). No logic beyond what a template
 * needs; the routes in {@code io.svmi.web} fill them in.
 */
@NullMarked
package io.svmi.web.pages;

import org.jspecify.annotations.NullMarked;
