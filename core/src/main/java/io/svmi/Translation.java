package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * A model's texts in one language other than its default ({@code translation cy { … }}): the
 * translated name of the model, of levels, groups and dimensions, the translated texts of
 * questions, options (a question's own, or an answer set's) and actions, each by the ids it
 * translates. A text it lacks is shown in the default language ({@link MaturityModel#translated}).
 * Immutable.
 */
public final class Translation {
  private final String language;
  /** By {@link #key}: the kind of text and the ids it belongs to. */
  private final ImmutableMap<String, String> texts;

  Translation(String language, ImmutableMap<String, String> texts) {
    this.language = checkNotNull(language, "language");
    this.texts = checkNotNull(texts, "texts");
  }

  /** The kinds of text a translation gives. */
  enum Kind {
    MODEL, LEVEL, GROUP, DIMENSION, QUESTION, OPTION, ANSWER_SET_OPTION, ACTION
  }

  /** The key of a text: its kind and ids, joined by a character no id or text id may hold. */
  static String key(Kind kind, String... ids) {
    return kind + "\u0000" + String.join("\u0000", ids);
  }

  /** The id of the language the texts are in. */
  public String language() {
    return language;
  }

  /** How many texts it translates. */
  public int size() {
    return texts.size();
  }

  /** The model's name. */
  public Optional<String> modelName() {
    return text(Kind.MODEL);
  }

  public Optional<String> level(String levelId) {
    return text(Kind.LEVEL, levelId);
  }

  public Optional<String> group(String groupId) {
    return text(Kind.GROUP, groupId);
  }

  public Optional<String> dimension(String dimensionId) {
    return text(Kind.DIMENSION, dimensionId);
  }

  public Optional<String> question(String questionId) {
    return text(Kind.QUESTION, questionId);
  }

  /** The text of an option the question declares itself. */
  public Optional<String> option(String questionId, String optionId) {
    return text(Kind.OPTION, questionId, optionId);
  }

  /** The text of an option of an answer set. */
  public Optional<String> answerSetOption(String answerSetId, String optionId) {
    return text(Kind.ANSWER_SET_OPTION, answerSetId, optionId);
  }

  /** The text of the action that moves the question up to the level. */
  public Optional<String> action(String questionId, String levelId) {
    return text(Kind.ACTION, questionId, levelId);
  }

  private Optional<String> text(Kind kind, String... ids) {
    return Optional.ofNullable(texts.get(key(kind, ids)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Translation t && language.equals(t.language) && texts.equals(t.texts);
  }

  @Override
  public int hashCode() {
    return language.hashCode() * 31 + texts.hashCode();
  }

  @Override
  public String toString() {
    return "Translation[" + language + ", " + texts.size() + " texts]";
  }
}
