package io.svmi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.ModelResult;
import io.svmi.SourceSpan;
import io.svmi.internal.SourceMap.Part;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Positions beside declarations: taken by key, the n-th declaration under a key taking the n-th position. */
class SourceMapTest {
  private static final SourceSpan FIRST = SourceSpan.of("m.svmi", 3, 5, 2);
  private static final SourceSpan SECOND = SourceSpan.of("m.svmi", 9, 5, 2);

  @Test
  void positions_areTakenByKey_inTheOrderTheyWereRecorded_once() {
    SourceMap map = new SourceMap().put(FIRST, Part.QUESTION, "A1").put(SECOND, Part.QUESTION, "A1");
    assertEquals(Optional.empty(), map.take(Part.QUESTION, "A2"));
    assertEquals(Optional.empty(), map.take(Part.QUESTION_WEIGHT, "A1"));
    assertEquals(Optional.of(FIRST), map.take(Part.QUESTION, "A1"));
    assertEquals(Optional.of(SECOND), map.take(Part.QUESTION, "A1"));
    assertEquals(Optional.empty(), map.take(Part.QUESTION, "A1"));
  }

  @Test
  void twoQuestionsWithOneId_eachKeepTheirPosition_andTheDuplicateNamesBoth() {
    ModelBuilder b = MaturityModel.builder();
    SourceMap.of(b).put(FIRST, Part.QUESTION, "A1").put(SECOND, Part.QUESTION, "A1");
    ModelResult r = b.name("m").level("low", "Low").level("high", "High")
        .dimension("A", "A", d -> d.question("A1", "One", q -> q.option("l", "L", "low").option("h", "H", "high")))
        .dimension("B", "B", d -> d.question("A1", "Two", q -> q.option("l", "L", "low").option("h", "H", "high")))
        .check();
    Diagnostic duplicate = r.errors().stream().filter(d -> d.code() == DiagnosticCode.E0201).findFirst().orElseThrow();
    assertEquals("duplicate question 'A1'", duplicate.message());
    assertEquals(Optional.of(SECOND), duplicate.span());
    assertEquals(Optional.of("first declared at 3:5"), duplicate.hint());
  }

  @Test
  void aBuilderWithoutRecordedPositions_reportsWithoutThem() {
    ModelResult r = MaturityModel.builder().name("m").level("low", "Low").level("low", "Again").check();
    assertEquals(List.of(Optional.empty()), r.errors().stream()
        .filter(d -> d.code() == DiagnosticCode.E0201).map(Diagnostic::span).toList());
  }

  @Test
  void eachBuilder_hasItsOwnMap() {
    ModelBuilder a = MaturityModel.builder();
    assertSame(SourceMap.of(a), SourceMap.of(a));
    assertEquals(false, SourceMap.of(a) == SourceMap.of(MaturityModel.builder()));
  }
}
