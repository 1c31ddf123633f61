package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.ModelResult;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A diagnostic on a long line (a minified file is one line) shows an excerpt of 160 characters
 * around its caret. Before the fix, every diagnostic copied the whole line: 50 errors in an 8 MiB
 * one-line file rendered 400 MB, and 40 000 in a 650 KB answers file ran out of memory.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RenderExcerptTest {
  @Test
  void diagnosticOnAMegabyteLine_showsAnExcerptWithTheCaretUnderTheSpan() {
    String line = "x".repeat(500_000) + "HERE" + "y".repeat(500_000);
    SourceText source = SourceText.of("one-line.json", line);
    Diagnostic d = new Diagnostic(DiagnosticCode.E0401, "unknown question 'HERE'",
        Optional.of(SourceSpan.of("one-line.json", 1, 500_001, 4)), Optional.empty());

    String[] rendered = d.render(source).split("\n");

    assertEquals("1 | …" + "x".repeat(53) + "HERE" + "y".repeat(103) + "…", rendered[3]);
    assertEquals(rendered[3].indexOf("HERE"), rendered[4].indexOf('^'));
    assertEquals("^^^^", rendered[4].substring(rendered[4].indexOf('^')));
  }

  @Test
  void shortLines_areShownWhole() {
    SourceText source = SourceText.of("a.json", "{\"answers\": {\"A1\": \"x\"}}");
    Diagnostic d = new Diagnostic(DiagnosticCode.E0402, "question 'A1' has no option 'x'",
        Optional.of(SourceSpan.of("a.json", 1, 14, 4)), Optional.empty());
    assertEquals("""
        error[E0402]: question 'A1' has no option 'x'
         --> a.json:1:14
          |
        1 | {"answers": {"A1": "x"}}
          |              ^^^^
        """, d.render(source));
  }

  @Test
  void rulesFileOnOneLine_rendersFiftyExcerpts() {
    StringBuilder text = new StringBuilder("model \"m\" levels { a \"A\" } dimension D \"d\" { question Q \"q\" {");
    for (int i = 0; i < 100_000; i++) {
      text.append(" option o").append(i).append(" \"o\" -> zz");
    }
    ModelResult result = Svmi.compile("one-line.svmi", text.append(" } }").toString());
    assertEquals(51, result.errors().size());
    String rendered = result.render();
    assertTrue(rendered.length() < 51 * 600, () -> rendered.length() + " characters of errors");
    assertTrue(rendered.contains("error[E0203]: unknown level 'zz'"), () -> rendered.substring(0, 1000));
  }
}
