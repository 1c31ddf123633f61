package io.svmi;

import io.svmi.Example.ExpectedActions;
import io.svmi.Example.ExpectedLevel;
import io.svmi.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a model's examples, run once the rest of the model is valid: E0209 and E0201 for
 * their names; E0401 to E0407 for assessments that do not fit the model (pointing at the example's
 * lines; a missing answer is not reported when a reader left lines out); E0413 (unknown name in
 * expectation) and E0414 (expectation given twice); W0305 (example that expects nothing).
 */
final class ExampleChecks implements ModelCheck.OfModel {
  @Override
  public void check(ModelDraft draft, MaturityModel model, Findings findings) {
    new Run(model, findings).all(draft.examples(), draft.examplePositions());
  }

  private static final class Run {
    private final MaturityModel model;
    private final Findings findings;

    private Run(MaturityModel model, Findings findings) {
      this.model = model;
      this.findings = findings;
    }

    void all(List<Example> examples, List<ExamplePositions> positions) {
      Map<String, Optional<SourceSpan>> names = new HashMap<>();
      for (int i = 0; i < examples.size(); i++) {
        Example e = examples.get(i);
        ExamplePositions at = positions.get(i);
        if (e.name().isBlank()) {
          report(DiagnosticCode.E0209, "an example has an empty name", at.name(), Optional.empty());
        } else if (names.containsKey(e.name())) {
          findings.repeated(DiagnosticCode.E0201, "duplicate example '" + e.name() + "'", at.name(),
              "first declared at", names.get(e.name()));
        } else {
          names.put(e.name(), at.name());
        }
        example(e, at);
      }
    }

    private void example(Example e, ExamplePositions at) {
      try {
        ExampleRun.assessment(e, at, model).build();
      } catch (AssessmentException x) {
        for (Diagnostic d : x.diagnostics()) {
          if (d.code() == DiagnosticCode.E0405 && findings.incomplete()) {
            continue;   // the answer may be on a line the reader skipped
          }
          findings.add(
              d.span().isPresent()
                  ? d
                  : new Diagnostic(d.code(), d.message() + " in example '" + e.name() + "'", at.name(), d.hint()));
        }
      }
      Map<String, Optional<SourceSpan>> seen = new HashMap<>();
      for (int i = 0; i < e.levels().size(); i++) {
        ExpectedLevel expected = e.levels().get(i);
        Optional<SourceSpan> span = at.levels().get(i);
        String id = expected.id().orElse("");
        boolean known =
            switch (expected.about()) {
              case DIMENSION -> dimension(id, span, true);
              case GROUP -> known(id, model.groups().keySet(), "group", span);
              case QUESTION -> known(id, model.questions().keySet(), "question", span);
              default -> overall(span);
            };
        known &= expected(expected.present(), span);
        if (expected.target().isPresent()) {
          known &= expected(expected.target().get(), span);
        }
        String what =
            switch (expected.about()) {
              case DIMENSION -> "the levels of dimension '" + id + "' are";
              case GROUP -> "the levels of group '" + id + "' are";
              case QUESTION -> "the level of question '" + id + "' is";
              default -> "the overall levels are";
            };
        once(known, what, expected.subject(), span, seen);
      }
      for (int i = 0; i < e.actions().size(); i++) {
        ExpectedActions expected = e.actions().get(i);
        Optional<SourceSpan> span = at.actions().get(i);
        boolean known = dimension(expected.dimensionId(), span, false);
        known &= level(expected.levelId(), span);
        if (known && expected.by() == ExpectedActions.By.QUESTIONS) {
          Dimension d = model.dimensions().get(expected.dimensionId());
          for (String q : expected.items()) {
            if (!d.questions().containsKey(q)) {
              String message = model.question(q).isPresent()
                  ? "question '" + q + "' is in dimension '" + model.dimensionOf(model.question(q).get()).id()
                      + "', not in '" + d.id() + "'"
                  : "unknown question '" + q + "' in an expectation";
              report(DiagnosticCode.E0413, message, span, Suggestions.didYouMean(q, d.questions().keySet()));
              known = false;
            }
          }
        }
        String what = "the actions of '" + expected.dimensionId() + "' to '" + expected.levelId() + "' are";
        once(known, what, "actions " + expected.dimensionId() + " " + expected.levelId(), span, seen);
      }
      if (e.expectsNothing()) {
        report(DiagnosticCode.W0305, "example '" + e.name() + "' expects nothing, so it cannot fail", at.name(),
            Optional.of("add a line such as 'expect overall = <level>'"));
      }
    }

    private void once(boolean known, String what, String key, Optional<SourceSpan> span, Map<String, Optional<SourceSpan>> seen) {
      if (!known) {
        return;
      }
      Optional<SourceSpan> first = seen.putIfAbsent(key, span);
      if (first != null) {
        findings.repeated(DiagnosticCode.E0414, what + " expected twice", span, "first expected at", first);
      }
    }

    /** Checks that the model has an overall level to expect. */
    private boolean overall(Optional<SourceSpan> span) {
      if (model.rules().hasOverallLevel()) {
        return true;
      }
      report(DiagnosticCode.E0413, "the model has no overall level to expect (overall level = none)", span,
          Optional.of("expect the levels of dimensions or groups instead"));
      return false;
    }

    /** Checks a dimension id; {@code orOverall}: where 'overall' may stand instead (a hint candidate). */
    private boolean dimension(String id, Optional<SourceSpan> span, boolean orOverall) {
      if (model.dimensions().containsKey(id)) {
        return true;
      }
      List<String> candidates = new ArrayList<>(model.dimensions().keySet());
      if (orOverall) {
        candidates.add("overall");
      }
      report(DiagnosticCode.E0413, "unknown dimension '" + id + "' in an expectation", span,
          Suggestions.didYouMean(id, candidates));
      return false;
    }

    /** Checks a group or question id. */
    private boolean known(String id, Collection<String> ids, String what, Optional<SourceSpan> span) {
      if (ids.contains(id)) {
        return true;
      }
      report(DiagnosticCode.E0413, "unknown " + what + " '" + id + "' in an expectation", span,
          Suggestions.didYouMean(id, ids));
      return false;
    }

    /** Checks the level of an expected side; no level names none. */
    private boolean expected(Example.Expected expected, Optional<SourceSpan> span) {
      return expected.levelId().map(l -> level(l, span)).orElse(true);
    }

    private boolean level(String id, Optional<SourceSpan> span) {
      if (model.scale().level(id).isPresent()) {
        return true;
      }
      report(DiagnosticCode.E0413, "unknown level '" + id + "' in an expectation", span,
          Suggestions.didYouMean(id, model.scale().levels().stream().map(Level::id).toList()));
      return false;
    }

    private void report(DiagnosticCode code, String message, Optional<SourceSpan> span, Optional<String> hint) {
      findings.report(code, message, span, hint);
    }
  }
}
