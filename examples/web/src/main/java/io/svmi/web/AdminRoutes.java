package io.svmi.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.svmi.web.pages.AdminPage;
import io.svmi.web.pages.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin's pages: organisations and accounts. Every route refuses any other role with 403. */
final class AdminRoutes {
  private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);

  private final WebApp web;
  private final Accounts accounts;
  private final Assessments assessments;

  AdminRoutes(WebApp web, Accounts accounts, Assessments assessments, ModelCatalog models) {
    this.web = web;
    this.accounts = accounts;
    this.assessments = assessments;
  }

  void register(RoutesConfig routes) {
    routes.get("/admin", ctx -> render(ctx, List.of(), Map.of(), ""));
    routes.post("/admin/organisations", this::addOrganisation);
    routes.post("/admin/accounts", this::addAccount);
  }

  Account admin(Context ctx) {
    Account account = web.account(ctx);
    if (!account.isAdmin()) {
      throw PageException.forbidden();
    }
    return account;
  }

  private void render(Context ctx, List<FieldError> errors, Map<String, String> typed, String message) {
    admin(ctx);
    List<Organisation> organisations = accounts.organisations();
    Map<Long, String> names = new HashMap<>();
    List<AdminPage.Row> rows = new ArrayList<>();
    for (Organisation o : organisations) {
      names.put(o.id(), o.name());
      rows.add(new AdminPage.Row(o.id(), o.name(), assessments.list(o.id()).size()));
    }
    List<AdminPage.AccountRow> accountRows = accounts.accounts().stream()
        .map(a -> new AdminPage.AccountRow(a.username(), a.role().id(),
            a.organisationId().map(names::get).orElse("All (admin)")))
        .toList();
    if (!errors.isEmpty()) {
      ctx.status(422);
    }
    web.html(ctx, "admin", new AdminPage(web.frame(ctx, "Organisations and accounts"), rows, accountRows, errors,
        typed.getOrDefault("organisationName", ""), typed.getOrDefault("username", ""),
        typed.getOrDefault("role", "assessor"), typed.getOrDefault("organisation", ""), message));
  }

  private void addOrganisation(Context ctx) {
    Account admin = admin(ctx);
    Map<String, String> fields = WebApp.singleValued(ctx, null);
    String name = fields.getOrDefault("name", "").strip();
    List<FieldError> errors = new ArrayList<>();
    if (name.isEmpty() || name.length() > 200) {
      errors.add(new FieldError("organisation-name", "Enter an organisation name of 1 to 200 characters"));
    } else if (accounts.organisationExists(name)) {
      errors.add(new FieldError("organisation-name", "There is already an organisation called " + name));
    }
    if (!errors.isEmpty()) {
      render(ctx, errors, Map.of("organisationName", name.length() > 200 ? "" : name), "");
      return;
    }
    long id = accounts.createOrganisation(name);
    log.info("organisation {} added by account {}", id, admin.id());
    render(ctx, List.of(), Map.of(), "Organisation " + name + " added.");
  }

  private void addAccount(Context ctx) {
    Account admin = admin(ctx);
    Map<String, String> fields = WebApp.singleValued(ctx, null);
    String username = fields.getOrDefault("username", "").strip();
    String password = fields.getOrDefault("password", "");
    Optional<Role> role = Role.of(fields.getOrDefault("role", ""));
    String organisation = fields.getOrDefault("organisation", "");
    Optional<Long> organisationId = organisation.matches("[1-9]\\d{0,17}")
        ? accounts.organisation(Long.parseLong(organisation)).map(Organisation::id) : Optional.empty();
    List<FieldError> errors = new ArrayList<>();
    if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
      errors.add(new FieldError("account-username",
          "Enter a username of 3 to 100 letters, digits, dots, dashes, underscores or @"));
    } else if (accounts.usernameTaken(username)) {
      errors.add(new FieldError("account-username", "The username " + username + " is taken"));
    }
    String passwordProblem = Passwords.problem(password);
    if (!passwordProblem.isEmpty()) {
      errors.add(new FieldError("account-password", passwordProblem));
    }
    if (role.isEmpty()) {
      errors.add(new FieldError("account-role", "Choose a role"));
    } else if (role.get() == Role.ADMIN && !organisation.isEmpty()) {
      errors.add(new FieldError("account-organisation", "An admin belongs to no organisation: choose None"));
    } else if (role.get() != Role.ADMIN && organisationId.isEmpty()) {
      errors.add(new FieldError("account-organisation", "Choose the organisation of the assessor or viewer"));
    }
    Map<String, String> typed = Map.of("username", username.length() > 100 ? "" : username,
        "role", role.map(Role::id).orElse("assessor"), "organisation", organisation.length() > 20 ? "" : organisation);
    if (!errors.isEmpty()) {
      render(ctx, errors, typed, "");
      return;
    }
    long id = accounts.createAccount(username, password, role.get(), role.get() == Role.ADMIN ? Optional.empty() : organisationId);
    log.info("account {} added by account {}", id, admin.id());
    render(ctx, List.of(), Map.of(), "Account " + username + " added.");
  }
}
