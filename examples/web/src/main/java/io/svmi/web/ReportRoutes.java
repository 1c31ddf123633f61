package io.svmi.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import io.svmi.web.pages.FieldError;
import io.svmi.web.pages.ReportPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Results: a submitted assessment's report page and its downloads, all rendered by svmi-report
 * (never a copy here), and importing an answers file as a new assessment.
 */
final class ReportRoutes {
  private static final Logger log = LoggerFactory.getLogger(ReportRoutes.class);

  private final WebApp web;
  private final AssessmentRoutes assessments;
  private final Assessments store;
  private final ModelCatalog models;

  ReportRoutes(WebApp web, AssessmentRoutes assessments, Assessments store, ModelCatalog models) {
    this.web = web;
    this.assessments = assessments;
    this.store = store;
    this.models = models;
  }

  void register(RoutesConfig routes) {
    routes.get("/assessments/{id}/report", this::report);
    routes.get("/assessments/{id}/answers.json", this::answers);
    routes.get("/assessments/{id}/plan.json", ctx -> download(ctx, PlanFormat.JSON));
    routes.get("/assessments/{id}/plan.md", ctx -> download(ctx, PlanFormat.MARKDOWN));
    routes.get("/assessments/{id}/plan.txt", ctx -> download(ctx, PlanFormat.TEXT));
    routes.post("/organisations/{org}/import", this::importAnswers);
  }

  /** A submitted assessment's evaluation, under the model text it was taken under. */
  Evaluation evaluation(Context ctx, long id) {
    Assessments.Stored stored = assessments.readableAssessment(ctx, id);
    if (!stored.summary().submitted()) {
      throw new PageException(409, "Not submitted yet",
          "This assessment is a draft: its results are shown once it is submitted.");
    }
    return evaluate(stored, organisationName(stored));
  }

  Evaluation evaluate(Assessments.Stored stored, String subject) {
    MaturityModel model = assessments.modelOf(stored);
    try {
      return model.evaluate(AssessmentForm.toAssessment(model, subject, stored.draft()));
    } catch (AssessmentException e) {
      throw new IllegalStateException("a submitted assessment no longer evaluates: " + e.getMessage(), e);
    }
  }

  String organisationName(Assessments.Stored stored) {
    return web.accounts().organisation(stored.summary().organisationId()).map(Organisation::name).orElse("");
  }

