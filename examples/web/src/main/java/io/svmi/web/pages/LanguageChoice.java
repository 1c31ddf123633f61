package io.svmi.web.pages;

/**
 * A language a page can be shown in (the model's, when it declares several): its name, the link
 * to the page in it, and whether the page is in it now.
 */
public record LanguageChoice(String name, String href, boolean current) {}
