package io.svmi.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.svmi.Action;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.report.Comparison;
import io.svmi.web.pages.ComparePage;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's progress: two of its submitted assessments compared (svmi-report's {@link
 * Comparison}), the chart overlaying both.
 */
final class CompareRoutes {
  private final WebApp web;
  private final AssessmentRoutes assessments;
  private final ReportRoutes reports;

  CompareRoutes(WebApp web, AssessmentRoutes assessments, ReportRoutes reports) {
    this.web = web;
    this.assessments = assessments;
    this.reports = reports;
  }

  void register(RoutesConfig routes) {
    routes.get("/organisations/{org}/compare", this::compare);
  }

  private void compare(Context ctx) {
    long orgId = WebApp.id(ctx, "org");
    Organisation org = assessments.readable(ctx, orgId);
    Assessments.Stored from = submittedOf(ctx, orgId, "from");
    Assessments.Stored to = submittedOf(ctx, orgId, "to");
    Evaluation before = reports.evaluate(from, org.name());
    Evaluation after = reports.evaluate(to, org.name());
    Comparison c = Comparison.of(before, after);
    String beforeName = from.summary().title();
    String afterName = to.summary().title();
    if (beforeName.equals(afterName)) {
      beforeName += " (" + AssessmentRoutes.DATE.format(from.summary().createdAt()) + ")";
      afterName += " (" + AssessmentRoutes.DATE.format(to.summary().createdAt()) + ")";
    }
    String note = "";
    if (!c.sameModel()) {
      note = "The two were taken under different model texts (" + from.summary().modelName() + " "
          + from.summary().modelVersion() + " and " + to.summary().modelName() + " " + to.summary().modelVersion()
          + "): dimensions and questions are matched by id"
          + (c.levelsComparable() ? "." : ", and their levels differ, so no change is counted in levels.");
    }
    web.html(ctx, "compare", new ComparePage(web.frame(ctx, afterName + " compared with " + beforeName), orgId,
        org.name(), beforeName, afterName,
        c.dimensions().stream().map(d -> row(d.id() + " " + d.name(), d.present())).toList(),
        row("Overall", c.overall()), c.completedActions().stream().map(CompareRoutes::action).toList(),
        c.newActions().stream().map(CompareRoutes::action).toList(),
        c.regressions().stream().map(d -> d.id() + " " + d.name() + ": " + d.present().before().map(Level::name)
            .orElse("") + " to " + d.present().after().map(Level::name).orElse("")).toList(), note,
        Charts.overlay(before, after)));
  }

  private Assessments.Stored submittedOf(Context ctx, long orgId, String param) {
    String value = Optional.ofNullable(ctx.queryParam(param)).orElse("");
    if (!value.matches("[1-9]\\d{0,17}")) {
      throw PageException.badRequest("Choose two assessments to compare.");
    }
    Assessments.Stored stored = assessments.readableAssessment(ctx, Long.parseLong(value));
    if (stored.summary().organisationId() != orgId) {
      throw PageException.notFound();
    }
    if (!stored.summary().submitted()) {
      throw new PageException(409, "Not submitted yet", "Only submitted assessments are compared.");
    }
    return stored;
  }

  private static ComparePage.Row row(String name, Comparison.LevelChange d) {
    int change = d.delta().orElse(0);
    String words = d.delta().isEmpty() ? "Not comparable"
        : change == 0 ? "No change"
        : (change > 0 ? "Up " : "Down ") + Math.abs(change) + (Math.abs(change) == 1 ? " level" : " levels");
    return new ComparePage.Row(name, d.before().map(Level::name).orElse("No level"),
        d.after().map(Level::name).orElse("No level"), words, change > 0, change < 0);
  }

  private static String action(Action a) {
    return a.questionId() + " (to reach " + a.level().name() + "): " + a.text();
  }
}
