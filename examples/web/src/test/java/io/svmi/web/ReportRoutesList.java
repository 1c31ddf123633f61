package io.svmi.web;

import java.util.List;

/** The report, download, import, compare and peers routes, for {@link AuthorisationTest}. */
final class ReportRoutesList {
  private ReportRoutesList() {}

  static List<AuthorisationTest.Route> routes(long org, long draft, long submitted) {
    return List.of(
        new AuthorisationTest.Route("GET", "/assessments/" + submitted + "/report", List.of(), AuthorisationTest::read),
        new AuthorisationTest.Route("GET", "/assessments/" + submitted + "/answers.json", List.of(), AuthorisationTest::read),
        new AuthorisationTest.Route("GET", "/assessments/" + draft + "/answers.json", List.of(), AuthorisationTest::read),
        new AuthorisationTest.Route("GET", "/assessments/" + submitted + "/plan.json", List.of(), AuthorisationTest::read),
        new AuthorisationTest.Route("GET", "/assessments/" + submitted + "/plan.md", List.of(), AuthorisationTest::read),
        new AuthorisationTest.Route("GET", "/assessments/" + submitted + "/plan.txt", List.of(), AuthorisationTest::read),
        new AuthorisationTest.Route("POST", "/organisations/" + org + "/import", List.of(), AuthorisationTest::edit),
        new AuthorisationTest.Route("GET", "/organisations/" + org + "/compare?from=" + submitted + "&to=" + submitted,
            List.of(), AuthorisationTest::read),
        new AuthorisationTest.Route("GET", "/admin/peers", List.of(), AuthorisationTest::adminOnly));
  }
}
