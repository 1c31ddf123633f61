package io.svmi.lsp;

import static io.svmi.lsp.TestClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every feature of the language server, through a real LSP4J client over JSON-RPC. */
class LanguageServerTest {
  static final String URI = "file:///tmp/fixture.svmi";

  static final String MODEL = """
      model "Fixture" version "1"

      levels {
        low  "Low"
        mid  "Middle"
        high "High"
      }

      rules {
        dimension level = lowest of questions
        overall level   = mean of dimensions rounded down
        overall target  = mean of dimension targets rounded down
        action plan     = next level
        unanswered      = error
      }

      # The only dimension.
      dimension A "Area" {
        question A1 "Where are you?" {
          option l "At the start" -> low
          option m "Half way"     -> mid
          option h "There"        -> high
          to mid  "Take the first step."
          to high "Take the second step."
        }
      }

      example "Half way" {
        answer A1 = m
        target A = high
        expect A = mid -> high
      }
      """;

  private final TestClient client = new TestClient();

  @AfterEach
  void close() {
    client.close();
  }

  /** The position of the n-th character of the first occurrence of {@code needle} (after {@code after}). */
  static Position at(String text, String needle, int delta) {
    return at(text, "", needle, delta);
  }

  static Position at(String text, String after, String needle, int delta) {
    int offset = text.indexOf(needle, text.indexOf(after)) + delta;
    if (offset < delta) {
      throw new IllegalArgumentException("not found: " + needle);
    }
    String before = text.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count();
    return new Position(line, offset - before.lastIndexOf('\n') - 1);
  }

  private List<Diagnostic> open(String text) {
    client.open(URI, text);
    return client.diagnostics(URI);
  }

  private static TextDocumentIdentifier doc() {
    return new TextDocumentIdentifier(URI);
  }

  @Test
  void aFileWithoutProblemsGetsNoDiagnostics() {
    assertEquals(List.of(), open(MODEL));
  }

  @Test
  void diagnosticsAreTheCompilersCodesMessagesRangesAndHints() {
    String broken = MODEL.replace("to high \"Take", "to hihg \"Take").replace("option m \"Half way\"     -> mid", "option m \"Half way\"     -> mdi");
    List<Diagnostic> got = open(broken);
    ModelResult compiled = Svmi.compile("/tmp/fixture.svmi", broken);
    assertEquals(compiled.diagnostics().size(), got.size());
    for (int i = 0; i < got.size(); i++) {
      io.svmi.Diagnostic d = compiled.diagnostics().get(i);
      Diagnostic l = got.get(i);
      assertEquals(d.code().name(), l.getCode().getLeft());
      assertEquals(d.span().orElseThrow().line() - 1, l.getRange().getStart().getLine());
      assertEquals(d.span().orElseThrow().column() - 1, l.getRange().getStart().getCharacter());
      assertEquals(d.span().orElseThrow().length(), l.getRange().getEnd().getCharacter() - l.getRange().getStart().getCharacter());
      assertEquals(d.message() + " (" + d.hint().orElseThrow() + ")", l.getMessage().getLeft());
      assertEquals(DiagnosticSeverity.Error, l.getSeverity());
      assertEquals("svmi", l.getSource());
    }
    assertTrue(got.get(0).getMessage().getLeft().contains("did you mean 'mid'?"), got.get(0).getMessage().getLeft());
  }

  @Test
  void aRepeatedIdPointsBackToItsFirstDeclaration() {
    List<Diagnostic> got = open(MODEL.replace("  high \"High\"\n", "  high \"High\"\n  low \"Again\"\n"));
    Diagnostic duplicate = got.stream().filter(d -> d.getCode().getLeft().equals("E0201")).findFirst().orElseThrow();
    assertEquals(1, duplicate.getRelatedInformation().size());
    assertEquals(new Range(new Position(3, 2), new Position(3, 5)), duplicate.getRelatedInformation().get(0).getLocation().getRange());
    assertEquals("first declared here", duplicate.getRelatedInformation().get(0).getMessage());
  }

