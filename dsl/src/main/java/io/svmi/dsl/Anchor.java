package io.svmi.dsl;

/**
 * A printed line's origin in the source: the element's key (such as {@code level:leader} or
 * {@code question:A1}) and its first and last token. Comments attach to anchors.
 */
record Anchor(String key, int firstToken, int lastToken) {
  static String model() {
    return "model";
  }

  static String levels() {
    return "levels";
  }

  static String level(String id) {
    return "level " + id;
  }

  static String rules() {
    return "rules";
  }

  static String rule(String name) {
    return "rule " + name;
  }

  static String dimension(String id) {
    return "dimension " + id;
  }

  static String group(String id) {
    return "group " + id;
  }

  static String dimensionLevel(String id) {
    return "dimension-level " + id;
  }

  static String question(String id) {
    return "question " + id;
  }

  /** An option of a question, or of an answer set ({@link #answerSetOptions}). */
  static String option(String questionId, String optionId) {
    return "option " + questionId + " " + optionId;
  }

  static String answerSet(String id) {
    return "answers " + id;
  }

  /** The owner of an answer set's options: '@' cannot start a question id. */
  static String answerSetOptions(String id) {
    return "@" + id;
  }

  static String profile(String id) {
    return "profile " + id;
  }

  static String profileTarget(String profileId, String dimensionId) {
    return "profile-target " + profileId + " " + dimensionId;
  }

  static String action(String questionId, String levelId) {
    return "action " + questionId + " " + levelId;
  }

  static String example(String name) {
    return "example " + name;
  }

  /** A line of an example, such as {@code answer A1} or {@code expect dimension A}. */
  static String exampleLine(String name, String line) {
    return "example " + name + " / " + line;
  }

  static String languages() {
    return "languages";
  }

  static String language(String id) {
    return "language " + id;
  }

  static String translation(String language) {
    return "translation " + language;
  }

  /** A line of a translation block, such as {@code level launch} or {@code question A1 option no}. */
  static String translated(String language, String line) {
    return "translation " + language + " / " + line;
  }

  /** The closing brace of a block whose header has the given key. */
  static String end(String key) {
    return "end " + key;
  }
}
