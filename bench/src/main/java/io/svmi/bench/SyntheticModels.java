package io.svmi.bench;

import java.util.SplittableRandom;

/**
 * Generates .svmi text of any size, from a seed, shaped like the bundled SVMI model: its five levels
 * and rules, dimensions of ten questions, each question with an option at every level and an action
 * text to every level above the lowest (so the compiler has nothing to warn about), texts drawn
 * from a small vocabulary. The same seed gives the same text.
 */
final class SyntheticModels {
  static final int QUESTIONS_PER_DIMENSION = 10;
  private static final String[] LEVELS = {"incomplete", "follower", "mature", "leader", "innovator"};
  private static final String[] WORDS = {
    "social", "value", "contract", "supplier", "council", "measure", "report", "outcome", "local",
    "community", "policy", "strategy", "training", "officers", "partners", "procurement", "review",
    "evidence", "themes", "delivery", "market", "engagement", "cabinet", "feedback", "annual", "targets",
    "the", "and", "with", "for", "across", "every", "through", "its", "their", "our"
  };

  private SyntheticModels() {}

  /** A model of {@code questions} questions (a multiple of ten), generated from {@code seed}. */
  static String text(int questions, long seed) {
    if (questions <= 0 || questions % QUESTIONS_PER_DIMENSION != 0) {
      throw new IllegalArgumentException("questions must be a positive multiple of " + QUESTIONS_PER_DIMENSION);
    }
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder s = new StringBuilder(questions * 400);
    s.append("# A synthetic model of ").append(questions).append(" questions (seed ").append(seed).append(").\n");
    s.append("model \"Synthetic model of ").append(questions).append(" questions\" version \"1.0\"\n\n");
    s.append("levels {\n  incomplete \"Incomplete/Non Compliant\"\n  follower \"Follower\"\n  mature \"Mature\"\n")
        .append("  leader \"Leader\"\n  innovator \"Innovator\"\n}\n\n");
    s.append("rules {\n  dimension level = lowest of questions\n  overall level = mean of dimensions rounded down\n")
        .append("  overall target = mean of dimension targets rounded down\n  action plan = next level\n")
        .append("  unanswered = error\n}\n");
    int dimensions = questions / QUESTIONS_PER_DIMENSION;
    for (int d = 1; d <= dimensions; d++) {
      s.append("\ndimension D").append(d).append(" \"");
      words(s, random, 2, 4);
      s.append("\" {\n");
      for (int q = 1; q <= QUESTIONS_PER_DIMENSION; q++) {
        s.append("  question D").append(d).append('Q').append(q).append(" \"How far ");
        words(s, random, 4, 8);
        s.append("?\" {\n");
        for (int l = 0; l < LEVELS.length; l++) {
          s.append("    option o").append(l).append(" \"");
          words(s, random, 2, 4);
          s.append("\" -> ").append(LEVELS[l]).append('\n');
        }
        for (int l = 1; l < LEVELS.length; l++) {
          s.append("    to ").append(LEVELS[l]).append(" \"");
          words(s, random, 4, 8);
          s.append(".\"\n");
        }
        s.append("  }\n");
      }
      s.append("}\n");
    }
    return s.toString();
  }

  private static void words(StringBuilder s, SplittableRandom random, int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      String word = WORDS[random.nextInt(WORDS.length)];
      s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
  }
}
