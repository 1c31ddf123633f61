package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * A named target profile of a model ({@code profile baseline "Baseline" { target A1a = achieved }}):
 * a target level per dimension, as a regulator sets them (the NCSC CAF's Baseline and Enhanced
 * profiles). An assessment that names a profile aims for its targets; a target the assessment
 * gives itself wins over the profile's for that dimension.
 *
 * @param id the profile's id, unique among the model's profiles
 * @param name its display name (its id when none is written)
 * @param targets the target level by dimension id, in the order written
 */
public record Profile(String id, String name, ImmutableMap<String, Level> targets) {
  public Profile {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(targets, "targets");
  }

  /** The profile's target for a dimension, if it sets one. */
  public Optional<Level> target(String dimensionId) {
    return Optional.ofNullable(targets.get(dimensionId));
  }
}
