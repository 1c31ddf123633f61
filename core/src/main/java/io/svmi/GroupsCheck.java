package io.svmi;

import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.GroupDecl;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * E0217 (dimension outside the groups): in a model with groups every dimension is in a group; a
 * rule for the group level needs groups.
 */
final class GroupsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    if (draft.groups().isEmpty()) {
      if (draft.rules().groupLevel() != Rules.DEFAULT_GROUP_LEVEL) {
        findings.report(DiagnosticCode.E0217, "the rules set the group level, but the model has no group", Optional.empty());
      }
      return;
    }
    Set<Integer> grouped = new HashSet<>();
    for (GroupDecl g : draft.groups()) {
      grouped.addAll(g.members());
    }
    for (int i = 0; i < draft.dimensions().size(); i++) {
      if (!grouped.contains(i)) {
        DimensionDecl d = draft.dimensions().get(i);
        findings.report(
            DiagnosticCode.E0217,
            "dimension '" + d.id().value() + "' is in no group, but the model has groups",
            d.id().span(),
            "put every dimension in a group, or use no groups");
      }
    }
  }
}
