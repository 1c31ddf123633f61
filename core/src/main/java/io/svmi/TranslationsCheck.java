package io.svmi;

import io.svmi.ModelDraft.LanguageDecl;
import io.svmi.ModelDraft.TextDecl;
import io.svmi.ModelDraft.TranslationDecl;
import io.svmi.Translation.Kind;
import io.svmi.internal.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The languages and translations of a model: E0233 (language declared twice); E0230 (translation
 * into an undeclared language) and E0234 (translation into the default language, whose texts are
 * the model's own); E0231 (a translation names what the model does not have, with "did you
 * mean…?"); E0232 (a text translated twice); E0209 for an empty translated text; and W0309
 * (missing translations): one warning per language, at its declaration, counting the texts it
 * lacks and naming the first few, which are shown in the default language instead (not beside
 * an error, which may be the misnamed text).
 */
final class TranslationsCheck implements ModelCheck.OfModel {
  /** How many missing texts a W0309 names before "and N more". */
  static final int NAMED = 5;

  @Override
  public void check(ModelDraft draft, MaturityModel model, Findings findings) {
    Map<String, LanguageDecl> languages = new LinkedHashMap<>();
    for (LanguageDecl l : draft.languages()) {
      LanguageDecl first = languages.putIfAbsent(l.id().value(), l);
      if (first != null) {
        findings.repeated(DiagnosticCode.E0233, "language '" + l.id().value() + "' is declared twice", l.id().span(),
            "first declared at", first.id().span());
      }
    }
    Optional<String> defaultLanguage = draft.languages().stream().findFirst().map(l -> l.id().value());
    Map<String, Map<String, TextDecl>> given = new HashMap<>();
    for (TranslationDecl t : draft.translations()) {
      String language = t.language().value();
      if (defaultLanguage.isPresent() && defaultLanguage.get().equals(language)) {
        findings.report(DiagnosticCode.E0234, "a translation into '" + language + "', the model's default language",
            t.language().span(), "the model's own texts are in '" + language + "'; translate into another language");
        continue;
      }
      if (!languages.containsKey(language)) {
        findings.report(DiagnosticCode.E0230, "a translation into '" + language + "', a language the model does not declare",
            t.language().span(),
            Suggestions.didYouMean(language, languages.keySet())
                .orElse(languages.isEmpty()
                    ? "declare the model's languages, its own first: languages { en \"English\" " + language + " \"…\" }"
                    : "the model's languages are: " + String.join(", ", languages.keySet())));
        continue;
      }
      Map<String, TextDecl> texts = given.computeIfAbsent(language, k -> new HashMap<>());
      Set<String> unknownQuestions = new HashSet<>();
      for (TextDecl x : t.texts()) {
        boolean ofUnknownQuestion = (x.kind() == Kind.OPTION || x.kind() == Kind.ACTION || x.kind() == Kind.QUESTION)
            && !model.questions().containsKey(x.ids().get(0));
        if (ofUnknownQuestion && !unknownQuestions.add(x.ids().get(0))) {
          continue;   // an unknown question is reported once, not again for each of its options and actions
        }
        if (!known(x, model, findings)) {
          continue;
        }
        if (x.text().isBlank()) {
          findings.report(DiagnosticCode.E0209, "the '" + language + "' text of " + what(x) + " is empty", x.span());
        }
        TextDecl first = texts.putIfAbsent(x.key(), x);
        if (first != null) {
          findings.repeated(DiagnosticCode.E0232, what(x) + " is translated into '" + language + "' twice", x.span(),
              "first translated at", first.span());
        }
      }
    }
    if (findings.hasErrors()) {
      return;   // a misnamed translation or text may be what looks missing: no W0309 beside errors
    }
    Map<String, String> every = texts(model);
    for (LanguageDecl l : languages.values()) {
      String language = l.id().value();
      if (defaultLanguage.get().equals(language)) {
        continue;
      }
      Set<String> translated = given.getOrDefault(language, Map.of()).keySet();
      List<String> missing = new ArrayList<>();
      every.forEach((key, what) -> {
        if (!translated.contains(key)) {
          missing.add(what);
        }
      });
      if (!missing.isEmpty()) {
        String named = String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
            + (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "");
        findings.report(DiagnosticCode.W0309,
            "language '" + language + "' lacks " + missing.size() + " of " + every.size() + " texts, shown in '"
                + defaultLanguage.get() + "' instead: " + named,
            l.id().span(),
            "translate them in a 'translation " + language + " { … }' block, in the model or in its translation file");
      }
    }
  }

  /** Whether the model has what the text translates; E0231 when not. */
  private static boolean known(TextDecl x, MaturityModel model, Findings findings) {
    List<String> ids = x.ids();
    Optional<String> problem;
    Iterable<String> candidates;
    switch (x.kind()) {
      case MODEL -> {
        return true;
      }
      case LEVEL -> {
        candidates = model.scale().levels().stream().map(Level::id).toList();
        problem = model.scale().level(ids.get(0)).isPresent() ? Optional.empty() : Optional.of("level '" + ids.get(0) + "'");
      }
      case GROUP -> {
        candidates = model.groups().keySet();
        problem = model.groups().containsKey(ids.get(0)) ? Optional.empty() : Optional.of("group '" + ids.get(0) + "'");
      }
      case DIMENSION -> {
        candidates = model.dimensions().keySet();
        problem = model.dimensions().containsKey(ids.get(0)) ? Optional.empty() : Optional.of("dimension '" + ids.get(0) + "'");
      }
      case QUESTION -> {
        candidates = model.questions().keySet();
        problem = model.questions().containsKey(ids.get(0)) ? Optional.empty() : Optional.of("question '" + ids.get(0) + "'");
      }
      case OPTION, ACTION -> {
        Question q = model.questions().get(ids.get(0));
        if (q == null) {
          candidates = model.questions().keySet();
          problem = Optional.of("question '" + ids.get(0) + "'");
        } else if (x.kind() == Kind.OPTION) {
          if (q.answerSet().isPresent()) {
            findings.report(DiagnosticCode.E0231,
                "question '" + q.id() + "' takes its options from the answer set '" + q.answerSet().get() + "'",
                x.span(), "translate them once, for every question that uses them: answers " + q.answerSet().get()
                    + " { option " + ids.get(1) + " \"…\" }");
            return false;
          }
          candidates = q.options().keySet();
          problem = q.options().containsKey(ids.get(1)) ? Optional.empty()
              : Optional.of("option '" + ids.get(1) + "' of question '" + q.id() + "'");
        } else {
          candidates = q.actions().keySet();
          problem = q.actions().containsKey(ids.get(1)) ? Optional.empty()
              : Optional.of("action to '" + ids.get(1) + "' of question '" + q.id() + "'");
        }
      }
      case ANSWER_SET_OPTION -> {
        AnswerSet s = model.answerSets().get(ids.get(0));
        if (s == null) {
          candidates = model.answerSets().keySet();
          problem = Optional.of("answer set '" + ids.get(0) + "'");
        } else {
          candidates = s.options().keySet();
          problem = s.options().containsKey(ids.get(1)) ? Optional.empty()
              : Optional.of("option '" + ids.get(1) + "' of answer set '" + s.id() + "'");
        }
      }
      default -> throw new IllegalStateException(x.kind().toString());
    }
    if (problem.isEmpty()) {
      return true;
    }
    String missing = problem.get().contains("'" + ids.get(ids.size() - 1) + "'") ? ids.get(ids.size() - 1) : ids.get(0);
    findings.report(DiagnosticCode.E0231, "the translation names " + problem.get() + ", which the model does not have",
        x.span(), Suggestions.didYouMean(missing, candidates).orElseGet(() -> {
          List<String> known = new ArrayList<>();
          candidates.forEach(known::add);
          return known.isEmpty() || known.size() > 12
              ? "translate only what the model declares"
              : "the model has: " + String.join(", ", known);
        }));
    return false;
  }

  /** "question 'T1'", "option 'none' of question 'T1'", … */
  private static String what(TextDecl x) {
    List<String> ids = x.ids();
    return switch (x.kind()) {
      case MODEL -> "the model's name";
      case LEVEL -> "level '" + ids.get(0) + "'";
      case GROUP -> "group '" + ids.get(0) + "'";
      case DIMENSION -> "dimension '" + ids.get(0) + "'";
      case QUESTION -> "question '" + ids.get(0) + "'";
      case OPTION -> "option '" + ids.get(1) + "' of question '" + ids.get(0) + "'";
      case ANSWER_SET_OPTION -> "option '" + ids.get(1) + "' of answer set '" + ids.get(0) + "'";
      case ACTION -> "the action to '" + ids.get(1) + "' of question '" + ids.get(0) + "'";
    };
  }

  /** Every text of the model by its translation key, with how a warning names it, in model order. */
  static Map<String, String> texts(MaturityModel model) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(Translation.key(Kind.MODEL), "the model's name");
    model.scale().levels().forEach(l -> texts.put(Translation.key(Kind.LEVEL, l.id()), "level " + l.id()));
    model.answerSets().values().forEach(s -> s.options().keySet().forEach(o ->
        texts.put(Translation.key(Kind.ANSWER_SET_OPTION, s.id(), o), "option " + s.id() + "/" + o)));
    model.groups().keySet().forEach(g -> texts.put(Translation.key(Kind.GROUP, g), "group " + g));
    for (Dimension d : model.dimensions().values()) {
      texts.put(Translation.key(Kind.DIMENSION, d.id()), "dimension " + d.id());
      for (Question q : d.questions().values()) {
        texts.put(Translation.key(Kind.QUESTION, q.id()), "question " + q.id());
        if (q.answerSet().isEmpty()) {
          q.options().keySet().forEach(o -> texts.put(Translation.key(Kind.OPTION, q.id(), o), "option " + q.id() + "/" + o));
        }
        q.actions().keySet().forEach(l -> texts.put(Translation.key(Kind.ACTION, q.id(), l), "to " + q.id() + "/" + l));
      }
    }
    return texts;
  }
}