  @Test
  void anEditRepublishesTheDiagnostics() {
    open(MODEL);
    Position p = at(MODEL, "-> low", 3);
    client.change(URI, p.getLine(), p.getCharacter(), p.getCharacter() + 3, "lo");
    List<Diagnostic> after = client.diagnostics(URI);
    assertEquals(1, after.size());
    assertEquals("E0203", after.get(0).getCode().getLeft());
    assertEquals(new Range(p, new Position(p.getLine(), p.getCharacter() + 2)), after.get(0).getRange());
    client.change(URI, p.getLine(), p.getCharacter(), p.getCharacter() + 2, "low");
    assertEquals(List.of(), client.diagnostics(URI));
  }

  @Test
  void onSaveAFailingExampleShowsAtItsExpectLineWithExpectedAndActual() {
    String failing = MODEL.replace("expect A = mid -> high", "expect A = low -> high");
    assertEquals(List.of(), open(failing));
    client.save(URI);
    List<Diagnostic> saved = client.diagnostics(URI);
    assertEquals(1, saved.size());
    Diagnostic d = saved.get(0);
    assertEquals("example", d.getCode().getLeft());
    assertEquals(at(failing, "expect A", 0), d.getRange().getStart());
    assertTrue(d.getMessage().getLeft().contains("example \"Half way\" fails"), d.getMessage().getLeft());
    assertTrue(d.getMessage().getLeft().contains("expected: low -> high"), d.getMessage().getLeft());
    assertTrue(d.getMessage().getLeft().contains("actual: mid -> high"), d.getMessage().getLeft());
    // An edit drops it until the next save (its line may have moved).
    client.change(URI, 0, 0, 0, "");
    assertEquals(List.of(), client.diagnostics(URI));
  }

  @Test
  void formattingGivesSvmiFmtsTextKeepingComments() {
    String messy = MODEL.replace("  dimension level = lowest of questions", "dimension level   =   lowest of questions")
        .replace("# The only dimension.", "# The only dimension.\n\n\n");
    open(messy);
    List<? extends TextEdit> edits = get(client.server.getTextDocumentService()
        .formatting(new DocumentFormattingParams(doc(), new FormattingOptions(2, true))));
    assertEquals(1, edits.size());
    assertEquals(Svmi.format("/tmp/fixture.svmi", messy).formatted().orElseThrow(), edits.get(0).getNewText());
    assertTrue(edits.get(0).getNewText().contains("# The only dimension."));
    assertEquals(new Position(0, 0), edits.get(0).getRange().getStart());
  }

  @Test
  void formattingAFileWithErrorsChangesNothing() {
    open(MODEL.replace("-> low", "-> lo"));
    assertEquals(List.of(), get(client.server.getTextDocumentService()
        .formatting(new DocumentFormattingParams(doc(), new FormattingOptions(2, true)))));
  }

  private String hover(Position p) {
    Hover h = get(client.server.getTextDocumentService().hover(new HoverParams(doc(), p)));
    return h == null ? null : h.getContents().getRight().getValue();
  }

  @Test
  void hoverShowsALevelsNameAndRank() {
    open(MODEL);
    String h = hover(at(MODEL, "-> mid", 4));
    assertTrue(h.contains("`mid` Middle"), h);
    assertTrue(h.contains("rank 1 of 3"), h);
  }

  @Test
  void hoverShowsAQuestionsTextAndOptionsWithTheirLevels() {
    open(MODEL);
    String h = hover(at(MODEL, "answer A1", 8));
    assertTrue(h.contains("Where are you?"), h);
    assertTrue(h.contains("- `l` At the start → `low` Low"), h);
    assertTrue(h.contains("- `h` There → `high` High"), h);
  }

  @Test
  void hoverSaysWhatARuleLineMeans() {
    open(MODEL);
    assertTrue(hover(at(MODEL, "overall level", 2)).contains("The overall level is the mean rank of its dimensions, rounded down."));
    assertTrue(hover(at(MODEL, "dimension level", 0)).contains("A dimension stands at the lowest level of its questions."));
    assertTrue(hover(at(MODEL, "action plan", 0)).contains("the one action to the level just above its own"));
  }

  @Test
  void hoverSaysWhichStepAnActionIs() {
    open(MODEL);
    String h = hover(at(MODEL, "to high", 12));
    assertTrue(h.contains("the step from Middle to High (step 2 of 2)"), h);
  }

  @Test
  void nothingToShowGivesNoHover() {
    open(MODEL);
    assertNull(hover(new Position(1, 0)));
  }

