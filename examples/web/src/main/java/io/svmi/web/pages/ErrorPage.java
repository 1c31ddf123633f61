package io.svmi.web.pages;

/** A page for a request that could not be served: status, a heading, one sentence, the request id. */
public record ErrorPage(Frame frame, int status, String heading, String message, String requestId) {}
