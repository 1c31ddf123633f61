package io.svmi.bench.drools;

/** The answer to one question: the level of the chosen option, -1 when it is not applicable. */
public final class Answer {
  private final String dimension;
  private final String question;
  private final int level;

  public Answer(String dimension, String question, int level) {
    this.dimension = dimension;
    this.question = question;
    this.level = level;
  }

  public String getDimension() {
    return dimension;
  }

  public String getQuestion() {
    return question;
  }

  public int getLevel() {
    return level;
  }
}
