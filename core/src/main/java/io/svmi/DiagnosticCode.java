package io.svmi;

/**
 * Every stable diagnostic code, with its severity and a short title. Codes never change meaning;
 * {@code docs/diagnostics.md} has an example of each.
 *
 * <ul>
 *   <li>{@code E01xx}: the text of a rules file (syntax, limits);
 *   <li>{@code E02xx}: the meaning of a model (ids, references, rules, weights);
 *   <li>{@code W03xx}: warnings about a model that is valid but probably not what was meant;
 *   <li>{@code E04xx}: an assessment that does not fit its model, or an answers file that is not
 *       well-formed (E0409 to E0412), or an example whose expectations do not fit its model
 *       (E0413, E0414).
 * </ul>
 */
public enum DiagnosticCode {
  // Syntax and limits.
  E0101(Severity.ERROR, "syntax error"),
  E0102(Severity.ERROR, "unterminated text"),
  E0103(Severity.ERROR, "invalid escape in text"),
  E0104(Severity.ERROR, "unexpected character"),
  E0105(Severity.ERROR, "input too large"),
  E0106(Severity.ERROR, "nesting too deep"),
  E0107(Severity.ERROR, "too many errors"),
  E0108(Severity.ERROR, "invalid UTF-8"),
  E0109(Severity.ERROR, "unreadable source"),

  // Model semantics.
  E0201(Severity.ERROR, "duplicate id"),
  E0202(Severity.ERROR, "unknown question"),
  E0203(Severity.ERROR, "unknown level"),
  E0204(Severity.ERROR, "unknown dimension"),
  E0205(Severity.ERROR, "empty scale"),
  E0206(Severity.ERROR, "option without level"),
  E0207(Severity.ERROR, "unknown rule"),
  E0208(Severity.ERROR, "bad weight"),
  E0209(Severity.ERROR, "empty text"),
  E0210(Severity.ERROR, "action below the lowest level"),
  E0211(Severity.ERROR, "missing or repeated declaration"),
  E0212(Severity.ERROR, "score without thresholds"),
  E0213(Severity.ERROR, "bad level thresholds"),
  E0214(Severity.ERROR, "options of both kinds"),
  E0215(Severity.ERROR, "bad option value"),
  E0216(Severity.ERROR, "sum of means by level without levels"),
  E0217(Severity.ERROR, "dimension outside the groups"),
  E0218(Severity.ERROR, "plus between levels without thresholds"),
  E0219(Severity.ERROR, "overall target without overall level"),
  E0220(Severity.ERROR, "staged question without level"),
  E0221(Severity.ERROR, "unknown answer set"),
  E0222(Severity.ERROR, "answer set and options"),
  E0223(Severity.ERROR, "indicator without column"),
  E0224(Severity.ERROR, "indicator outside an indicators dimension"),
  E0225(Severity.ERROR, "indicator with options"),
  E0226(Severity.ERROR, "profile target given twice"),
  E0230(Severity.ERROR, "translation into an undeclared language"),
  E0231(Severity.ERROR, "translation of what the model lacks"),
  E0232(Severity.ERROR, "text translated twice"),
  E0233(Severity.ERROR, "language declared twice"),
  E0234(Severity.ERROR, "translation into the default language"),
  E0235(Severity.ERROR, "translation file with more than translations"),

  // Warnings.
  W0301(Severity.WARNING, "level no option reaches"),
  W0302(Severity.WARNING, "step with no action text"),
  W0303(Severity.WARNING, "dimension with no question"),
  W0304(Severity.WARNING, "question with no option"),
  W0305(Severity.WARNING, "example that expects nothing"),
  W0306(Severity.WARNING, "valued question never planned"),
  W0307(Severity.WARNING, "answer set no question uses"),
  W0308(Severity.WARNING, "weight no rule uses"),
  W0309(Severity.WARNING, "missing translations"),
  W0311(Severity.WARNING, "indicator action never shown"),

  // Assessments.
  E0401(Severity.ERROR, "unknown question in assessment"),
  E0402(Severity.ERROR, "unknown option"),
  E0403(Severity.ERROR, "unknown dimension in target"),
  E0404(Severity.ERROR, "unknown level in target"),
  E0405(Severity.ERROR, "missing answer"),
  E0406(Severity.ERROR, "question answered twice"),
  E0407(Severity.ERROR, "target given twice"),
  E0408(Severity.ERROR, "assessment of another model"),
  E0409(Severity.ERROR, "invalid JSON in answers"),
  E0410(Severity.ERROR, "unknown key in answers"),
  E0411(Severity.ERROR, "wrong JSON type in answers"),
  E0412(Severity.ERROR, "repeated key in answers"),
  E0413(Severity.ERROR, "unknown name in expectation"),
  E0414(Severity.ERROR, "expectation given twice"),
  E0415(Severity.ERROR, "not-applicable target answer"),
  E0416(Severity.ERROR, "overall target in a model with no overall level"),
  E0417(Severity.ERROR, "unknown profile"),
  E0418(Severity.ERROR, "target answer for an indicator"),
  E0420(Severity.ERROR, "unknown language");

  private final Severity severity;
  private final String title;

  DiagnosticCode(Severity severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  public Severity severity() {
    return severity;
  }

  /** A few words naming the problem, for catalogues and summaries. */
  public String title() {
    return title;
  }
}
