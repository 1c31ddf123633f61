package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.MaturityModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code answers} sets read, print before the dimensions, and format with their comments. */
class AnswerSetLanguageTest {
  private static final String SOURCE = """
      model "Sets"

      levels {
        low  "Low"
        high "High"
      }

      dimension A "Area" {
        question A1 "First?" answers yesno {
          to high "Do the first."
        }
      }

      # Shared answers.
      answers yesno {
        option no  "No" -> low  # never
        option yes "Yes" -> high
      }
      """;

  @Test
  void aSet_readsAndPrintsBeforeTheDimensions_withItsComments() {
    MaturityModel m = Svmi.compileOrThrow("m.svmi", SOURCE);
    assertEquals(Optional.of("yesno"), m.questions().get("A1").answerSet());
    String printed = Svmi.print(m);
    assertEquals(m, Svmi.compileOrThrow("printed.svmi", printed));
    assertTrue(printed.contains("""
        answers yesno {
          option no  "No" -> low
          option yes "Yes" -> high
        }

        dimension A "Area" {
          question A1 "First?" answers yesno {
            to high "Do the first."
          }
        }
        """), printed);
    String formatted = Svmi.format("m.svmi", SOURCE).formatted().orElseThrow();
    assertTrue(formatted.contains("""
        # Shared answers.
        answers yesno {
          option no  "No" -> low  # never
        """), formatted);
    assertTrue(Svmi.format("f.svmi", formatted).isUnchanged());
  }

  @Test
  void answers_isStillAnId() {
    MaturityModel m = Svmi.compileOrThrow("m.svmi", SOURCE.replace("yesno", "answers"));
    assertTrue(m.answerSets().containsKey("answers"));
  }
}
