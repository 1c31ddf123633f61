package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.ModelDraft.Declared;
import io.svmi.Translation.Kind;
import io.svmi.internal.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds one translation of a model's texts; obtained from {@link ModelBuilder#translation}. Each
 * method names what it translates by its ids. What it names is checked with the model: E0231 for
 * something the model does not have, E0232 for a text translated twice.
 */
public final class TranslationBuilder {
  private final SourceMap sources;
  private final Declared<String> language;
  private final List<ModelDraft.TextDecl> texts = new ArrayList<>();

  TranslationBuilder(SourceMap sources, Declared<String> language) {
    this.sources = sources;
    this.language = language;
  }

  /** The model's name. */
  public TranslationBuilder modelName(String text) {
    return add(Kind.MODEL, text);
  }

  public TranslationBuilder level(String levelId, String text) {
    return add(Kind.LEVEL, text, levelId);
  }

  public TranslationBuilder group(String groupId, String text) {
    return add(Kind.GROUP, text, groupId);
  }

  public TranslationBuilder dimension(String dimensionId, String text) {
    return add(Kind.DIMENSION, text, dimensionId);
  }

  public TranslationBuilder question(String questionId, String text) {
    return add(Kind.QUESTION, text, questionId);
  }

  /** The text of an option a question declares itself. */
  public TranslationBuilder option(String questionId, String optionId, String text) {
    return add(Kind.OPTION, text, questionId, optionId);
  }

  /** The text of an option of an answer set. */
  public TranslationBuilder answerSetOption(String answerSetId, String optionId, String text) {
    return add(Kind.ANSWER_SET_OPTION, text, answerSetId, optionId);
  }

  /** The text of the action that moves a question up to a level. */
  public TranslationBuilder action(String questionId, String levelId, String text) {
    return add(Kind.ACTION, text, questionId, levelId);
  }

  private TranslationBuilder add(Kind kind, String text, String... ids) {
    for (String id : ids) {
      checkNotNull(id, "id");
    }
    texts.add(new ModelDraft.TextDecl(kind, ImmutableList.copyOf(ids), checkNotNull(text, "text"),
        sources.take(SourceMap.Part.TRANSLATED, Stream.concat(Stream.of(language.value()), Stream.of(ids)).toArray(String[]::new))));
    return this;
  }

  ModelDraft.TranslationDecl draft() {
    return new ModelDraft.TranslationDecl(language, ImmutableList.copyOf(texts));
  }
}