  @Test
  void definitionOfALevelUsedInAnExampleIsItsDeclaration() {
    open(MODEL);
    Either<Location> found = definition(at(MODEL, "expect A = mid", 11));
    assertEquals(new Range(new Position(4, 2), new Position(4, 5)), found.value().getRange());
    assertEquals(URI, found.value().getUri());
  }

  @Test
  void definitionOfAnOptionInAnExampleIsTheOptionOfThatQuestion() {
    open(MODEL);
    Either<Location> found = definition(at(MODEL, "answer A1 = m", 12));
    assertEquals(at(MODEL, "option m", 7), found.value().getRange().getStart());
  }

  private record Either<T>(T value) {}

  private Either<Location> definition(Position p) {
    List<? extends Location> found = get(client.server.getTextDocumentService()
        .definition(new DefinitionParams(doc(), p))).getLeft();
    assertEquals(1, found.size());
    return new Either<>(found.get(0));
  }

  @Test
  void referencesOfAQuestionIncludeItsUsesInExamples() {
    open(MODEL);
    ReferenceParams params = new ReferenceParams(doc(), at(MODEL, "question A1", 10), new ReferenceContext(true));
    List<? extends Location> refs = get(client.server.getTextDocumentService().references(params));
    assertEquals(List.of(at(MODEL, "question A1", 9), at(MODEL, "answer A1", 7)),
        refs.stream().map(l -> l.getRange().getStart()).toList());
    params.setContext(new ReferenceContext(false));
    assertEquals(1, get(client.server.getTextDocumentService().references(params)).size());
  }

  @Test
  void referencesOfALevelAreItsOptionsActionsAndExampleUses() {
    open(MODEL);
    List<? extends Location> refs = get(client.server.getTextDocumentService()
        .references(new ReferenceParams(doc(), at(MODEL, "  high \"High\"", 2), new ReferenceContext(true))));
    // The declaration, the option, the action, the example's target and its expected target.
    assertEquals(5, refs.size());
  }

