package io.svmi;

import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.ProfileDecl;
import io.svmi.ModelDraft.ProfileTargetDecl;
import io.svmi.internal.Suggestions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Target profiles: E0201 (duplicate id), two profiles with one id; E0204 (unknown dimension) and
 * E0203 (unknown level), a profile's target naming what the model does not declare, with "did you
 * mean…?"; E0226 (profile target given twice), one dimension targeted twice in a profile.
 */
final class ProfilesCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    Set<String> dimensions = draft.dimensions().stream().map(DimensionDecl::id).map(Declared::value)
        .collect(Collectors.toSet());
    Map<String, Level> levels = draft.levelsById();
    boolean checkLevels = !draft.levels().isEmpty() && !draft.levelsIncomplete();
    Map<String, ProfileDecl> seen = new HashMap<>();
    for (ProfileDecl p : draft.profiles()) {
      String id = p.id().value();
      ProfileDecl first = seen.putIfAbsent(id, p);
      if (first != null) {
        findings.repeated(DiagnosticCode.E0201, "profile '" + id + "' is declared twice", p.id().span(),
            "first declared at", first.id().span());
      }
      Map<String, ProfileTargetDecl> targeted = new HashMap<>();
      for (ProfileTargetDecl t : p.targets()) {
        String dimension = t.dimension().value();
        if (!dimensions.contains(dimension)) {
          findings.report(DiagnosticCode.E0204,
              "unknown dimension '" + dimension + "' in profile '" + id + "'", t.dimension().span(),
              Suggestions.didYouMean(dimension, dimensions));
        } else {
          ProfileTargetDecl before = targeted.putIfAbsent(dimension, t);
          if (before != null) {
            findings.repeated(DiagnosticCode.E0226,
                "profile '" + id + "' gives dimension '" + dimension + "' two targets", t.dimension().span(),
                "first given at", before.dimension().span());
          }
        }
        if (checkLevels && !levels.containsKey(t.level().value())) {
          findings.report(DiagnosticCode.E0203,
              "unknown level '" + t.level().value() + "' for the target of dimension '" + dimension + "' in profile '"
                  + id + "'",
              t.level().span(), Suggestions.didYouMean(t.level().value(), levels.keySet()));
        }
      }
    }
  }
}
