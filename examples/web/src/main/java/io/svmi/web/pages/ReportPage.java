package io.svmi.web.pages;

/**
 * A submitted assessment's results: the HTML report rendered by svmi-report (already escaped by
 * it, its radar chart included), and the links to the downloads.
 */
public record ReportPage(Frame frame, long id, long organisationId, String organisation, String title, String model,
    String modelVersion, String modelHash, String submitted, String reportHtml) {}
