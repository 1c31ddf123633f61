package io.svmi;

import io.svmi.ModelDraft.ActionDecl;
import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.GroupDecl;
import io.svmi.ModelDraft.LevelDecl;
import io.svmi.ModelDraft.OptionDecl;
import io.svmi.ModelDraft.QuestionDecl;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * E0201 (duplicate id) and E0209 (empty id): levels, groups, dimensions and questions are unique in
 * their model; options are unique in their question, and so are actions by the level they reach.
 * The repeated declaration is reported, with where the first one was written.
 */
final class UniqueIdsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    Ids levels = new Ids(findings, "level", "");
    for (LevelDecl l : draft.levels()) {
      levels.add(l.id());
    }
    Ids groups = new Ids(findings, "group", "");
    for (GroupDecl g : draft.groups()) {
      groups.add(g.id());
    }
    Ids dimensions = new Ids(findings, "dimension", "");
    Ids questions = new Ids(findings, "question", "");
    var known = draft.levelsById();
    for (DimensionDecl d : draft.dimensions()) {
      dimensions.add(d.id());
      for (QuestionDecl q : d.questions()) {
        questions.add(q.id());
        Ids options = new Ids(findings, "option", " in " + q.what());
        for (OptionDecl o : q.options()) {
          options.add(o.id());
        }
        Ids actions = new Ids(findings, "action to", " in " + q.what());
        for (ActionDecl a : q.actions()) {
          if (known.containsKey(a.level().value())) {   // an unknown level is E0203's
            actions.add(a.level());
          }
        }
      }
    }
  }

  /** The ids of one kind seen so far, with where each was first declared. */
  private static final class Ids {
    private final Findings findings;
    private final String kind;
    private final String where;
    private final Map<String, Optional<SourceSpan>> seen = new HashMap<>();

    Ids(Findings findings, String kind, String where) {
      this.findings = findings;
      this.kind = kind;
      this.where = where;
    }

    void add(Declared<String> id) {
      if (id.value().isEmpty()) {
        findings.report(DiagnosticCode.E0209, "a " + kind + " has an empty id" + where, id.span());
        return;
      }
      Optional<SourceSpan> first = seen.putIfAbsent(id.value(), id.span());
      if (first != null) {
        findings.repeated(
            DiagnosticCode.E0201, "duplicate " + kind + " '" + id.value() + "'" + where, id.span(), "first declared at", first);
      }
    }
  }
}
