package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A worked example that a model carries: an assessment given by ids (answers, targets, an optional
 * overall target) and what its evaluation must give (present and target levels, or no level, and
 * exact scores of dimensions, groups, questions and overall; the actions of cells of the action
 * plan). {@link #run} evaluates it and lists every mismatch. Examples are part of the model
 * ({@link MaturityModel#examples()}) and are checked when it is built: an example whose
 * assessment does not fit the model is an error (E0401 to E0407), as is an expectation naming
 * something the model does not have (E0413).
 *
 * <p>An example is its content: where its parts were written (in a {@code .svmi} file) is kept
 * beside it, by the model that carries it, so that a model compiled from its printed form equals
 * the original and a mismatch still points at the expectation's line.
 *
 * @param name what the example is called ("Walsall Council"); unique in its model
 * @param subject who is assessed, when given
 * @param answers the chosen option of each answered question, as written
 * @param targets the targets as written; one with no dimension is the overall target
 * @param levels expected levels and scores (of dimensions, groups, questions, overall)
 * @param actions expected cells of the action plan
 * @param targetAnswers the answers questions aim for ({@code target answer A1 = works}), as written
 * @param profile the target profile the example names ({@code profile baseline}), as written
 */
public record Example(
    String name,
    Optional<String> subject,
    ImmutableList<Answer> answers,
    ImmutableList<Target> targets,
    ImmutableList<ExpectedLevel> levels,
    ImmutableList<ExpectedActions> actions,
    ImmutableList<Answer> targetAnswers,
    Optional<ProfileChoice> profile) {

  public Example {
    checkNotNull(profile, "profile");
    checkNotNull(name, "name");
    checkNotNull(subject, "subject");
    checkNotNull(answers, "answers");
    checkNotNull(targets, "targets");
    checkNotNull(levels, "levels");
    checkNotNull(actions, "actions");
    checkNotNull(targetAnswers, "targetAnswers");
  }

  /** An example that names no profile. */
  public Example(
      String name,
      Optional<String> subject,
      ImmutableList<Answer> answers,
      ImmutableList<Target> targets,
      ImmutableList<ExpectedLevel> levels,
      ImmutableList<ExpectedActions> actions,
      ImmutableList<Answer> targetAnswers) {
    this(name, subject, answers, targets, levels, actions, targetAnswers, Optional.empty());
  }

  /** An example without target answers. */
  public Example(
      String name,
      Optional<String> subject,
      ImmutableList<Answer> answers,
      ImmutableList<Target> targets,
      ImmutableList<ExpectedLevel> levels,
      ImmutableList<ExpectedActions> actions) {
    this(name, subject, answers, targets, levels, actions, ImmutableList.of());
  }

  /** Starts an example in Java. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The overall target, when the example gives one. */
  public Optional<Target> overallTarget() {
    return targets.stream().filter(t -> t.dimensionId().isEmpty()).findFirst();
  }

  /** True when the example expects nothing (it cannot fail but for an assessment that does not fit). */
  public boolean expectsNothing() {
    return levels.isEmpty() && actions.isEmpty();
  }

  /**
   * The example's assessment against a model (its subject is the example's name unless given).
   *
   * @throws AssessmentException if the answers or targets do not fit the model
   */
  public Assessment assessment(MaturityModel model) throws AssessmentException {
    return ExampleRun.assessment(this, model).build();
  }

  /** Evaluates the example's assessment against the model and compares every expectation. */
  public ExampleResult run(MaturityModel model) {
    return ExampleRun.run(this, model);
  }


  /** {@code profile baseline}: the target profile the example's assessment names. */
  public record ProfileChoice(String profileId) {
    public ProfileChoice {
      checkNotNull(profileId, "profileId");
    }

  }

  /** {@code answer A1 = works}; as a target answer, {@code target answer A1 = works}. */
  public record Answer(String questionId, String optionId) {
    public Answer {
      checkNotNull(questionId, "questionId");
      checkNotNull(optionId, "optionId");
    }

  }

  /** {@code target A = leader}; with no dimension, {@code overall target = mature}. */
  public record Target(Optional<String> dimensionId, String levelId) {
    public Target {
      checkNotNull(dimensionId, "dimensionId");
      checkNotNull(levelId, "levelId");
    }

  }

  /**
   * What a level expectation says of one side (present or target): a level, or no level, and
   * optionally the exact score ({@code l0 score 0.75}, {@code no level}). No level has no score.
   *
   * @param levelId the expected level's id; empty when the expectation is that there is no level
   * @param score the expected exact score, when the expectation pins it
   */
  public record Expected(Optional<String> levelId, Optional<Score> score) {
    public Expected {
      checkNotNull(levelId, "levelId");
      checkNotNull(score, "score");
      checkArgument(levelId.isPresent() || score.isEmpty(), "no level has no score");
    }

    /** The level with the given id, whatever its score. */
    public static Expected level(String levelId) {
      return new Expected(Optional.of(checkNotNull(levelId, "levelId")), Optional.empty());
    }

    /** No level (a dimension whose every question is not applicable). */
    public static Expected noLevel() {
      return new Expected(Optional.empty(), Optional.empty());
    }

    /** The same level with exactly this score. */
    public Expected withScore(Score score) {
      checkArgument(levelId.isPresent(), "no level has no score");
      return new Expected(levelId, Optional.of(checkNotNull(score, "score")));
    }

    /** As written after {@code =}: {@code l0 score 0.75}, {@code l1}, {@code no level}. */
    @Override
    public String toString() {
      return levelId.orElse("no level") + score.map(s -> " score " + s.toExactString()).orElse("");
    }
  }

  /**
   * {@code expect A = mature -> leader}: the present level (or no level) and optionally the exact
   * score of a dimension, a group ({@code expect group governance = l1}), a question ({@code
   * expect question A1 = mature}, no target) or overall ({@code expect overall = l0 score 0.875}),
   * and optionally the same of its target.
   *
   * @param about what the expectation is about
   * @param id the dimension, group or question id; empty for overall
   * @param present the expected present level and score
   * @param target the expected target level and score, when expected; never for a question
   */
  public record ExpectedLevel(About about, Optional<String> id, Expected present, Optional<Expected> target) {
    /** What a level expectation is about. */
    public enum About {
      OVERALL("overall"),
      DIMENSION("dimension"),
      GROUP("group"),
      QUESTION("question");

      private final String word;

      About(String word) {
        this.word = word;
      }

      /** The word that names it in a {@code .svmi} file and in messages. */
      public String word() {
        return word;
      }
    }

    public ExpectedLevel {
      checkNotNull(about, "about");
      checkNotNull(id, "id");
      checkNotNull(present, "present");
      checkNotNull(target, "target");
      checkArgument(id.isPresent() == (about != About.OVERALL), "an id for all but overall: %s %s", about, id);
      checkArgument(about != About.QUESTION || target.isEmpty(), "a question has no target level");
    }

    public static ExpectedLevel overall(Expected present, @Nullable Expected target) {
      return new ExpectedLevel(About.OVERALL, Optional.empty(), present, Optional.ofNullable(target));
    }

    public static ExpectedLevel dimension(String id, Expected present, @Nullable Expected target) {
      return new ExpectedLevel(About.DIMENSION, Optional.of(id), present, Optional.ofNullable(target));
    }

    public static ExpectedLevel group(String id, Expected present, @Nullable Expected target) {
      return new ExpectedLevel(About.GROUP, Optional.of(id), present, Optional.ofNullable(target));
    }

    public static ExpectedLevel question(String id, Expected present) {
      return new ExpectedLevel(About.QUESTION, Optional.of(id), present, Optional.empty());
    }

    /** The dimension id, for an expectation about a dimension. */
    public Optional<String> dimensionId() {
      return about == About.DIMENSION ? id : Optional.empty();
    }

    /** The expected present level's id, or {@code "no level"} (which no id can be). */
    public String presentId() {
      return present.levelId().orElse("no level");
    }

    /** The expected target level's id, or {@code "no level"}, when a target is expected. */
    public Optional<String> targetId() {
      return target.map(t -> t.levelId().orElse("no level"));
    }

    /** What it is about, as written after {@code expect}: "overall", "dimension D", "group g", "question A1". */
    public String subject() {
      return about.word() + id.map(i -> " " + i).orElse("");
    }

  }

  /**
   * The actions of one cell of the action plan (a dimension's actions that reach one level): by
   * the questions they move ({@code expect D to mature = D1, D2}, in any order, steps without text
   * included), or by their texts in plan order ({@code expect D to mature { "…" "…" }}, steps
   * without text left out, as renderers do). An empty cell is always given by texts.
   */
  public record ExpectedActions(
      String dimensionId, String levelId, By by, ImmutableList<String> items) {
    /** What the items of an expected cell are. */
    public enum By {
      QUESTIONS,
      TEXTS
    }

    public ExpectedActions {
      checkNotNull(dimensionId, "dimensionId");
      checkNotNull(levelId, "levelId");
      checkNotNull(by, "by");
      checkNotNull(items, "items");
      if (items.isEmpty()) {
        by = By.TEXTS;
      }
    }

    /** The expected question ids, as a set (for {@link By#QUESTIONS}). */
    ImmutableSet<String> questionSet() {
      return ImmutableSet.copyOf(items);
    }

  }

  /** Builds an {@link Example}. */
  public static final class Builder {
    private final String name;
    private Optional<String> subject = Optional.empty();
    private final List<Answer> answers = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Answer> targetAnswers = new ArrayList<>();
    private final List<ExpectedLevel> levels = new ArrayList<>();
    private final List<ExpectedActions> actions = new ArrayList<>();
    private Optional<ProfileChoice> profile = Optional.empty();

    private Builder(String name) {
      this.name = checkNotNull(name, "name");
    }

    public Builder subject(String subject) {
      this.subject = Optional.of(checkNotNull(subject, "subject"));
      return this;
    }

    public Builder answer(String questionId, String optionId) {
      answers.add(new Answer(questionId, optionId));
      return this;
    }

    public Builder target(String dimensionId, String levelId) {
      targets.add(new Target(Optional.of(checkNotNull(dimensionId)), levelId));
      return this;
    }

    /** The answer a question aims for ({@code target answer A1 = works}). */
    public Builder targetAnswer(String questionId, String optionId) {
      targetAnswers.add(new Answer(questionId, optionId));
      return this;
    }

    /** The model's target profile the example aims for ({@code profile baseline}). */
    public Builder profile(String profileId) {
      profile = Optional.of(new ProfileChoice(checkNotNull(profileId, "profileId")));
      return this;
    }

    public Builder overallTarget(String levelId) {
      targets.add(new Target(Optional.empty(), levelId));
      return this;
    }

    /** Expects a dimension's present level, and its target when {@code targetId} is not null. */
    public Builder expect(String dimensionId, String presentId, @Nullable String targetId) {
      return expect(
          ExpectedLevel.dimension(dimensionId, Expected.level(presentId), targetId == null ? null : Expected.level(targetId)));
    }

    /** Expects the overall present level, and the overall target when {@code targetId} is not null. */
    public Builder expectOverall(String presentId, @Nullable String targetId) {
      return expect(ExpectedLevel.overall(Expected.level(presentId), targetId == null ? null : Expected.level(targetId)));
    }

    /**
     * Expects levels (or no level) and scores of a dimension, a group, a question or overall:
     * {@code expect(ExpectedLevel.group("governance", Expected.level("l0").withScore(Score.of(3, 4)), null))}.
     */
    public Builder expect(ExpectedLevel expected) {
      levels.add(checkNotNull(expected, "expected"));
      return this;
    }

    /** Expects the cell of a dimension and a level to hold the actions of exactly these questions. */
    public Builder expectActionsOf(String dimensionId, String levelId, List<String> questionIds) {
      return expectActions(dimensionId, levelId, ExpectedActions.By.QUESTIONS, questionIds);
    }

    /** Expects the cell of a dimension and a level to show exactly these texts, in plan order. */
    public Builder expectActionTexts(String dimensionId, String levelId, List<String> texts) {
      return expectActions(dimensionId, levelId, ExpectedActions.By.TEXTS, texts);
    }

    public Builder expectActions(String dimensionId, String levelId, ExpectedActions.By by, List<String> items) {
      actions.add(new ExpectedActions(dimensionId, levelId, by, ImmutableList.copyOf(items)));
      return this;
    }

    public Example build() {
      return new Example(
          name,
          subject,
          ImmutableList.copyOf(answers),
          ImmutableList.copyOf(targets),
          ImmutableList.copyOf(levels),
          ImmutableList.copyOf(actions),
          ImmutableList.copyOf(targetAnswers),
          profile);
    }
  }
}
