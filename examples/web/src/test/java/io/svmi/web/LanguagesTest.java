package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A model with several languages (the bundled accessibility model and its unreviewed Welsh) is
 * offered in each: the form and the report link to the others, {@code ?lang=cy} shows the Welsh
 * texts, a save keeps the language, and a language the model does not have is refused by name.
 */
class LanguagesTest {
  @Test
  void theAccessibilityModel_isShownInWelsh_onTheFormAndTheReport() {
    try (TestServer server = TestServer.h2()) {
      long org = server.organisation("Caerdydd");
      Browser b = new Browser(server.base()).signIn("Caerdydd-assessor", TestServer.PASSWORD);
      Matcher model = Pattern.compile("<option value=\"([0-9a-f]{64})\"[^>]*>Digital Accessibility")
          .matcher(b.get("/organisations/" + org).body());
      assertTrue(model.find());
      HttpResponse<String> started = b.submit("/organisations/" + org + "/assessments",
          List.of(Map.entry("title", "2026"), Map.entry("model", model.group(1))));
      String form = started.headers().firstValue("Location").orElseThrow();

      String english = b.get(form).body();
      assertTrue(english.contains("How do you test your services for accessibility?"), english);
      assertTrue(english.contains("<a href=\"" + form + "?lang=cy\">Cymraeg</a>"), english);
      assertTrue(english.contains("<strong aria-current=\"page\">English</strong>"), english);

      String welsh = b.get(form + "?lang=cy").body();
      assertTrue(welsh.contains("Sut ydych chi'n profi hygyrchedd eich gwasanaethau?"), welsh);
      assertTrue(welsh.contains("Nid ydym yn profi"), welsh);
      assertTrue(welsh.contains("action=\"" + form + "?lang=cy\""), welsh);

      HttpResponse<String> saved = b.submit(form + "?lang=cy", List.of(Map.entry("answer.T1", "audit"),
          Map.entry("target.T", "leading"), Map.entry("action", "submit")));
      assertEquals(303, saved.statusCode(), saved.body());
      assertEquals(form + "/report?lang=cy", saved.headers().firstValue("Location").orElseThrow());

      String report = b.get(form + "/report?lang=cy").body();
      assertTrue(report.contains("Ychwanegwch wiriadau hygyrchedd awtomatig at bob adeiladwaith."), report);
      assertTrue(report.contains("/plan.txt?lang=cy"), report);
      String text = b.get(form + "/plan.txt?lang=cy").body();
      assertTrue(text.startsWith("Hygyrchedd Digidol\n"), text);
      assertFalse(b.get(form + "/report").body().contains("Ychwanegwch"));

      HttpResponse<String> unknown = b.get(form + "?lang=fr");
      assertEquals(400, unknown.statusCode());
      assertTrue(unknown.body().replace("&#39;", "'").contains("The model 'Digital Accessibility' has no language 'fr'."
          + " Its languages are en (English), cy (Cymraeg)."), unknown.body());
    }
  }

  @Test
  void aModelWithOneLanguage_offersNoChoice() {
    try (TestServer server = TestServer.h2()) {
      long org = server.organisation("Walsall");
      Browser b = new Browser(server.base()).signIn("Walsall-assessor", TestServer.PASSWORD);
      long id = AssessmentFlowTest.startAssessment(b, org, "2026");
      assertFalse(b.get("/assessments/" + id).body().contains("class=\"languages\""));
    }
  }
}
