package io.svmi.web;

import java.util.List;

/** The report, download, compare and import routes for {@link AuthorisationTest} (none yet). */
final class ReportRoutesList {
  private ReportRoutesList() {}

  static List<AuthorisationTest.Route> routes(long org, long draft, long submitted) {
    return List.of();
  }
}