  private void report(Context ctx) {
    long id = WebApp.id(ctx, "id");
    Evaluation evaluation = evaluation(ctx, id);
    Assessments.Summary s = store.summary(id).orElseThrow(PageException::notFound);
    MaturityModel shown = AssessmentRoutes.shown(ctx, evaluation.model());
    StringBuilder html = new StringBuilder();
    try {
      shownIn(evaluation, shown).writeHtmlFragment(html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    web.html(ctx, "report", new ReportPage(web.frame(ctx, s.title() + ": results"), id, s.organisationId(),
        evaluation.subject(), s.title(), s.modelName(), s.modelVersion(), s.modelSha256().substring(0, 12),
        s.submittedAt().map(AssessmentRoutes.DATE::format).orElse(""), html.toString(),
        AssessmentRoutes.languages(shown, "/assessments/" + id + "/report"), AssessmentRoutes.languageQuery(ctx)));
  }

  /** The report of an evaluation in the language of {@code shown} (the model, maybe translated). */
  private static Report shownIn(Evaluation evaluation, MaturityModel shown) {
    Report report = Report.of(evaluation);
    return shown.language().filter(l -> !shown.equals(evaluation.model())).map(l -> report.inLanguage(l.id())).orElse(report);
  }

  private void answers(Context ctx) {
    long id = WebApp.id(ctx, "id");
    Assessments.Stored stored = assessments.readableAssessment(ctx, id);
    if (!stored.summary().submitted()) {
      throw new PageException(409, "Not submitted yet",
          "This assessment is a draft: its answers file is offered once it is submitted.");
    }
    MaturityModel model = assessments.modelOf(stored);
    Assessment assessment;
    try {
      assessment = AssessmentForm.toAssessment(model, organisationName(stored), stored.draft());
    } catch (AssessmentException e) {
      throw new IllegalStateException("a stored assessment no longer builds: " + e.getMessage(), e);
    }
    attachment(ctx, id, "answers.json", "application/json", Answers.write(assessment));
  }

  private void download(Context ctx, PlanFormat format) {
    long id = WebApp.id(ctx, "id");
    Evaluation evaluation = evaluation(ctx, id);
    attachment(ctx, id, "plan." + format.extension(), format.mediaType(),
        shownIn(evaluation, AssessmentRoutes.shown(ctx, evaluation.model())).render(format));
  }

  private static void attachment(Context ctx, long id, String name, String mediaType, String body) {
    ctx.header("Content-Disposition", "attachment; filename=\"assessment-" + id + "-" + name + "\"")
        .contentType(mediaType.contains("charset") ? mediaType : mediaType + "; charset=utf-8").result(body);
  }

  private void importAnswers(Context ctx) {
    long orgId = WebApp.id(ctx, "org");
    Organisation org = assessments.readable(ctx, orgId);
    Account account = web.account(ctx);
    if (!account.canEdit(orgId)) {
      throw PageException.forbidden();
    }
    if (!ctx.isMultipartFormData()) {
      throw PageException.badRequest("An answers file is sent as multipart/form-data.");
    }
    String modelSha = Optional.ofNullable(ctx.formParam("model")).orElse("");
    Optional<ModelCatalog.Entry> model = models.offered(modelSha);
    UploadedFile file = ctx.uploadedFile("file");
    List<FieldError> errors = new ArrayList<>();
    if (model.isEmpty()) {
      errors.add(new FieldError("import-model", "Choose one of the models offered"));
    }
    if (file == null || file.size() == 0) {
      errors.add(new FieldError("import-file", "Choose an answers file to import"));
    }
    Assessment assessment = null;
    if (errors.isEmpty()) {
      try (InputStream in = file.content()) {
        assessment = Answers.read(model.get().model(), "the answers file", in);
      } catch (AssessmentException e) {
        for (Diagnostic d : e.diagnostics()) {
          if (errors.size() == 10) {
            errors.add(new FieldError("import-file", "and " + (e.diagnostics().size() - 10) + " more problems"));
            break;
          }
          errors.add(new FieldError("import-file", "The answers file"
              + d.span().map(s -> ", line " + s.line() + " column " + s.column()).orElse("") + ": " + d.message()));
        }
      } catch (IOException e) {
        errors.add(new FieldError("import-file", "The answers file could not be read"));
      }
    }
    if (assessment != null && !assessment.targetAnswers().isEmpty()) {
      errors.add(new FieldError("import-file", "The answers file sets target answers (targetAnswers), which this"
          + " application does not keep: remove them, or use svmi plan"));
    }
    if (assessment != null && assessment.profile().isPresent()) {
      errors.add(new FieldError("import-file", "The answers file names a target profile (profile), which this"
          + " application does not keep: give its targets as targets instead, or use svmi plan --profile"));
    }
    if (!errors.isEmpty()) {
      ctx.status(422);
      assessments.renderOrganisation(ctx, org, errors, "", model.map(ModelCatalog.Entry::sha256));
      return;
    }
    Map<String, String> targets = new HashMap<>();
    assessment.targets().forEach((dimension, level) -> targets.put(dimension, level.id()));
    Draft draft = new Draft(assessment.answers(), Map.of(), targets, assessment.overallTarget().map(l -> l.id()));
    String title = assessment.subject().isEmpty() ? "Imported answers" : "Imported: " + assessment.subject();
    long id = store.create(orgId, account, model.get(), title.length() > AssessmentRoutes.MAX_TITLE
        ? title.substring(0, AssessmentRoutes.MAX_TITLE) : title, draft, "import");
    log.info("assessment {} imported in organisation {} by account {}", id, orgId, account.id());
    throw new Redirect("/assessments/" + id);
  }
}
