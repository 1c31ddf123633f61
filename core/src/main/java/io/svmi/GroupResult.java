package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * How one group of dimensions was determined (score-based models such as SAMM's business
 * functions): its combination over its dimensions' scores, the level read from it, its target,
 * and whether its present level and target show with a plus (as {@link DimensionResult#plus()}).
 */
public record GroupResult(
    Group group,
    Combination combination,
    Optional<Score> score,
    Optional<Level> present,
    Optional<Score> targetScore,
    Optional<Level> target,
    ImmutableList<DimensionResult> dimensions,
    boolean plus,
    boolean targetPlus) {

  public GroupResult {
    checkNotNull(group, "group");
    checkNotNull(combination, "combination");
    checkNotNull(score, "score");
    checkNotNull(present, "present");
    checkNotNull(targetScore, "targetScore");
    checkNotNull(target, "target");
    checkNotNull(dimensions, "dimensions");
  }

  /** What the group contributes to the overall combination: its score, or its level's when it rounds. */
  public Optional<Score> contribution() {
    return combination.roundsToRank() ? present.map(Level::score) : score;
  }

  /** "governance Governance is Level 1: mean of dimensions of G-SM 1.375, … is 1.125, which …". */
  public String explanation() {
    String subject = group.id() + " " + group.name();
    if (present.isEmpty() || score.isEmpty()) {
      return subject + " has no level: no dimension of it has one";
    }
    List<Scoring.Member> members =
        dimensions.stream()
            .filter(d -> d.contribution().isPresent())
            .map(d -> new Scoring.Member(d.dimension().id(), d.contribution().get(), d.dimension().weight(), -1))
            .toList();
    return subject + " is " + present.get().name() + ": "
        + Explanations.scored(combination, members, score.get(), present.get());
  }
}
