package io.svmi.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.svmi.Language;
import io.svmi.MaturityModel;
import io.svmi.web.pages.FieldError;
import io.svmi.web.pages.LanguageChoice;
import io.svmi.web.pages.OrganisationPage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An organisation's assessments: the history page, starting one, filling it in (save a draft,
 * resume, submit). Every route checks the account against the assessment's organisation: another
 * organisation's assessment is "not found", a viewer's change is "not allowed".
 */
final class AssessmentRoutes {
  static final int MAX_TITLE = 200;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneOffset.UTC);
  private static final Logger log = LoggerFactory.getLogger(AssessmentRoutes.class);

  private final WebApp web;
  private final Accounts accounts;
  private final Assessments assessments;
  private final ModelCatalog models;

  AssessmentRoutes(WebApp web, Accounts accounts, Assessments assessments, ModelCatalog models) {
    this.web = web;
    this.accounts = accounts;
    this.assessments = assessments;
    this.models = models;
  }

  void register(RoutesConfig routes) {
    routes.get("/organisations/{org}", this::organisationPage);
    routes.post("/organisations/{org}/assessments", this::start);
    routes.get("/assessments/{id}", this::show);
    routes.post("/assessments/{id}", this::save);
  }

  /** The organisation, when this account may read its assessments; otherwise "not found". */
  Organisation readable(Context ctx, long organisationId) {
    Account account = web.account(ctx);
    if (!account.canRead(organisationId)) {
      throw PageException.notFound();
    }
    return accounts.organisation(organisationId).orElseThrow(PageException::notFound);
  }

  /** An assessment this account may read, with its organisation. */
  Assessments.Stored readableAssessment(Context ctx, long id) {
    Assessments.Stored stored = assessments.load(id).orElseThrow(PageException::notFound);
    readable(ctx, stored.summary().organisationId());
    return stored;
  }

  MaturityModel modelOf(Assessments.Stored stored) {
    return models.model(stored.summary().modelSha256(), stored.modelSource());
  }

  /**
   * The assessment's model in the language the request asks for ({@code ?lang=cy}), or in its own;
   * a language the model does not declare is a bad request naming the ones it does.
   */
  static MaturityModel shown(Context ctx, MaturityModel model) {
    String lang = ctx.queryParam("lang");
    if (lang == null || lang.isEmpty()) {
      return model;
    }
    if (!model.hasLanguage(lang)) {
      throw PageException.badRequest("The model '" + model.name() + "' has no language '" + lang + "'. "
          + (model.languages().isEmpty() ? "It is shown only in its own words."
              : "Its languages are " + model.languages().stream().map(Language::toString)
                  .collect(java.util.stream.Collectors.joining(", ")) + "."));
    }
    return model.translated(lang);
  }

  /** {@code ?lang=cy} when the request asks for a language (one the model has: see {@link #shown}), else empty. */
  static String languageQuery(Context ctx) {
    String lang = ctx.queryParam("lang");
    return lang == null || lang.isEmpty() ? "" : "?lang=" + java.net.URLEncoder.encode(lang, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The links to a page in each of the model's languages, when it has more than one. */
  static List<LanguageChoice> languages(MaturityModel shown, String path) {
    if (shown.languages().size() < 2) {
      return List.of();
    }
    String current = shown.language().map(Language::id).orElse("");
    return shown.languages().stream()
        .map(l -> new LanguageChoice(l.name(), path + "?lang=" + java.net.URLEncoder.encode(l.id(),
            java.nio.charset.StandardCharsets.UTF_8), l.id().equals(current)))
        .toList();
  }

  private void organisationPage(Context ctx) {
    Organisation org = readable(ctx, WebApp.id(ctx, "org"));
    renderOrganisation(ctx, org, List.of(), "", Optional.empty());
  }

  void renderOrganisation(Context ctx, Organisation org, List<FieldError> errors, String title, Optional<String> model) {
    List<OrganisationPage.Row> rows = new ArrayList<>();
    for (Assessments.Summary s : assessments.list(org.id())) {
      rows.add(new OrganisationPage.Row(s.id(), s.title(), s.submitted() ? "Submitted" : "Draft",
          s.modelName() + " " + s.modelVersion(), DATE.format(s.createdAt()), overall(s)));
    }
    List<OrganisationPage.ModelChoice> choices = new ArrayList<>();
    for (ModelCatalog.Entry e : models.offered()) {
      choices.add(new OrganisationPage.ModelChoice(e.sha256(), e.name() + " (version " + e.version() + ")",
          model.map(e.sha256()::equals).orElse(choices.isEmpty())));
    }
    web.html(ctx, "organisation", new OrganisationPage(web.frame(ctx, org.name()), org.id(), org.name(),
        web.account(ctx).canEdit(org.id()), rows, choices, errors, title));
  }

  /** The overall level of a submitted assessment, as the history lists it. */
  private String overall(Assessments.Summary s) {
    if (!s.submitted()) {
      return "Not submitted";
    }
    return assessments.load(s.id()).flatMap(stored -> {
      try {
        return modelOf(stored).evaluate(AssessmentForm.toAssessment(modelOf(stored), "", stored.draft())).present()
            .map(io.svmi.Level::name);
      } catch (io.svmi.AssessmentException e) {
        return Optional.empty();
      }
    }).orElse("No level");
  }

  private void start(Context ctx) {
    long orgId = WebApp.id(ctx, "org");
    Organisation org = readable(ctx, orgId);
    Account account = web.account(ctx);
    if (!account.canEdit(orgId)) {
      throw PageException.forbidden();
    }
    Map<String, String> fields = WebApp.singleValued(ctx, null);
    String title = fields.getOrDefault("title", "").strip();
    String modelSha = fields.getOrDefault("model", "");
    Optional<ModelCatalog.Entry> model = models.offered(modelSha);
    List<FieldError> errors = new ArrayList<>();
    if (title.isEmpty()) {
      errors.add(new FieldError("new-title", "Enter a title for the assessment"));
    } else if (title.length() > MAX_TITLE) {
      errors.add(new FieldError("new-title", "Enter a title of at most " + MAX_TITLE + " characters"));
    }
    if (model.isEmpty()) {
      errors.add(new FieldError("new-model", "Choose one of the models offered"));
    }
    if (!errors.isEmpty()) {
      ctx.status(422);
      renderOrganisation(ctx, org, errors, title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title,
          model.map(ModelCatalog.Entry::sha256));
      return;
    }
    long id = assessments.create(orgId, account, model.get(), title, Draft.EMPTY, "create");
    log.info("assessment {} started in organisation {} by account {}", id, orgId, account.id());
    throw new Redirect("/assessments/" + id);
  }

  private void show(Context ctx) {
    Assessments.Stored stored = readableAssessment(ctx, WebApp.id(ctx, "id"));
    String message = "";
    String saved = ctx.queryParam("saved");
    if (saved != null && saved.matches("\\d{1,9}")) {
      message = "Draft saved (revision " + saved + "). You can leave and resume it later.";
    }
    render(ctx, stored, stored.draft(), List.of(), message);
  }

  private void render(Context ctx, Assessments.Stored stored, Draft draft, List<FieldError> errors, String message) {
    Assessments.Summary s = stored.summary();
    Organisation org = accounts.organisation(s.organisationId()).orElseThrow(PageException::notFound);
    boolean editable = !s.submitted() && web.account(ctx).canEdit(s.organisationId());
    boolean stale = models.offered().stream()
        .anyMatch(e -> e.name().equals(s.modelName()) && !e.sha256().equals(s.modelSha256()))
        && models.offered(s.modelSha256()).isEmpty();
    MaturityModel shown = shown(ctx, modelOf(stored));
    String path = "/assessments/" + s.id();
    web.html(ctx, "assessment", new AssessmentForm(shown).page(web.frame(ctx, s.title()), s, org.name(),
        draft, editable, errors, message, stale, languages(shown, path), path + languageQuery(ctx)));
  }

  private void save(Context ctx) {
    long id = WebApp.id(ctx, "id");
    Assessments.Stored stored = readableAssessment(ctx, id);
    Account account = web.account(ctx);
    if (!account.canEdit(stored.summary().organisationId())) {
      throw PageException.forbidden();
    }
    if (stored.summary().submitted()) {
      throw new PageException(409, "Already submitted", "This assessment was submitted and can no longer change.");
    }
    Map<String, String> fields = WebApp.singleValued(ctx, null);
    String action = fields.getOrDefault("action", "save");
    if (!action.equals("save") && !action.equals("submit")) {
      throw PageException.badRequest("The form's action must be save or submit.");
    }
    // In the language the page was shown in: a language the model does not have is refused before anything is saved.
    AssessmentForm form = new AssessmentForm(shown(ctx, modelOf(stored)));
    AssessmentForm.Posted posted = form.read(fields);
    if (!posted.problems().isEmpty()) {
      // Nothing saved: the page comes back with everything as typed and the problems on top.
      ctx.status(422);
      render(ctx, stored, posted.draft(), posted.problems(), "");
      return;
    }
    List<FieldError> problems = action.equals("submit") ? form.submitProblems(posted.draft()) : List.of();
    Assessments.Saved saved = assessments.save(id, account, posted.draft(), action.equals("submit") && problems.isEmpty());
    if (saved.refusal().isPresent()) {
      throw saved.refusal().get() == Assessments.Refusal.NOT_FOUND ? PageException.notFound()
          : new PageException(409, "Already submitted", "This assessment was submitted and can no longer change.");
    }
    if (!problems.isEmpty()) {
      // The draft is saved; the submit is refused with a summary linking to each field.
      ctx.status(422);
      Assessments.Stored again = assessments.load(id).orElseThrow(PageException::notFound);
      render(ctx, again, posted.draft(), problems,
          "Your answers are saved as a draft (revision " + saved.revision() + "), but the assessment cannot be submitted yet.");
      return;
    }
    log.info("assessment {} {} (revision {}) by account {}", id, action.equals("submit") ? "submitted" : "saved",
        saved.revision(), account.id());
    String lang = languageQuery(ctx);
    throw new Redirect(action.equals("submit") ? "/assessments/" + id + "/report" + lang
        : "/assessments/" + id + "?saved=" + saved.revision() + (lang.isEmpty() ? "" : "&" + lang.substring(1)));
  }
}
