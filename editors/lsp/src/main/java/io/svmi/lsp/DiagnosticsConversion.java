package io.svmi.lsp;

import io.svmi.Diagnostic;
import io.svmi.ExampleResult;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * svmi's diagnostics as the protocol's: the same code, message and range as {@code svmi check}
 * gives, the hint after the message (as svmi's one-line form writes it), and for a hint that
 * points back ("first declared at 3:5") related information at that place. Failing examples become
 * diagnostics at their {@code expect} line.
 */
final class DiagnosticsConversion {
  static final String SOURCE = "svmi";
  /** The code of a failing example's diagnostic (examples are not compiler diagnostics). */
  static final String EXAMPLE_CODE = "example";

  private static final Pattern FIRST_AT = Pattern.compile("^first (\\w+) at (\\d+):(\\d+)$");

  private DiagnosticsConversion() {}

  static List<org.eclipse.lsp4j.Diagnostic> of(ModelResult result, String uri, LineMap lines) {
    List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>(result.diagnostics().size());
    for (Diagnostic d : result.diagnostics()) {
      out.add(of(d, uri, lines));
    }
    return out;
  }

  static org.eclipse.lsp4j.Diagnostic of(Diagnostic d, String uri, LineMap lines) {
    Range range = d.span().map(LineMap::range).orElseGet(() -> new Range(new Position(0, 0), new Position(0, 0)));
    String message = d.message() + d.hint().map(h -> " (" + h + ")").orElse("");
    org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(
        range, message, d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        SOURCE, d.code().name());
    d.hint().flatMap(h -> firstAt(h, uri, lines)).ifPresent(related -> out.setRelatedInformation(List.of(related)));
    return out;
  }

  /** "first declared at 3:5" as related information: the word at that place, "first declared here". */
  private static Optional<DiagnosticRelatedInformation> firstAt(String hint, String uri, LineMap lines) {
    Matcher m = FIRST_AT.matcher(hint);
    if (!m.matches()) {
      return Optional.empty();
    }
    int line = Integer.parseInt(m.group(2)) - 1;
    int column = Integer.parseInt(m.group(3)) - 1;
    if (line >= lines.lineCount()) {
      return Optional.empty();
    }
    String text = lines.line(line);
    int end = column;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    Range range = new Range(new Position(line, column), new Position(line, Math.max(end, column + 1)));
    return Optional.of(new DiagnosticRelatedInformation(new Location(uri, range), "first " + m.group(1) + " here"));
  }

  /** A diagnostic for each expectation a failing example does not meet, at its line. */
  static List<org.eclipse.lsp4j.Diagnostic> failingExamples(MaturityModel model) {
    List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
    for (ExampleResult r : model.runExamples()) {
      for (ExampleResult.Mismatch m : r.mismatches()) {
        // A mismatch points at its expectation, or else at the example.
        Range range = m.span().map(LineMap::range).orElseGet(() -> new Range(new Position(0, 0), new Position(0, 0)));
        String message = "example \"" + r.example().name() + "\" fails: " + m.subject()
            + "\nexpected: " + String.join("\n          ", m.expected())
            + "\n  actual: " + String.join("\n          ", m.actual());
        org.eclipse.lsp4j.Diagnostic d = new org.eclipse.lsp4j.Diagnostic(range, message, DiagnosticSeverity.Error, SOURCE);
        d.setCode(Either.forLeft(EXAMPLE_CODE));
        out.add(d);
      }
    }
    return out;
  }
}
