/**
 * A web form for self-assessments: the second host application of the evaluation API, after the
 * command line. It runs on the JDK's own {@link com.sun.net.httpserver.HttpServer}, compiles one
 * model at start-up and evaluates each posted form against it. Everything here is package-private
 * except {@link io.svmi.web.WebForm}'s {@code main}; docs/embedding.md ("A web form") describes it.
 */
@NullMarked
package io.svmi.web;

import org.jspecify.annotations.NullMarked;
