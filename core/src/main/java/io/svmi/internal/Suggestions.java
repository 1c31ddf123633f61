package io.svmi.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean…?" for misspelt ids and words: the closest candidate by edit distance (a swap of
 * two neighbouring characters counts as one edit).
 *
 * <p>Not API: public only so that svmi's own modules (dsl, report, the command line) phrase hints
 * alike; its package is not exported to anyone else.
 */
public final class Suggestions {
  /**
   * Longer words get no suggestion: nobody misspells a 100-character id, and the edit distance
   * takes time proportional to the product of the lengths (two ids of a million characters in one
   * rules file took hours).
   */
  public static final int MAX_WORD = 64;

  private Suggestions() {}

  /**
   * The candidate closest to {@code word} (ignoring case), if it is close enough to be a likely
   * typo: at most a third of the word's length in edits (one for words of two or three
   * characters, none but case for a single character). Words longer than 64 characters get none.
   */
  public static Optional<String> closest(String word, Iterable<String> candidates) {
    if (word.length() > MAX_WORD) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(word.length() >= 2 ? 1 : 0, word.length() / 3);
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - word.length()) > limit) {
        continue;
      }
      int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance && d <= limit) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "did you mean 'leader'?" when there is a close candidate. */
  public static Optional<String> didYouMean(String word, Iterable<String> candidates) {
    return closest(word, candidates).map(c -> "did you mean '" + c + "'?");
  }

  private static int distance(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          // Two neighbours swapped ("modle" for "model") is one typo.
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
        }
      }
      int[] t = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
