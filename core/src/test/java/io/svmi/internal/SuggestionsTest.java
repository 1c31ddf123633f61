package io.svmi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean…?": the closest candidate within a third of the word's length in edits (one for
 * two or three characters, case only for one), the first of equally close ones, a swap of
 * neighbours as one edit.
 */
class SuggestionsTest {
  private static Optional<String> closest(String word, String... candidates) {
    return Suggestions.closest(word, List.of(candidates));
  }

  @Test
  void aWordOfOneCharacter_differsOnlyInCase() {
    assertEquals(Optional.of("A"), closest("a", "b", "A"));
    assertEquals(Optional.empty(), closest("a", "b", "ab"));
  }

  @Test
  void aWordOfTwoOrThreeCharacters_isOneEditAway() {
    assertEquals(Optional.of("Q1"), closest("Q2", "Q1"));
    assertEquals(Optional.of("Q12"), closest("Q1", "Q12"));
    assertEquals(Optional.empty(), closest("Q1", "Q123"));
    assertEquals(Optional.of("ab"), closest("abc", "ab"));
    assertEquals(Optional.empty(), closest("abc", "a"));
  }

  @Test
  void aLongerWord_isAThirdOfItsLengthAway_atMost() {
    // Six characters: two edits, whether substituted, inserted or deleted.
    assertEquals(Optional.of("leader"), closest("lxadxr", "leader"));
    assertEquals(Optional.empty(), closest("lxaxxr", "leader"));
    assertEquals(Optional.of("leader"), closest("leade", "leader"));
    assertEquals(Optional.of("leader"), closest("leaderrs", "leader"));
    assertEquals(Optional.empty(), closest("lead", "leader"));
    assertEquals(Optional.of("innovator"), closest("inovatr", "innovator"));
    // Letters the candidate has before the word are edits too: "zz" added and "ef" removed is 4.
    assertEquals(Optional.empty(), closest("abcdef", "zzabcd"));
  }

  @Test
  void theClosest_andOfEquallyCloseOnes_theFirst_isSuggested() {
    assertEquals(Optional.of("mature"), closest("matur", "nature", "mature", "matures"));
    assertEquals(Optional.of("bat"), closest("cat", "bat", "cot", "cut"));
    assertEquals(Optional.of("cot"), closest("cat", "dog", "cot", "bat"));
  }

  @Test
  void twoNeighboursSwapped_areOneEdit_anywhereInTheWord() {
    assertEquals(Optional.of("model"), closest("modle", "model"));
    assertEquals(Optional.of("model"), closest("omdel", "model"));
    assertEquals(Optional.of("level"), closest("elvel", "level"));
    assertEquals(Optional.of("ab"), closest("ba", "ab"));
    // Two swaps in five characters are two edits, one more than allowed.
    assertEquals(Optional.empty(), closest("omdle", "model"));
    // Characters that do not neighbour each other are not a swap.
    assertEquals(Optional.empty(), closest("lodem", "model"));
  }

  @Test
  void caseIsIgnored_butTheCandidateIsGivenAsWritten() {
    assertEquals(Optional.of("Leader"), closest("LEADR", "Leader"));
    assertEquals(Optional.of("did you mean 'Leader'?"), Suggestions.didYouMean("leadr", List.of("Leader")));
    assertEquals(Optional.empty(), Suggestions.didYouMean("xyz", List.of("Leader")));
  }

  @Test
  void aWordOfMoreThan64Characters_getsNoSuggestion() {
    String word = "a".repeat(Suggestions.MAX_WORD);
    assertEquals(Optional.of(word), closest(word, word));
    assertEquals(Optional.of(word), closest(word.substring(1) + "b", word));
    assertEquals(Optional.empty(), closest(word + "b", word + "b"));
  }
}
