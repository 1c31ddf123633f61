package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Example;
import io.svmi.ExampleResult;
import io.svmi.Level;
import io.svmi.MaturityModel;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An example that expects what its evaluation gives passes, in the file as written and after
 * formatting; expecting a different present level of one dimension fails, naming that dimension.
 * Over the testkit's generated models with examples (in package io.svmi.dsl for the compiler's
 * quoting; here because the compiler's module cannot depend on the testkit).
 */
class ExampleBlocksTest {

  /** Generated models with at least one example block. */
  @Provide
  Arbitrary<MaturityModel> withExamples() {
    return RoundTripTest.printable().filter(m -> !m.examples().isEmpty());
  }

  @Property(tries = 100)
  void expectingTheEvaluation_passes_andExpectingAnotherLevel_fails(@ForAll("withExamples") MaturityModel model)
      throws Exception {
    Assessment assessment = model.examples().get(0).assessment(model);
    Evaluation e = model.evaluate(assessment);
    StringBuilder example = new StringBuilder("\nexample \"expected\" {\n");
    assessment.answers().forEach((q, o) -> example.append("  answer ").append(q).append(" = ").append(o).append('\n'));
    assessment.targets().forEach((d, l) -> example.append("  target ").append(d).append(" = ").append(l.id()).append('\n'));
    assessment.overallTarget().ifPresent(l -> example.append("  overall target = ").append(l.id()).append('\n'));
    assessment.targetAnswers().forEach((q, o) -> example.append("  target answer ").append(q).append(" = ").append(o)
        .append('\n'));
    String changed = null;
    for (DimensionResult d : e.dimensions()) {
      if (d.present().isPresent()) {
        example.append("  expect dimension ").append(d.dimension().id()).append(" = ").append(d.present().get().id())
            .append(" -> ").append(d.target().orElseThrow().id()).append('\n');
        if (changed == null && model.scale().size() > 1) {
          changed = d.dimension().id();
        }
      }
      Level top = model.scale().highest();
      example.append("  expect dimension ").append(d.dimension().id()).append(" to ").append(top.id()).append(" {");
      for (Action a : e.plan().cell(d.dimension().id(), top)) {
        if (a.hasText()) {
          example.append(' ').append(Texts.quote(a.text()));
        }
      }
      example.append(" }\n");
    }
    example.append("  expect overall = ").append(e.present().map(Level::id).orElse(model.scale().lowest().id()));
    String text = Svmi.print(model) + example.append(e.present().isPresent() ? "" : "\n  subject \"none\"")
        .append("\n}\n");
    if (e.present().isEmpty()) {
      text = text.replace("  expect overall = " + model.scale().lowest().id() + "\n", "");
    }
    MaturityModel compiled = Svmi.compileOrThrow("expected.svmi", text);
    ExampleResult result = compiled.examples().stream().filter(x -> x.name().equals("expected")).findFirst()
        .orElseThrow().run(compiled);
    assertTrue(result.passed(), result.report(Optional.empty()) + "\n" + text);
    MaturityModel formatted = Svmi.compileOrThrow("f.svmi", Svmi.format("e.svmi", text).formatted().orElseThrow());
    assertEquals(compiled, formatted);

    if (changed != null) {
      String id = changed;
      Example original = compiled.examples().stream().filter(x -> x.name().equals("expected")).findFirst().orElseThrow();
      Example.ExpectedLevel level = original.levels().stream()
          .filter(l -> l.dimensionId().equals(Optional.of(id))).findFirst().orElseThrow();
      Level present = model.scale().level(level.presentId()).orElseThrow();
      Level other = model.scale().atRank(present.rank() == 0 ? 1 : 0);
      String broken = text.replace("  expect dimension " + id + " = " + present.id() + " ->",
          "  expect dimension " + id + " = " + other.id() + " ->");
      MaturityModel b = Svmi.compileOrThrow("broken.svmi", broken);
      ExampleResult failed = b.examples().stream().filter(x -> x.name().equals("expected")).findFirst()
          .orElseThrow().run(b);
      assertFalse(failed.passed());
      assertTrue(failed.mismatches().stream().anyMatch(m -> m.subject().startsWith("dimension " + id + " ")),
          failed.report(Optional.empty()));
    }
  }
}
