package io.svmi.bench.drools;

/**
 * What to do to move one question up to one level (empty text where the model has none), with the
 * positions of its dimension and question in the model so that a plan can be put in order.
 */
public final class ActionText {
  private final String dimension;
  private final int dimensionIndex;
  private final String question;
  private final int questionIndex;
  private final int level;
  private final String text;

  public ActionText(String dimension, int dimensionIndex, String question, int questionIndex, int level, String text) {
    this.dimension = dimension;
    this.dimensionIndex = dimensionIndex;
    this.question = question;
    this.questionIndex = questionIndex;
    this.level = level;
    this.text = text;
  }

  public String getDimension() {
    return dimension;
  }

  public int getDimensionIndex() {
    return dimensionIndex;
  }

  public String getQuestion() {
    return question;
  }

  public int getQuestionIndex() {
    return questionIndex;
  }

  public int getLevel() {
    return level;
  }

  public String getText() {
    return text;
  }
}