  private static String apply(String text, List<TextEdit> edits) {
    String out = text;
    List<TextEdit> sorted = edits.stream()
        .sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
            .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed())
        .toList();
    for (TextEdit e : sorted) {
      LineMap lines = new LineMap(out);
      out = out.substring(0, lines.offset(e.getRange().getStart())) + e.getNewText()
          + out.substring(lines.offset(e.getRange().getEnd()));
    }
    return out;
  }

  @Test
  void renamingALevelChangesEveryUseAndTheFileStillCompiles() {
    open(MODEL);
    Position p = at(MODEL, "-> high", 4);
    Position start = at(MODEL, "-> high", 3);
    assertEquals(new Range(start, new Position(start.getLine(), start.getCharacter() + 4)),
        get(client.server.getTextDocumentService().prepareRename(new PrepareRenameParams(doc(), p))).getFirst());
    WorkspaceEdit edit = get(client.server.getTextDocumentService().rename(new RenameParams(doc(), p, "top")));
    String renamed = apply(MODEL, edit.getChanges().get(URI));
    assertFalse(renamed.contains("high"), renamed);
    assertEquals(5, edit.getChanges().get(URI).size());
    assertTrue(Svmi.compile("r.svmi", renamed).diagnostics().isEmpty());
    assertTrue(Svmi.compile("r.svmi", renamed).orElseThrow().runExamples().get(0).passed());
  }

  @Test
  void renamingAQuestionChangesItsExampleUses() {
    open(MODEL);
    WorkspaceEdit edit = get(client.server.getTextDocumentService()
        .rename(new RenameParams(doc(), at(MODEL, "answer A1", 8), "where")));
    String renamed = apply(MODEL, edit.getChanges().get(URI));
    assertTrue(renamed.contains("question where \"Where are you?\""), renamed);
    assertTrue(renamed.contains("answer where = m"), renamed);
  }

  @Test
  void aRenameToATakenIdOrANonIdIsRefused() {
    open(MODEL);
    Position p = at(MODEL, "-> high", 4);
    ExecutionException taken = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> client.server.getTextDocumentService().rename(new RenameParams(doc(), p, "low")).get());
    assertTrue(taken.getCause() instanceof ResponseErrorException);
    assertTrue(taken.getCause().getMessage().contains("there is already a level 'low'"), taken.getCause().getMessage());
    ExecutionException notAnId = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> client.server.getTextDocumentService().rename(new RenameParams(doc(), p, "9 lives")).get());
    assertTrue(notAnId.getCause().getMessage().contains("is not an id"));
  }

  private List<String> complete(String text, Position p) {
    client.change(URI, 0, 0, 10_000, "");   // keep the document open; replace its text below
    client.diagnostics(URI);
    return completeOpen(text, p);
  }

  private List<String> completeOpen(String text, Position p) {
    client.open(URI, text);
    client.diagnostics(URI);
    List<CompletionItem> items = get(client.server.getTextDocumentService()
        .completion(new CompletionParams(doc(), p))).getLeft();
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  @Test
  void completionOffersTheKeywordsTheGrammarExpects() {
    String text = MODEL.replace("  to mid  \"Take the first step.\"\n", "  \n");
    Position p = at(text, "    option h \"There\"        -> high\n", "\n", 1);
    p = new Position(p.getLine() + 1, 4);
    assertEquals(List.of("option", "to"), completeOpen(text, p));
    String top = "model \"M\"\n\n";
    List<String> declarations = List.of("version", "levels", "rules", "answers", "dimension", "example", "group", "profile",
        "model", "languages", "translation");
    assertEquals(declarations, completeOpen(top, new Position(2, 0)).stream()
        .sorted(Comparator.comparing(declarations::indexOf)).toList());
  }

  @Test
  void completionAfterAnArrowOrToOffersTheLevels() {
    String text = MODEL.replace("-> mid\n", "-> \n");
    assertEquals(List.of("low", "mid", "high", "not applicable"), completeOpen(text, at(text, "-> \n", 3)));
    String to = MODEL.replace("to mid  \"Take", "to m");
    Position p = at(to, "to m", 4);
    List<String> levels = completeOpen(to, p);
    assertEquals(List.of("low", "mid", "high"), levels);
  }

  @Test
  void completionInARulesBlockOffersRulesAndTheirValues() {
    String text = MODEL.replace("  action plan     = next level\n", "  action plan = \n");
    assertEquals(List.of("next level", "up to target", "up to top"), completeOpen(text, at(text, "action plan = ", 14)));
    String names = MODEL.replace("  action plan     = next level\n", "  act\n");
    List<String> rules = completeOpen(names, at(names, "  act\n", 5));
    assertTrue(rules.containsAll(Completions.RULE_NAMES), rules.toString());
    String values = MODEL.replace("lowest of questions", "");
    List<String> combinations = completeOpen(values, at(values, "dimension level = ", 18));
    assertTrue(combinations.contains("lowest of questions"), combinations.toString());
    assertTrue(combinations.contains("weighted mean of questions rounded to nearest"), combinations.toString());
  }

  @Test
  void completionInExamplesOffersQuestionsOptionsDimensionsAndLevels() {
    String answer = MODEL.replace("answer A1 = m", "answer ");
    assertEquals(List.of("A1"), completeOpen(answer, at(answer, "answer ", 7)));
    String option = MODEL.replace("answer A1 = m", "answer A1 = ");
    assertEquals(List.of("l", "m", "h"), completeOpen(option, at(option, "answer A1 = ", 12)));
    String target = MODEL.replace("target A = high", "target A = h");
    assertEquals(List.of("low", "mid", "high"), completeOpen(target, at(target, "target A = h", 12)));
    String expect = MODEL.replace("expect A = mid -> high", "expect ");
    assertEquals(List.of("overall", "group", "question", "dimension", "A"), completeOpen(expect, at(expect, "expect ", 7)));
  }

  @Test
  void completionInsideATextOffersNothing() {
    assertEquals(List.of(), completeOpen(MODEL, at(MODEL, "Where are", 3)));
  }

  @Test
  void documentSymbolsAreTheOutline() {
    open(MODEL);
    List<DocumentSymbol> symbols = get(client.server.getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(doc()))).stream().map(e -> e.getRight()).toList();
    assertEquals(List.of("levels", "A", "example \"Half way\""), symbols.stream().map(DocumentSymbol::getName).toList());
    assertEquals(List.of("low", "mid", "high"), symbols.get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
    DocumentSymbol a1 = symbols.get(1).getChildren().get(0);
    assertEquals("A1", a1.getName());
    assertEquals("Where are you?", a1.getDetail());
    assertEquals(List.of("l", "m", "h"), a1.getChildren().stream().map(DocumentSymbol::getName).toList());
  }

  private static final String CAF_LIKE = """
      model "Outcomes"

      levels {
        no  "Not achieved"
        yes "Achieved"
      }

      rules {
        dimension level = indicators
        overall level   = none
      }

      dimension A "Board" {
        indicator A-1 "A board member owns the risk." at yes
      }

      profile baseline "Baseline" {
        target A = yes
      }

      example "E" {
        profile baseline
        answer A-1 = met
        expect A = yes
      }
      """;

  @Test
  void indicatorsAndProfiles_areSymbols_withHoversAndTheirUses() {
    open(CAF_LIKE);
    List<DocumentSymbol> symbols = get(client.server.getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(doc()))).stream().map(e -> e.getRight()).toList();
    assertEquals(List.of("levels", "A", "baseline", "example \"E\""),
        symbols.stream().map(DocumentSymbol::getName).toList());
    assertEquals("A-1", symbols.get(1).getChildren().get(0).getName());
    assertTrue(hover(at(CAF_LIKE, "answer A-1", 8)).contains("A board member owns the risk."));
    assertTrue(hover(at(CAF_LIKE, "  profile baseline", 11)).contains("**profile** `baseline` Baseline"));
    assertTrue(hover(at(CAF_LIKE, "indicators", 2)).contains("graded by indicators"));
    assertTrue(hover(at(CAF_LIKE, "target A", 7)).contains("**dimension** `A`"));
  }

  private List<CodeAction> actions(Range range) {
    return get(client.server.getTextDocumentService()
        .codeAction(new CodeActionParams(doc(), range, new CodeActionContext(List.of()))))
        .stream().map(e -> e.getRight()).toList();
  }

  @Test
  void aCodeActionAppliesADidYouMeanHint() {
    String broken = MODEL.replace("answer A1 = m", "answer A1 = mm");
    Diagnostic d = open(broken).get(0);
    List<CodeAction> found = actions(d.getRange());
    assertEquals(1, found.size());
    assertEquals("Change to 'm'", found.get(0).getTitle());
    String fixed = apply(broken, found.get(0).getEdit().getChanges().get(URI));
    assertEquals(MODEL, fixed);
  }

  @Test
  void aCodeActionAddsAStubActionWhereAStepHasNoText() {
    String missing = MODEL.replace("    to high \"Take the second step.\"\n", "");
    Diagnostic w = open(missing).get(0);
    assertEquals("W0302", w.getCode().getLeft());
    List<CodeAction> found = actions(w.getRange());
    assertEquals("Add an action text to reach High", found.get(0).getTitle());
    String fixed = apply(missing, found.get(0).getEdit().getChanges().get(URI));
    assertTrue(fixed.contains("    to mid  \"Take the first step.\"\n    to high \"Describe the step to High.\"\n  }"), fixed);
    assertTrue(Svmi.compile("f.svmi", fixed).diagnostics().isEmpty());
  }

  @Test
  void theServerExitsWithZeroAfterShutdown() {
    assertEquals(0, client.shutdown());
    Map.of();
  }

  private static final String TRANSLATED = """
      model "T"

      languages {
        en "English"
        cy "Cymraeg"
      }

      levels {
        low  "Low"
        high "High"
      }

      answers yn {
        option no  "No"  -> low
        option yes "Yes" -> high
      }

      dimension A "Area" {
        question A1 "Ready?" answers yn {
          to high "Get ready."
        }
      }

      translation cy {
        level high "Uchel"
        answers yn {
          option yes "Ie"
        }
        question A1 "Barod?" {
          to high "Byddwch yn barod."
        }
      }
      """;

  @Test
  void definitionAndReferencesOfAnAnswerSet_areItsDeclarationAndItsUses() {
    open(TRANSLATED);
    assertEquals(at(TRANSLATED, "answers yn {", 8), definition(at(TRANSLATED, "\"Ready?\" answers yn", 17)).value().getRange().getStart());
    List<? extends Location> refs = get(client.server.getTextDocumentService().references(
        new ReferenceParams(doc(), at(TRANSLATED, "answers yn {", 8), new ReferenceContext(true))));
    assertEquals(List.of(at(TRANSLATED, "answers yn {", 8), at(TRANSLATED, "\"Ready?\" answers yn", 17),
        at(TRANSLATED, "translation cy", "answers yn", 8)), refs.stream().map(l -> l.getRange().getStart()).toList());
  }

  @Test
  void aTranslationsIdsLeadToWhatTheyTranslate_andAreKnownToHover() {
    open(TRANSLATED);
    assertEquals(at(TRANSLATED, "  high \"High\"", 2),
        definition(at(TRANSLATED, "level high \"Uchel\"", 6)).value().getRange().getStart());
    assertEquals(at(TRANSLATED, "question A1", 9),
        definition(at(TRANSLATED, "question A1 \"Barod", 9)).value().getRange().getStart());
    assertEquals(at(TRANSLATED, "option yes \"Yes\"", 7),
        definition(at(TRANSLATED, "option yes \"Ie\"", 7)).value().getRange().getStart());
    assertEquals(at(TRANSLATED, "  cy \"Cymraeg\"", 2),
        definition(at(TRANSLATED, "translation cy", 12)).value().getRange().getStart());
    String language = hover(at(TRANSLATED, "translation cy", 12));
    assertTrue(language.contains("**language** `cy` Cymraeg") && language.contains("shown in the default language"), language);
    String question = hover(at(TRANSLATED, "question A1", 9));
    assertTrue(question.contains("answered from answer set `yn`") && question.contains("- `yes` Yes → `high` High"), question);
    String set = hover(at(TRANSLATED, "answers yn {", 8));
    assertTrue(set.contains("**answer set** `yn`") && set.contains("- `yes` Yes → `high` High"), set);
  }

  @Test
  void completionInATranslationOffersWhatTheModelDeclares() {
    String level = TRANSLATED.replace("level high \"Uchel\"", "level ");
    assertEquals(List.of("low", "high"), completeOpen(level, at(level, "translation cy", "level ", 6)));
    String language = TRANSLATED.replace("translation cy {", "translation ");
    assertEquals(List.of("cy"), completeOpen(language, at(language, "translation ", 12)));
    String set = TRANSLATED.replace("\"Ready?\" answers yn", "\"Ready?\" answers ");
    assertEquals(List.of("yn"), completeOpen(set, at(set, "\"Ready?\" answers ", 17)));
  }

  @Test
  void theOutlineHasTheLanguagesAnswerSetsAndTranslations() {
    open(TRANSLATED);
    List<DocumentSymbol> symbols = get(client.server.getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(doc()))).stream().map(e -> e.getRight()).toList();
    assertEquals(List.of("levels", "languages", "yn", "translation cy", "A"),
        symbols.stream().map(DocumentSymbol::getName).toList());
    assertEquals(List.of("no", "yes"), symbols.get(2).getChildren().stream().map(DocumentSymbol::getName).toList());
  }

  @Test
  void aModelWithATranslationFileBesideIt_andThatFile_areCheckedTogether(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String model = TRANSLATED.substring(0, TRANSLATED.indexOf("translation cy"));
    String welsh = TRANSLATED.substring(TRANSLATED.indexOf("translation cy"));
    java.nio.file.Path modelFile = dir.resolve("t.svmi");
    java.nio.file.Files.writeString(modelFile, model);
    java.nio.file.Files.writeString(dir.resolve("t.cy.svmt"), welsh);
    String modelUri = modelFile.toUri().toString();
    client.open(modelUri, model);
    List<Diagnostic> onModel = client.diagnostics(modelUri);
    assertEquals(1, onModel.size(), onModel::toString);   // W0309: the file translates only some texts
    assertTrue(onModel.get(0).getMessage().getLeft().startsWith("language 'cy' lacks 4 of 8 texts"), onModel::toString);

    String translationUri = dir.resolve("t.cy.svmt").toUri().toString();
    String wrong = welsh.replace("level high", "level hihg");
    client.open(translationUri, wrong);
    List<Diagnostic> onTranslation = client.diagnostics(translationUri);
    assertEquals(1, onTranslation.size(), onTranslation::toString);
    assertEquals("E0231", onTranslation.get(0).getCode().getLeft());
    assertEquals(at(wrong, "hihg", 0), onTranslation.get(0).getRange().getStart());
  }
}
