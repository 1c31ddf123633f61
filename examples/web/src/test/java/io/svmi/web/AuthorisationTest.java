package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route, as every kind of visitor: nobody signed in, the admin, an assessor and a viewer of
 * the organisation, and an assessor of another organisation. Another organisation's data is "not
 * found" (it is never shown, nor said to exist); a role's missing right is 403.
 */
class AuthorisationTest {
  enum Who { NOBODY, ADMIN, ASSESSOR, VIEWER, OTHER }

  enum Outcome { OK, SIGN_IN, FORBIDDEN, NOT_FOUND }

  /** A route, and what each visitor gets. */
  record Route(String method, String path, List<Map.Entry<String, String>> fields, Function<Who, Outcome> expected) {}

  static TestServer server;
  static long org;
  static long other;
  static long draft;
  static long submitted;
  static String svmiModel;

  @BeforeAll
  static void start() {
    server = TestServer.h2();
    org = server.organisation("Walsall");
    other = server.organisation("Dudley");
    Browser b = new Browser(server.base()).signIn("Walsall-assessor", TestServer.PASSWORD);
    draft = AssessmentFlowTest.startAssessment(b, org, "Draft");
    submitted = AssessmentFlowTest.startAssessment(b, org, "Submitted");
    List<Map.Entry<String, String>> all = new ArrayList<>(Walsall.fields());
    all.add(Map.entry("action", "submit"));
    assertEquals(303, b.submit("/assessments/" + submitted, all).statusCode());
    svmiModel = modelShaOf(b, org);
  }

  /** The SVMI model's value in the organisation's "start an assessment" form. */
  static String modelShaOf(Browser b, long organisation) {
    var m = java.util.regex.Pattern.compile("<option value=\"([0-9a-f]{64})\"").matcher(b.get("/organisations/" + organisation).body());
    assertTrue(m.find());
    return m.group(1);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The organisation's pages: readable by its members and the admin. */
  static Outcome read(Who who) {
    return switch (who) {
      case NOBODY -> Outcome.SIGN_IN;
      case OTHER -> Outcome.NOT_FOUND;
      default -> Outcome.OK;
    };
  }

  /** The organisation's changes: by its assessors and the admin. */
  static Outcome edit(Who who) {
    return switch (who) {
      case NOBODY -> Outcome.SIGN_IN;
      case OTHER -> Outcome.NOT_FOUND;
      case VIEWER -> Outcome.FORBIDDEN;
      default -> Outcome.OK;
    };
  }

  static Outcome adminOnly(Who who) {
    return switch (who) {
      case NOBODY -> Outcome.SIGN_IN;
      case ADMIN -> Outcome.OK;
      default -> Outcome.FORBIDDEN;
    };
  }

  static List<Route> routes() {
    List<Route> routes = new ArrayList<>(List.of(
        new Route("GET", "/admin", List.of(), AuthorisationTest::adminOnly),
        new Route("POST", "/admin/organisations", List.of(Map.entry("name", "")), AuthorisationTest::adminOnly),
        new Route("POST", "/admin/accounts", List.of(Map.entry("username", "")), AuthorisationTest::adminOnly),
        new Route("GET", "/organisations/" + org, List.of(), AuthorisationTest::read),
        new Route("POST", "/organisations/" + org + "/assessments", List.of(Map.entry("title", "")), AuthorisationTest::edit),
        new Route("GET", "/assessments/" + draft, List.of(), AuthorisationTest::read),
        new Route("GET", "/assessments/" + submitted, List.of(), AuthorisationTest::read),
        new Route("POST", "/assessments/" + draft, List.of(Map.entry("action", "save")), AuthorisationTest::edit)));
    routes.addAll(ReportRoutesList.routes(org, draft, submitted));
    return routes;
  }

  Browser as(Who who) {
    Browser b = new Browser(server.base());
    return switch (who) {
      case NOBODY -> b;
      case ADMIN -> b.signIn("admin", TestServer.ADMIN_PASSWORD);
      case ASSESSOR -> b.signIn("Walsall-assessor", TestServer.PASSWORD);
      case VIEWER -> b.signIn("Walsall-viewer", TestServer.PASSWORD);
      case OTHER -> b.signIn("Dudley-assessor", TestServer.PASSWORD);
    };
  }

  @Test
  void everyRoute_asEveryVisitor_givesWhatTheRoleAllows_andNeverAnotherOrganisationsData() {
    List<String> wrong = new ArrayList<>();
    for (Who who : Who.values()) {
      Browser b = as(who);
      if (who == Who.NOBODY) {
        b.csrf = "0".repeat(64);
      }
      for (Route route : routes()) {
        HttpResponse<String> r = route.method().equals("GET") ? b.get(route.path()) : b.submit(route.path(), route.fields());
        Outcome expected = route.expected().apply(who);
        Outcome actual = switch (r.statusCode()) {
          case 403 -> Outcome.FORBIDDEN;
          case 404 -> Outcome.NOT_FOUND;
          case 303 -> r.headers().firstValue("Location").orElse("").equals("/login") ? Outcome.SIGN_IN : Outcome.OK;
          // Refused for what was sent (400, 409, 422), after the rights were checked: allowed.
          default -> r.statusCode() < 400 || r.statusCode() == 400 || r.statusCode() == 409 || r.statusCode() == 422
              ? Outcome.OK : null;
        };
        if (who == Who.NOBODY && route.method().equals("POST") && actual == Outcome.FORBIDDEN) {
          actual = Outcome.SIGN_IN;   // a post without a session is refused, not redirected
        }
        if (actual != expected) {
          wrong.add(who + " " + route.method() + " " + route.path() + ": " + r.statusCode() + ", expected " + expected);
        }
        if (who == Who.OTHER) {
          assertFalse(r.body().contains("Walsall"), () -> route.path() + " shows another organisation's name");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aPostWithoutTheSessionsCsrfToken_isRefused_andChangesNothing() {
    Browser b = as(Who.ASSESSOR);
    b.get("/assessments/" + draft);
    String token = b.csrf;
    b.csrf = "f".repeat(64);
    HttpResponse<String> r = b.submit("/organisations/" + org + "/assessments",
        List.of(Map.entry("title", "Forged"), Map.entry("model", svmiModel)));
    assertEquals(403, r.statusCode());
    b.csrf = token;
    assertFalse(b.get("/organisations/" + org).body().contains("Forged"));
  }

  @Test
  void theSessionCookie_isHttpOnly_andSameSite_andSigningOutEndsIt() {
    Browser b = new Browser(server.base());
    var login = b.get("/login");
    var m = java.util.regex.Pattern.compile("name=\"login_token\" value=\"([0-9a-f]{64})\"").matcher(login.body());
    assertTrue(m.find());
    HttpResponse<String> r = b.post("/login", List.of(Map.entry("login_token", m.group(1)),
        Map.entry("username", "Walsall-viewer"), Map.entry("password", TestServer.PASSWORD)));
    String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(WebApp.SESSION_COOKIE))
        .findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP on loopback: a Secure cookie would never come back");
    b.get("/organisations/" + org);
    assertEquals(303, b.submit("/logout", List.of()).statusCode());
    assertEquals("/login", b.get("/organisations/" + org).headers().firstValue("Location").orElseThrow());
  }
}
