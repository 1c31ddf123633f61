package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A named group of dimensions ({@code group governance "Governance" { dimension … }}: SAMM's
 * business functions), combined by {@link Rules#groupLevel()}; with groups, the overall level
 * combines the groups.
 */
public record Group(String id, String name, ImmutableList<String> dimensionIds) {
  public Group {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(dimensionIds, "dimensionIds");
  }
}
