package io.svmi.web.pages;

/**
 * One problem with a form, for the error summary at the top of a page: the message, and the id
 * of the field it is about ({@code #} + id is the summary's link to it).
 */
public record FieldError(String fieldId, String message) {}
