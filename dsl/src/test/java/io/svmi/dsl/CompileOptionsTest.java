package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler's limits: values that compare by their limits, each at least 1; input sized in UTF-8 bytes. */
class CompileOptionsTest {
  @Test
  void options_areValues() {
    CompileOptions a = CompileOptions.builder().maxInputBytes(10).maxNestingDepth(3).maxErrors(2).build();
    assertEquals(a, a.toBuilder().build());
    assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
    assertEquals("CompileOptions[maxInputBytes=10, maxNestingDepth=3, maxErrors=2]", a.toString());
    for (CompileOptions other : List.of(a.toBuilder().maxInputBytes(11).build(), a.toBuilder().maxNestingDepth(4).build(),
        a.toBuilder().maxErrors(3).build())) {
      assertNotEquals(a, other);
      assertNotEquals(a.hashCode(), other.hashCode());
    }
    assertNotEquals(a, "options");
  }

  @Test
  void everyLimit_isAtLeastOne() {
    CompileOptions one = CompileOptions.builder().maxInputBytes(1).maxNestingDepth(1).maxErrors(1).build();
    assertEquals(List.of(1, 1, 1), List.of(one.maxInputBytes(), one.maxNestingDepth(), one.maxErrors()));
    assertThrows(IllegalArgumentException.class, () -> CompileOptions.builder().maxInputBytes(0));
    assertThrows(IllegalArgumentException.class, () -> CompileOptions.builder().maxNestingDepth(0));
    assertThrows(IllegalArgumentException.class, () -> CompileOptions.builder().maxErrors(0));
  }

  @Test
  void utf8Length_countsOneToFourBytesACharacter() {
    assertEquals(0, Compiler.utf8Length(""));
    assertEquals(1, Compiler.utf8Length("\u007f"));
    assertEquals(2, Compiler.utf8Length("\u0080"));
    assertEquals(2, Compiler.utf8Length("\u07ff"));
    assertEquals(3, Compiler.utf8Length("\u0800"));
    assertEquals(3, Compiler.utf8Length("\uffff"));
    assertEquals(4, Compiler.utf8Length("\ud83d\ude00"), "a surrogate pair is one 4-byte character");
    assertEquals(3, Compiler.utf8Length("\ud83d"), "an unpaired surrogate is written as U+FFFD");
    assertEquals(7, Compiler.utf8Length("\ud83dx\ude00"), "neither half paired: 3 + 1 + 3");
  }
}
