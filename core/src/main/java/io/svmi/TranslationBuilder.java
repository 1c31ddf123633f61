package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.ModelDraft.Declared;
import io.svmi.Translation.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds one translation of a model's texts; obtained from {@link ModelBuilder#translation}. Each
 * method names what it translates by its ids, and optionally where the ids were written (the
 * span of the first id) so that diagnostics point at them. What it names is checked with the
 * model: E0231 for something the model does not have, E0232 for a text translated twice.
 */
public final class TranslationBuilder {
  private final Declared<String> language;
  private final List<ModelDraft.TextDecl> texts = new ArrayList<>();

  TranslationBuilder(Declared<String> language) {
    this.language = language;
  }

  /** The model's name. */
  public TranslationBuilder modelName(String text, @Nullable SourceSpan span) {
    return add(Kind.MODEL, text, span);
  }

  public TranslationBuilder level(String levelId, String text, @Nullable SourceSpan span) {
    return add(Kind.LEVEL, text, span, levelId);
  }

  public TranslationBuilder group(String groupId, String text, @Nullable SourceSpan span) {
    return add(Kind.GROUP, text, span, groupId);
  }

  public TranslationBuilder dimension(String dimensionId, String text, @Nullable SourceSpan span) {
    return add(Kind.DIMENSION, text, span, dimensionId);
  }

  public TranslationBuilder question(String questionId, String text, @Nullable SourceSpan span) {
    return add(Kind.QUESTION, text, span, questionId);
  }

  /** The text of an option a question declares itself. */
  public TranslationBuilder option(String questionId, String optionId, String text, @Nullable SourceSpan span) {
    return add(Kind.OPTION, text, span, questionId, optionId);
  }

  /** The text of an option of an answer set. */
  public TranslationBuilder answerSetOption(String answerSetId, String optionId, String text, @Nullable SourceSpan span) {
    return add(Kind.ANSWER_SET_OPTION, text, span, answerSetId, optionId);
  }

  /** The text of the action that moves a question up to a level. */
  public TranslationBuilder action(String questionId, String levelId, String text, @Nullable SourceSpan span) {
    return add(Kind.ACTION, text, span, questionId, levelId);
  }

  private TranslationBuilder add(Kind kind, String text, @Nullable SourceSpan span, String... ids) {
    for (String id : ids) {
      checkNotNull(id, "id");
    }
    texts.add(new ModelDraft.TextDecl(kind, ImmutableList.copyOf(ids), checkNotNull(text, "text"), Optional.ofNullable(span)));
    return this;
  }

  ModelDraft.TranslationDecl draft() {
    return new ModelDraft.TranslationDecl(language, ImmutableList.copyOf(texts));
  }
}
