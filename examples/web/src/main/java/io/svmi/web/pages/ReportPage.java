package io.svmi.web.pages;

/**
 * A submitted assessment's results: the HTML report rendered by svmi-report (already escaped by
 * it, its radar chart included), and the links to the downloads; {@code languages} offers the
 * model's languages when it has several, and {@code query} ({@code ?lang=cy} or empty) keeps the
 * one shown in the downloads' links.
 */
public record ReportPage(Frame frame, long id, long organisationId, String organisation, String title, String model,
    String modelVersion, String modelHash, String submitted, String reportHtml, java.util.List<LanguageChoice> languages,
    String query) {
  public ReportPage {
    languages = java.util.List.copyOf(languages);
  }
}
