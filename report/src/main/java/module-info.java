/**
 * What a host needs around an evaluation: the answers file read and written, and the evaluation
 * rendered as a report ({@link io.svmi.report.Report}) in text, Markdown, JSON or HTML.
 *
 * <p>Depends on {@code io.svmi.core} and Jackson's streaming parser and generator only.
 */
module io.svmi.report {
  requires transitive io.svmi.core;
  requires com.fasterxml.jackson.core;

  exports io.svmi.report;
}
