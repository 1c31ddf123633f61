package io.svmi.web.pages;

/** A link: where it goes and what it says. */
public record Link(String href, String text) {}
