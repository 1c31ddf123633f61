package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.internal.SourceMap.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Languages and translations declared with the Java builder ({@link ModelBuilder#language},
 * {@link ModelBuilder#translation}): a translated model shows the translation's texts and the
 * default language's where it lacks one, and every problem of {@code TranslationsCheck} is reported
 * in the author's words.
 */
class TranslationsTest {

  private static SourceSpan at(int line, int column, int length) {
    return SourceSpan.of("m.svmi", line, column, length);
  }

  /** Two levels, an answer set, a question with its own options and one using the set: 12 texts. */
  private static ModelBuilder testing(ModelBuilder b) {
    return b.name("Testing")
        .level("basic", "Basic").level("leading", "Leading")
        .answerSet("yn", s -> s.option("no", "No", "basic").option("yes", "Yes", "leading"))
        .dimension("T", "Testing", d -> d
            .question("T1", "How do you test?", q -> q
                .option("none", "We do not test", "basic").option("always", "On every change", "leading")
                .action("leading", "Test every change."))
            .question("T2", "Is it automated?", q -> q.answers("yn").action("leading", "Automate it.")));
  }

  private static ModelBuilder english() {
    return testing(MaturityModel.builder().language("en", "English").language("cy", "Cymraeg"));
  }

  /** Every one of the twelve texts, in Welsh. */
  private static final Consumer<TranslationBuilder> WELSH = welsh("Profi");

  private static Consumer<TranslationBuilder> welsh(String modelName) {
    return t -> t
        .modelName(modelName)
        .level("basic", "Sylfaenol").level("leading", "Arweiniol")
        .answerSetOption("yn", "no", "Na").answerSetOption("yn", "yes", "Ie")
        .dimension("T", "Profi")
        .question("T1", "Sut ydych chi'n profi?")
        .option("T1", "none", "Nid ydym yn profi").option("T1", "always", "Ar bob newid")
        .action("T1", "leading", "Profwch bob newid.")
        .question("T2", "A yw'n awtomatig?")
        .action("T2", "leading", "Awtomeiddiwch.");
  }

  private static List<String> messagesAndHints(ModelResult r) {
    return r.diagnostics().stream().map(d -> d.code() + " " + d.message() + d.hint().map(h -> " | " + h).orElse(""))
        .toList();
  }

  @Test
  void aFullTranslation_givesEveryTextInTheLanguage_andTheModelKeepsItsOwn() throws Exception {
    ModelResult r = english().translation("cy", WELSH).check();
    assertEquals(List.of(), r.diagnostics());
    MaturityModel m = r.orElseThrow();
    Language en = new Language("en", "English");
    Language cyLanguage = new Language("cy", "Cymraeg");
    assertEquals(List.of(en, cyLanguage), m.languages());
    assertEquals(Optional.of(en), m.defaultLanguage());
    assertEquals(Optional.of(en), m.language());
    assertTrue(m.hasLanguage("en"));
    assertTrue(m.hasLanguage("cy"));
    assertFalse(m.hasLanguage("fr"));
    assertEquals(List.of("cy"), List.copyOf(m.translations().keySet()));
    assertEquals("Testing", m.name());
    assertEquals("Leading", m.scale().level("leading").orElseThrow().name());

    Translation t = m.translations().get("cy");
    assertEquals("cy", t.language());
    assertEquals(12, t.size());
    assertEquals("Translation[cy, 12 texts]", t.toString());
    assertEquals(Optional.of("Profi"), t.modelName());
    assertEquals(Optional.of("Arweiniol"), t.level("leading"));
    assertEquals(Optional.of("Profi"), t.dimension("T"));
    assertEquals(Optional.of("Sut ydych chi'n profi?"), t.question("T1"));
    assertEquals(Optional.of("Ar bob newid"), t.option("T1", "always"));
    assertEquals(Optional.of("Ie"), t.answerSetOption("yn", "yes"));
    assertEquals(Optional.of("Awtomeiddiwch."), t.action("T2", "leading"));
    assertEquals(Optional.empty(), t.group("T"));
    assertEquals(Optional.empty(), t.option("T2", "yes"));   // the answer set's, not the question's
    assertEquals(Optional.empty(), t.level("T"));

    MaturityModel cy = m.translated("cy");
    assertEquals(Optional.of(cyLanguage), cy.language());
    assertEquals(Optional.of(en), cy.defaultLanguage());
    assertEquals(m.languages(), cy.languages());
    assertEquals(m.translations(), cy.translations());
    assertEquals("Profi", cy.name());
    assertEquals(List.of("Sylfaenol", "Arweiniol"), cy.scale().levels().stream().map(Level::name).toList());
    assertEquals("Profi", cy.dimension("T").orElseThrow().name());
    Question t1 = cy.question("T1").orElseThrow();
    assertEquals("Sut ydych chi'n profi?", t1.text());
    assertEquals("Nid ydym yn profi", t1.options().get("none").text());
    assertEquals("Sylfaenol", t1.options().get("none").level().orElseThrow().name());
    assertEquals("Profwch bob newid.", t1.actions().get("leading").text());
    assertEquals("Arweiniol", t1.actions().get("leading").level().name());
    Question t2 = cy.question("T2").orElseThrow();
    assertEquals("A yw'n awtomatig?", t2.text());
    assertEquals("Ie", t2.options().get("yes").text());
    assertEquals("Arweiniol", t2.options().get("yes").level().orElseThrow().name());
    assertEquals("Na", cy.answerSets().get("yn").options().get("no").text());
    assertEquals("Awtomeiddiwch.", t2.actions().get("leading").text());

    // Back to the default language: the model itself, from either.
    assertSame(m, m.translated("en"));
    assertSame(m, cy.translated("en"));
    assertEquals(cy, cy.translated("cy"));
    assertEquals("Profi", cy.translated("cy").name());
  }

  @Test
  void aTranslatedEvaluation_hasTheSameLevelsAndPlan_inTheLanguage() throws Exception {
    MaturityModel m = english().translation("cy", WELSH).build();
    Evaluation e = m.evaluate(m.assessment().subject("Org").answer("T1", "none").answer("T2", "no")
        .target("T", "leading").build());
    assertSame(e, e.translated("en"));
    Evaluation cy = e.translated("cy");
    assertEquals("Org", cy.subject());
    assertEquals("Profi", cy.model().name());
    assertEquals("Sylfaenol", cy.present().orElseThrow().name());
    assertEquals("Arweiniol", cy.target().orElseThrow().name());
    assertEquals(List.of("Profwch bob newid.", "Awtomeiddiwch."), cy.plan().actions().stream().map(Action::text).toList());
    assertEquals(e.plan().actions().stream().map(Action::questionId).toList(),
        cy.plan().actions().stream().map(Action::questionId).toList());
    assertEquals("Sylfaenol", cy.dimension("T").orElseThrow().present().orElseThrow().name());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> e.translated("fr"));
    assertEquals("the model 'Testing' has no language 'fr'; its languages are en (English), cy (Cymraeg)",
        unknown.getMessage());
  }

  @Test
  void aTranslatedModel_keepsItsProfilesAndUnansweredLevel_inTheLanguage() throws Exception {
    MaturityModel m = english().unansweredAs("basic").profile("p", "Plan", p -> p.target("T", "leading"))
        .translation("cy", WELSH).build();
    MaturityModel cy = m.translated("cy");
    assertEquals("Arweiniol", cy.profile("p").orElseThrow().targets().get("T").name());
    assertEquals("Sylfaenol", cy.rules().unanswered().level().orElseThrow().name());
    Evaluation e = cy.evaluate(cy.assessment().profile("p").build());
    assertEquals("Sylfaenol", e.present().orElseThrow().name());
    assertEquals("Arweiniol", e.target().orElseThrow().name());
    Evaluation original = m.evaluate(m.assessment().profile("p").build());
    assertEquals("Sylfaenol", original.translated("cy").present().orElseThrow().name());
    assertEquals("Plan", original.translated("cy").assessment().profile().orElseThrow().name());
  }

  @Test
  void aModelWithoutLanguages_hasNoneAndRefusesEveryTranslation() {
    MaturityModel m = testing(MaturityModel.builder()).build();
    assertEquals(List.of(), m.languages());
    assertEquals(Optional.empty(), m.defaultLanguage());
    assertEquals(Optional.empty(), m.language());
    assertEquals(0, m.translations().size());
    assertFalse(m.hasLanguage("en"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.translated("cy"));
    assertEquals("the model 'Testing' declares no languages, so it has no 'cy' texts", e.getMessage());
  }

  @Test
  void aTranslationIsPartOfTheModel_equalOnlyWithTheSameLanguageAndTexts() {
    MaturityModel m = english().translation("cy", WELSH).build();
    MaturityModel same = english().translation("cy", WELSH).build();
    MaturityModel other = english().translation("cy", welsh("Arall")).build();
    assertEquals(m, same);
    assertEquals(m.hashCode(), same.hashCode());
    assertEquals(m.translations().get("cy"), same.translations().get("cy"));
    assertEquals(m.translations().get("cy").hashCode(), same.translations().get("cy").hashCode());
    assertNotEquals(m.translations().get("cy"), other.translations().get("cy"));
    assertNotEquals(m, other);
    assertNotEquals(m.translations().get("cy"), (Object) "cy");

    // The same texts in two languages are two translations.
    MaturityModel both = english().language("ga", "Gaeilge").translation("cy", WELSH).translation("ga", WELSH).build();
    assertEquals(List.of("cy", "ga"), List.copyOf(both.translations().keySet()));
    assertNotEquals(both.translations().get("cy"), both.translations().get("ga"));
    assertEquals("Profi", both.translated("ga").name());
    assertEquals(new Language("ga", "Gaeilge"), both.translated("ga").language().orElseThrow());
  }

  @Test
  void twoBlocksForOneLanguage_combine() {
    ModelResult r = english()
        .translation("cy", t -> t.modelName("Profi").level("basic", "Sylfaenol").level("leading", "Arweiniol")
            .answerSetOption("yn", "no", "Na").answerSetOption("yn", "yes", "Ie").dimension("T", "Profi"))
        .translation("cy", t -> t.question("T1", "Sut?").option("T1", "none", "Dim").option("T1", "always", "Bob tro")
            .action("T1", "leading", "Profwch.").question("T2", "Awtomatig?").action("T2", "leading", "Awtomeiddiwch."))
        .check();
    assertEquals(List.of(), r.diagnostics());
    Translation t = r.orElseThrow().translations().get("cy");
    assertEquals(12, t.size());
    assertEquals(Optional.of("Profi"), t.modelName());
    assertEquals(Optional.of("Profwch."), t.action("T1", "leading"));
  }

  @Test
  void missingTexts_areShownInTheDefaultLanguage_withOneWarningCountingAndNamingThem() {
    ModelBuilder b = MaturityModel.builder();
    b.sources.put(at(3, 3, 2), Part.LANGUAGE, "cy");
    ModelResult r = testing(b.language("en", "English").language("cy", "Cymraeg"))
        .translation("cy", t -> t.level("basic", "Sylfaenol")).check();
    assertEquals(1, r.diagnostics().size(), r::render);
    Diagnostic w = r.diagnostics().get(0);
    assertEquals(DiagnosticCode.W0309, w.code());
    assertEquals("language 'cy' lacks 11 of 12 texts, shown in 'en' instead: the model's name, level leading,"
        + " option yn/no, option yn/yes, dimension T and 6 more", w.message());
    assertEquals(Optional.of("translate them in a 'translation cy { … }' block, in the model or in its translation file"),
        w.hint());
    assertEquals(Optional.of(at(3, 3, 2)), w.span());

    MaturityModel cy = r.orElseThrow().translated("cy");
    assertEquals("Sylfaenol", cy.scale().level("basic").orElseThrow().name());
    assertEquals("Leading", cy.scale().level("leading").orElseThrow().name());
    assertEquals("Testing", cy.name());
    assertEquals("Testing", cy.dimension("T").orElseThrow().name());
    assertEquals("How do you test?", cy.question("T1").orElseThrow().text());
    assertEquals("We do not test", cy.question("T1").orElseThrow().options().get("none").text());
    assertEquals("Yes", cy.question("T2").orElseThrow().options().get("yes").text());
    assertEquals("Automate it.", cy.question("T2").orElseThrow().actions().get("leading").text());
  }

  @Test
  void theWarning_namesUpToFiveMissingTexts_thenCountsTheRest() {
    // Five missing: all named, no "and N more".
    ModelResult five = english().translation("cy", t -> t
        .level("basic", "Sylfaenol").answerSetOption("yn", "no", "Na").answerSetOption("yn", "yes", "Ie")
        .dimension("T", "Profi").option("T1", "always", "Ar bob newid").action("T1", "leading", "Profwch.")
        .question("T2", "Awtomatig?")).check();
    assertEquals(List.of("W0309 language 'cy' lacks 5 of 12 texts, shown in 'en' instead: the model's name,"
        + " level leading, question T1, option T1/none, to T2/leading"
        + " | translate them in a 'translation cy { … }' block, in the model or in its translation file"),
        messagesAndHints(five));

    ModelResult six = english().translation("cy", t -> t
        .level("basic", "Sylfaenol").answerSetOption("yn", "no", "Na").answerSetOption("yn", "yes", "Ie")
        .dimension("T", "Profi").option("T1", "always", "Ar bob newid").action("T1", "leading", "Profwch.")).check();
    assertEquals("language 'cy' lacks 6 of 12 texts, shown in 'en' instead: the model's name,"
        + " level leading, question T1, option T1/none, question T2 and 1 more",
        six.diagnostics().get(0).message());
  }

  @Test
  void aDeclaredLanguageWithNoTranslation_isWarned_butNotTheDefault() {
    ModelResult r = english().language("ga", "Gaeilge").translation("cy", WELSH).check();
    assertEquals(List.of("W0309 language 'ga' lacks 12 of 12 texts, shown in 'en' instead: the model's name,"
        + " level basic, level leading, option yn/no, option yn/yes and 7 more"
        + " | translate them in a 'translation ga { … }' block, in the model or in its translation file"),
        messagesAndHints(r));
    MaturityModel m = r.orElseThrow();
    assertEquals(0, m.translations().get("ga").size());
    MaturityModel ga = m.translated("ga");
    assertEquals("Testing", ga.name());
    assertEquals(Optional.of(new Language("ga", "Gaeilge")), ga.language());
  }

  @Test
  void aLanguageDeclaredTwice_isE0233_atTheSecond_namingTheFirst() {
    ModelBuilder b = MaturityModel.builder();
    b.sources.put(at(2, 3, 2), Part.LANGUAGE, "cy").put(at(4, 3, 2), Part.LANGUAGE, "cy");
    ModelResult r = testing(b.language("en", "English").language("cy", "Cymraeg").language("cy", "Welsh"))
        .translation("cy", WELSH).check();
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(List.of(DiagnosticCode.E0233), r.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals("language 'cy' is declared twice", d.message());
    assertEquals(Optional.of(at(4, 3, 2)), d.span());
    assertEquals(Optional.of("first declared at 2:3"), d.hint());
    assertTrue(r.model().isEmpty());
  }

  @Test
  void aTranslationIntoTheDefaultLanguage_isE0234() {
    ModelBuilder b = english();
    b.sources.put(at(7, 13, 2), Part.TRANSLATION, "en");
    ModelResult r = b.translation("en", t -> t.modelName("Testing")).translation("cy", WELSH).check();
    assertEquals(List.of("E0234 a translation into 'en', the model's default language"
        + " | the model's own texts are in 'en'; translate into another language"), messagesAndHints(r));
    assertEquals(Optional.of(at(7, 13, 2)), r.diagnostics().get(0).span());
  }

  @Test
  void aTranslationIntoAnUndeclaredLanguage_isE0230_withTheLanguagesOrHowToDeclareThem() {
    ModelResult r = english().translation("cyy", WELSH).translation("fr", WELSH).translation("cy", WELSH).check();
    assertEquals(List.of(
        "E0230 a translation into 'cyy', a language the model does not declare | did you mean 'cy'?",
        "E0230 a translation into 'fr', a language the model does not declare | the model's languages are: en, cy"),
        messagesAndHints(r));

    ModelResult none = testing(MaturityModel.builder()).translation("fr", t -> t.modelName("Essai")).check();
    assertEquals(List.of("E0230 a translation into 'fr', a language the model does not declare"
        + " | declare the model's languages, its own first: languages { en \"English\" fr \"…\" }"),
        messagesAndHints(none));
  }

  @Test
  void aTranslationOfWhatTheModelLacks_isE0231_withDidYouMeanOrWhatItHas() {
    ModelResult r = english().translation("cy", WELSH.andThen(t -> t
        .level("leadng", "x")
        .level("zzz", "x")
        .group("g", "x")
        .dimension("X", "x")
        .question("T9", "x").option("T9", "none", "x").action("T9", "leading", "x")
        .option("T1", "nne", "x")
        .option("T2", "yes", "x")
        .action("T1", "basic", "x")
        .action("Q7", "leading", "x")
        .answerSetOption("yx", "no", "x")
        .answerSetOption("yn", "maybe", "x"))).check();
    String lacks = ", which the model does not have | ";
    assertEquals(List.of(
        "E0231 the translation names level 'leadng'" + lacks + "did you mean 'leading'?",
        "E0231 the translation names level 'zzz'" + lacks + "the model has: basic, leading",
        "E0231 the translation names group 'g'" + lacks + "translate only what the model declares",
        "E0231 the translation names dimension 'X'" + lacks + "the model has: T",
        "E0231 the translation names question 'T9'" + lacks + "did you mean 'T1'?",
        "E0231 the translation names option 'nne' of question 'T1'" + lacks + "did you mean 'none'?",
        "E0231 question 'T2' takes its options from the answer set 'yn'"
            + " | translate them once, for every question that uses them: answers yn { option yes \"…\" }",
        "E0231 the translation names action to 'basic' of question 'T1'" + lacks + "the model has: leading",
        "E0231 the translation names question 'Q7'" + lacks + "the model has: T1, T2",
        "E0231 the translation names answer set 'yx'" + lacks + "did you mean 'yn'?",
        "E0231 the translation names option 'maybe' of answer set 'yn'" + lacks + "the model has: no, yes"),
        messagesAndHints(r));
    assertTrue(r.model().isEmpty());
  }

  @Test
  void whatTheModelHas_isListedUpToTwelveNames() {
    assertEquals("the model has: l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12", unknownLevelHint(12));
    assertEquals("translate only what the model declares", unknownLevelHint(13));
  }

  private static String unknownLevelHint(int levels) {
    ModelBuilder b = MaturityModel.builder().name("Many").language("en", "English").language("cy", "Cymraeg");
    for (int i = 1; i <= levels; i++) {
      b.level("l" + i, "Level " + i);
    }
    ModelResult r = b.dimension("D", "D", d -> d.question("q", "Q", q -> q.option("o", "O", "l1")))
        .translation("cy", t -> t.level("zzzzzz", "x")).check();
    assertEquals(1, r.errors().size(), r::render);
    assertEquals("the translation names level 'zzzzzz', which the model does not have", r.errors().get(0).message());
    return r.errors().get(0).hint().orElseThrow();
  }

  @Test
  void anEmptyTranslatedText_isE0209_namingWhatItTranslates_andNoWarningBesideIt() {
    ModelResult r = english().translation("cy", t -> t
        .modelName("")
        .level("basic", " ")
        .answerSetOption("yn", "no", "")
        .dimension("T", "")
        .question("T1", "\t")
        .option("T1", "none", "")
        .action("T1", "leading", "")
        .question("T2", "Awtomatig?")).check();
    assertEquals(List.of(
        "E0209 the 'cy' text of the model's name is empty",
        "E0209 the 'cy' text of level 'basic' is empty",
        "E0209 the 'cy' text of option 'no' of answer set 'yn' is empty",
        "E0209 the 'cy' text of dimension 'T' is empty",
        "E0209 the 'cy' text of question 'T1' is empty",
        "E0209 the 'cy' text of option 'none' of question 'T1' is empty",
        "E0209 the 'cy' text of the action to 'leading' of question 'T1' is empty"),
        messagesAndHints(r));
  }

  @Test
  void aTextTranslatedTwice_isE0232_namingTheFirst() {
    ModelBuilder b = english();
    b.sources.put(at(3, 5, 8), Part.TRANSLATED, "cy", "T1").put(at(9, 5, 8), Part.TRANSLATED, "cy", "T1");
    ModelResult r = b.translation("cy", WELSH).translation("cy", t -> t
        .question("T1", "Eto")
        .modelName("Eto")
        .level("basic", "Eto")
        .answerSetOption("yn", "no", "Eto")
        .dimension("T", "Eto")
        .option("T1", "none", "Eto")
        .action("T1", "leading", "Eto")).check();
    List<Diagnostic> errors = r.errors();
    assertEquals(List.of(
        "E0232 question 'T1' is translated into 'cy' twice | first translated at 3:5",
        "E0232 the model's name is translated into 'cy' twice",
        "E0232 level 'basic' is translated into 'cy' twice",
        "E0232 option 'no' of answer set 'yn' is translated into 'cy' twice",
        "E0232 dimension 'T' is translated into 'cy' twice",
        "E0232 option 'none' of question 'T1' is translated into 'cy' twice",
        "E0232 the action to 'leading' of question 'T1' is translated into 'cy' twice"),
        messagesAndHints(r));
    assertEquals(Optional.of(at(9, 5, 8)), errors.get(0).span());
  }

  @Test
  void aMisnamedText_isReportedOnce_evenWhenEmptyOrGivenTwice() {
    ModelResult r = english().translation("cy", WELSH.andThen(t -> t
        .level("zzz", "").level("zzz", "Eto")
        .option("T2", "yes", "").option("T2", "yes", "Eto"))).check();
    assertEquals(List.of(
        "E0231 the translation names level 'zzz', which the model does not have | the model has: basic, leading",
        "E0231 the translation names level 'zzz', which the model does not have | the model has: basic, leading",
        "E0231 question 'T2' takes its options from the answer set 'yn'"
            + " | translate them once, for every question that uses them: answers yn { option yes \"…\" }",
        "E0231 question 'T2' takes its options from the answer set 'yn'"
            + " | translate them once, for every question that uses them: answers yn { option yes \"…\" }"),
        messagesAndHints(r));
  }

  /** A score-based model with a group: groups and {@code at} levels are translated too. */
  private static ModelBuilder grouped() {
    ModelBuilder b = MaturityModel.builder().name("Grouped").language("en", "English").language("cy", "Cymraeg")
        .level("l0", "Level 0", BigDecimal.ZERO).level("l1", "Level 1", BigDecimal.ONE)
        .groupLevel(Combination.MEAN);
    b.group("g", "Governance", g -> g.dimension("D", "Strategy", d -> d.question("q", "Do you?", q -> q
        .at("l1").option("v", "Yes", BigDecimal.ONE).action("l1", "Do it."))));
    return b;
  }

  @Test
  void aGroupIsTranslated_andCountedAmongTheTexts() {
    ModelResult r = grouped().translation("cy", t -> t.group("g", "Llywodraethu").level("l1", "Lefel 1")).check();
    assertEquals(List.of("W0309 language 'cy' lacks 6 of 8 texts, shown in 'en' instead: the model's name,"
        + " level l0, dimension D, question q, option q/v and 1 more"
        + " | translate them in a 'translation cy { … }' block, in the model or in its translation file"),
        messagesAndHints(r));
    MaturityModel m = r.orElseThrow();
    assertEquals(Optional.of("Llywodraethu"), m.translations().get("cy").group("g"));
    MaturityModel cy = m.translated("cy");
    assertEquals("Llywodraethu", cy.group("g").orElseThrow().name());
    assertEquals(List.of("D"), cy.group("g").orElseThrow().dimensionIds());
    assertEquals("Lefel 1", cy.question("q").orElseThrow().at().orElseThrow().name());
    assertEquals("Governance", m.group("g").orElseThrow().name());

    ModelResult none = grouped().translation("cy", t -> t.modelName("Grŵp")).check();
    assertTrue(none.diagnostics().get(0).message().startsWith(
        "language 'cy' lacks 7 of 8 texts, shown in 'en' instead: level l0, level l1, group g, dimension D, question q"),
        none::render);

    ModelResult empty = grouped().translation("cy", t -> t.group("g", "")).check();
    assertEquals(List.of("E0209 the 'cy' text of group 'g' is empty"), messagesAndHints(empty));
  }
}
