package io.svmi.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.web.pages.PeersPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's peers view: the spread of each dimension's level over the organisations' latest
 * submitted assessments of one model, and where one organisation sits among them.
 */
final class PeersRoutes {
  private final WebApp web;
  private final AdminRoutes admin;
  private final Accounts accounts;
  private final Assessments store;
  private final ModelCatalog models;
  private final ReportRoutes reports;

  PeersRoutes(WebApp web, AdminRoutes admin, Accounts accounts, Assessments store, ModelCatalog models,
      ReportRoutes reports) {
    this.web = web;
    this.admin = admin;
    this.accounts = accounts;
    this.store = store;
    this.models = models;
    this.reports = reports;
  }

  void register(RoutesConfig routes) {
    routes.get("/admin/peers", this::peers);
  }

  private void peers(Context ctx) {
    admin.admin(ctx);
    Set<String> names = new LinkedHashSet<>();
    models.offered().forEach(e -> names.add(e.name()));
    String chosenModel = Optional.ofNullable(ctx.queryParam("model")).filter(names::contains)
        .orElse(names.iterator().next());
    MaturityModel model = models.offered().stream().filter(e -> e.name().equals(chosenModel)).findFirst()
        .orElseThrow().model();
    List<Organisation> organisations = accounts.organisations();
    String chosenOrg = Optional.ofNullable(ctx.queryParam("organisation")).orElse("");

    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Map<String, String> chosenLevels = new HashMap<>();
    String chosenName = "";
    int counted = 0;
    for (Organisation org : organisations) {
      Optional<Assessments.Summary> latest = store.list(org.id()).stream()
          .filter(s -> s.submitted() && s.modelName().equals(chosenModel)).findFirst();
      if (latest.isEmpty()) {
        continue;
      }
      Evaluation e = reports.evaluate(store.load(latest.get().id()).orElseThrow(), org.name());
      counted++;
      boolean chosen = String.valueOf(org.id()).equals(chosenOrg);
      if (chosen) {
        chosenName = org.name();
      }
      for (DimensionResult d : e.dimensions()) {
        d.present().ifPresent(level -> {
          counts.computeIfAbsent(d.dimension().id(), k -> new HashMap<>()).merge(level.id(), 1, Integer::sum);
          if (chosen) {
            chosenLevels.put(d.dimension().id(), level.id());
          }
        });
      }
    }
    List<PeersPage.Row> rows = new ArrayList<>();
    for (var d : model.dimensions().values()) {
      List<Integer> row = new ArrayList<>();
      List<Boolean> mark = new ArrayList<>();
      for (Level level : model.scale().levels()) {
        row.add(counts.getOrDefault(d.id(), Map.of()).getOrDefault(level.id(), 0));
        mark.add(level.id().equals(chosenLevels.get(d.id())));
      }
      rows.add(new PeersPage.Row(d.id() + " " + d.name(), row, mark));
    }
    web.html(ctx, "peers", new PeersPage(web.frame(ctx, "Peers"),
        names.stream().map(n -> new PeersPage.Choice(n, n, n.equals(chosenModel))).toList(),
        organisations.stream().map(o -> new PeersPage.Choice(String.valueOf(o.id()), o.name(),
            String.valueOf(o.id()).equals(chosenOrg))).toList(),
        chosenName, counted, model.scale().levels().stream().map(Level::name).toList(), rows));
  }
}
