package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.MaturityModel;
import net.jqwik.api.SampleReportingFormat;

/**
 * How jqwik shows an {@link Assessment} (question by question: option and level, then targets) and
 * a {@link MaturityModel} (levels, rules, dimensions and questions) in a failure report. jqwik
 * finds it on the class path through {@code META-INF/services}; tests never use it directly.
 */
public final class SvmiReportingFormat implements SampleReportingFormat {
  /** Called by jqwik's service loader. */
  public SvmiReportingFormat() {}

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof Assessment || value instanceof MaturityModel;
  }

  @Override
  public Object report(Object value) {
    return SampleReportingFormat.plainLabel(Describe.any(value));
  }
}
