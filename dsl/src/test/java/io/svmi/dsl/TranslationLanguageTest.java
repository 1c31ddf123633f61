package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Language;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code languages} and {@code translation}: read, checked, printed back, and from a file beside the model. */
class TranslationLanguageTest {
  private static final String MODEL = """
      model "Testing"

      languages {
        en "English"
        cy "Cymraeg"
      }

      levels {
        basic   "Basic"
        leading "Leading"
      }

      answers yn {
        option no  "No"  -> basic
        option yes "Yes" -> leading
      }

      dimension T "Testing" {
        question T1 "How do you test?" {
          option none   "We do not test"  -> basic
          option always "On every change" -> leading
          to leading "Test every change."
        }

        question T2 "Is it automated?" answers yn {
          to leading "Automate it."
        }
      }
      """;

  private static final String WELSH = """
      translation cy {
        model "Profi"
        level basic "Sylfaenol"
        level leading "Arweiniol"
        answers yn {
          option no "Na"
          option yes "Ie"
        }
        dimension T "Profi"
        question T1 "Sut ydych chi'n profi?" {
          option none "Nid ydym yn profi"
          option always "Ar bob newid"
          to leading "Profwch bob newid."
        }
        question T2 "A yw'n awtomatig?" {
          to leading "Awtomeiddiwch."
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void aTranslationInTheModel_translatesEveryText_andPrintsBack() {
    ModelResult r = Svmi.compile("m.svmi", MODEL + "\n" + WELSH);
    assertEquals(List.of(), r.diagnostics(), r::render);
    MaturityModel m = r.orElseThrow();
    assertEquals(List.of(new Language("en", "English"), new Language("cy", "Cymraeg")), m.languages());
    MaturityModel cy = m.translated("cy");
    assertEquals("Profi", cy.name());
    assertEquals("Arweiniol", cy.scale().level("leading").orElseThrow().name());
    assertEquals("Ie", cy.questions().get("T2").options().get("yes").text());
    assertEquals("Ar bob newid", cy.questions().get("T1").options().get("always").text());
    assertEquals("Profwch bob newid.", cy.questions().get("T1").actions().get("leading").text());
    assertEquals(new Language("cy", "Cymraeg"), cy.language().orElseThrow());
    assertEquals(m, cy.translated("en"));
    assertEquals(m, Svmi.compileOrThrow("printed.svmi", Svmi.print(m)));
    assertEquals(Svmi.print(m), Svmi.print(cy));
    assertTrue(Svmi.print(m).endsWith("}\n\n" + WELSH), Svmi.print(m));
    assertTrue(Svmi.print(m).contains("model \"Testing\"\n\nlanguages {\n  en \"English\"\n  cy \"Cymraeg\"\n}\n"));
  }

  @Test
  void theFormatter_keepsCommentsInATranslation() {
    String text = Svmi.print(Svmi.compileOrThrow("m.svmi", MODEL + "\n" + WELSH))
        .replace("  level basic", "  # reviewed 2026\n  level basic");
    FormatResult f = Svmi.format("m.svmi", text);
    assertTrue(f.isUnchanged(), () -> f.formatted().orElse(f.render()));
  }

  @Test
  void aMissingText_isShownInTheDefaultLanguage_andWarnedOncePerLanguage() {
    ModelResult r = Svmi.compile("m.svmi", MODEL + "\ntranslation cy {\n  level basic \"Sylfaenol\"\n}\n");
    List<Diagnostic> warnings = r.diagnostics();
    assertEquals(1, warnings.size(), r::render);
    assertEquals(DiagnosticCode.W0309, warnings.get(0).code());
    assertEquals("language 'cy' lacks 11 of 12 texts, shown in 'en' instead: the model's name, level leading,"
        + " option yn/no, option yn/yes, dimension T and 6 more", warnings.get(0).message());
    MaturityModel cy = r.orElseThrow().translated("cy");
    assertEquals("Sylfaenol", cy.scale().level("basic").orElseThrow().name());
    assertEquals("Leading", cy.scale().level("leading").orElseThrow().name());
  }

  @Test
  void anUnknownLanguage_isRefused_namingTheDeclaredOnes() {
    MaturityModel m = Svmi.compileOrThrow("m.svmi", MODEL + "\n" + WELSH);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.translated("fr"));
    assertEquals("the model 'Testing' has no language 'fr'; its languages are en (English), cy (Cymraeg)", e.getMessage());
    assertFalse(m.hasLanguage("fr"));
  }

  @Test
  void aTranslationFileBesideTheModel_joinsIt_andItsProblemsNameIt() throws Exception {
    Path model = temp.resolve("testing.svmi");
    Files.writeString(model, MODEL, StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("testing.cy.svmt"), WELSH, StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("other.cy.svmt"), "not read", StandardCharsets.UTF_8);
    ModelResult r = Svmi.compile(model);
    assertEquals(List.of(), r.diagnostics(), r::render);
    assertEquals("Profi", r.orElseThrow().translated("cy").name());
    assertEquals(List.of(temp.resolve("testing.cy.svmt")), Svmi.translationFiles(model));

    Files.writeString(temp.resolve("testing.cy.svmt"), WELSH + "\nlevels {\n  top \"Top\"\n}\n", StandardCharsets.UTF_8);
    ModelResult bad = Svmi.compile(model);
    Diagnostic d = bad.errors().get(0);
    assertEquals(DiagnosticCode.E0235, d.code());
    assertEquals(temp.resolve("testing.cy.svmt").toString(), d.span().orElseThrow().source());
    assertTrue(bad.model().isEmpty());
  }

  @Test
  void aTranslationFile_isReadBySvmiCompileOfSourceTexts() {
    ModelResult r = Svmi.compile(io.svmi.SourceText.of("m.svmi", MODEL),
        List.of(io.svmi.SourceText.of("m.cy.svmt", WELSH.replace("option never", "option nope"))),
        CompileOptions.defaults());
    assertEquals(List.of(), r.diagnostics(), r::render);
  }

  @Test
  void anUnknownQuestion_isReportedOnce_notForEachOfItsTexts() {
    ModelResult r = Svmi.compile("m.svmi", MODEL + "\n" + WELSH.replace("question T1 \"Sut", "question T9 \"Sut"));
    List<Diagnostic> errors = r.errors();
    assertEquals(1, errors.size(), r::render);
    assertEquals(DiagnosticCode.E0231, errors.get(0).code());
    assertEquals("the translation names question 'T9', which the model does not have", errors.get(0).message());
    assertEquals(java.util.Optional.of("did you mean 'T1'?"), errors.get(0).hint());
  }
}
