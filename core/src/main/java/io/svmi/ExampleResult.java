package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of running an {@link Example}: it passed when there is no mismatch. Each mismatch
 * says what was expected and what the evaluation gave, and where the expectation was written;
 * {@link #report} renders them with the source line and a caret, as diagnostics are rendered.
 */
public record ExampleResult(Example example, ImmutableList<Mismatch> mismatches) {
  public ExampleResult {
    checkNotNull(example, "example");
    checkNotNull(mismatches, "mismatches");
  }

  public boolean passed() {
    return mismatches.isEmpty();
  }

  /**
   * One expectation the evaluation did not meet.
   *
   * @param subject what was expected of: "dimension D Commissioning", "group governance
   *     Governance", "question A1", "overall", "the actions of D to mature", "the assessment"
   * @param expected the expected value, one line per item
   * @param actual what the evaluation gave, one line per item
   * @param span where the expectation was written
   */
  public record Mismatch(
      String subject, ImmutableList<String> expected, ImmutableList<String> actual, Optional<SourceSpan> span) {
    public Mismatch {
      checkNotNull(subject, "subject");
      checkNotNull(expected, "expected");
      checkNotNull(actual, "actual");
      checkNotNull(span, "span");
    }

    /**
     * Renders the mismatch: a header, the position with the source line and a caret (when the
     * source is given), then the expected and the actual value.
     *
     * <pre>
     * mismatch: dimension D Commissioning
     *    --&gt; svmi.svmi:470:3
     *     |
     * 470 |   expect D = mature -&gt; leader
     *     |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^
     *     = expected: mature -&gt; leader
     *     =   actual: follower -&gt; leader
     * </pre>
     */
    public String render(Optional<SourceText> source) {
      // Rendered as a diagnostic is: the same excerpt, and every piece of input shown escaped.
      StringBuilder out = new StringBuilder("mismatch: ").append(ShownText.visible(subject)).append('\n');
      String gutter = span.map(DiagnosticRenderer::gutter).orElse(" ");
      span.ifPresent(s -> DiagnosticRenderer.excerpt(out, s, source, Optional.empty()));
      values(out, gutter + " = expected: ", expected);
      values(out, gutter + " =   actual: ", actual);
      return out.toString();
    }

    private static void values(StringBuilder out, String label, List<String> lines) {
      String indent = " ".repeat(label.length());
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? label : indent).append(ShownText.visible(lines.get(i))).append('\n');
      }
    }
  }

  /** Every mismatch rendered (see {@link Mismatch#render}), separated by blank lines; empty when passed. */
  public String report(Optional<SourceText> source) {
    StringBuilder out = new StringBuilder();
    for (Mismatch m : mismatches) {
      out.append(out.length() == 0 ? "" : "\n").append(m.render(source));
    }
    return out.toString();
  }
}
