package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.internal.SourceMap;
import io.svmi.internal.SourceMap.Part;
import io.svmi.internal.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The input to an evaluation: who is assessed, the option chosen for each question, a target level
 * per dimension (its own, or a named {@link Profile}'s), optionally an overall target, and optionally a target answer per question (the
 * option the organisation aims for: a SAMM roadmap's target per activity). Built by id from a model, and checked against it
 * when built, so that a built assessment always evaluates.
 *
 * <pre>{@code
 * Assessment walsall = model.assessment()
 *     .subject("Walsall Council")
 *     .answer("A1", "tailor")
 *     .target("A", "leader")
 *     .build();
 * }</pre>
 *
 * <p>A dimension without a target keeps its present level as its target; the overall target, when
 * not given, combines the dimension targets by the model's overall target rule. A question's target
 * answer changes no level and no target: it shapes the action plan only (see docs/language.md,
 * "Targets per question").
 */
public final class Assessment {
  private final MaturityModel model;
  private final String subject;
  private final int[] answers;
  private final int[] targets;
  private final int overallTarget;
  /** The target option index per question, or {@link ModelIndex#NONE}; null when none is given. */
  private final int @Nullable [] targetAnswers;
  private final Optional<Profile> profile;
  /** The target rank each dimension aims for: its own, else its profile's, else NONE. */
  private final int[] aims;

  private Assessment(
      MaturityModel model, String subject, int[] answers, int[] targets, int overallTarget, int @Nullable [] targetAnswers,
      Optional<Profile> profile) {
    this.model = model;
    this.subject = subject;
    this.answers = answers;
    this.targets = targets;
    this.overallTarget = overallTarget;
    this.targetAnswers = targetAnswers;
    this.profile = profile;
    this.aims = targets.clone();
    ModelIndex index = model.index();
    for (int d = 0; d < aims.length; d++) {
      if (aims[d] == ModelIndex.NONE && profile.isPresent()) {
        aims[d] = profile.get().target(index.dimensions[d].id()).map(Level::rank).orElse(ModelIndex.NONE);
      }
    }
  }

  public static Builder builder(MaturityModel model) {
    return new Builder(model);
  }

  public MaturityModel model() {
    return model;
  }

  /** Who is assessed ("Walsall Council"); empty when not given. */
  public String subject() {
    return subject;
  }

  /** The chosen option id by question id, in model order. */
  public ImmutableMap<String, String> answers() {
    ModelIndex index = model.index();
    ImmutableMap.Builder<String, String> result = ImmutableMap.builder();
    for (int q = 0; q < answers.length; q++) {
      if (answers[q] != ModelIndex.NONE) {
        result.put(index.questions[q].id(), index.options[q][answers[q]].id());
      }
    }
    return result.buildOrThrow();
  }

  /**
   * The target profile the assessment names ({@code "profile": "baseline"}), if any: a dimension
   * without a target of its own aims for the profile's.
   */
  public Optional<Profile> profile() {
    return profile;
  }

  /**
   * The target levels by dimension id, in model order: the assessment's own, and the profile's for
   * the dimensions it gives none.
   */
  public ImmutableMap<String, Level> aimedTargets() {
    ModelIndex index = model.index();
    ImmutableMap.Builder<String, Level> result = ImmutableMap.builder();
    for (int d = 0; d < aims.length; d++) {
      if (aims[d] != ModelIndex.NONE) {
        result.put(index.dimensions[d].id(), model.scale().atRank(aims[d]));
      }
    }
    return result.buildOrThrow();
  }

  /** The target levels the assessment gives itself, by dimension id, in model order (not its profile's). */
  public ImmutableMap<String, Level> targets() {
    ModelIndex index = model.index();
    ImmutableMap.Builder<String, Level> result = ImmutableMap.builder();
    for (int d = 0; d < targets.length; d++) {
      if (targets[d] != ModelIndex.NONE) {
        result.put(index.dimensions[d].id(), model.scale().atRank(targets[d]));
      }
    }
    return result.buildOrThrow();
  }

  /** The given target answers (the option aimed for) by question id, in model order. */
  public ImmutableMap<String, String> targetAnswers() {
    ModelIndex index = model.index();
    ImmutableMap.Builder<String, String> result = ImmutableMap.builder();
    for (int q = 0; targetAnswers != null && q < targetAnswers.length; q++) {
      if (targetAnswers[q] != ModelIndex.NONE) {
        result.put(index.questions[q].id(), index.options[q][targetAnswers[q]].id());
      }
    }
    return result.buildOrThrow();
  }

  public Optional<Level> overallTarget() {
    return overallTarget == ModelIndex.NONE
        ? Optional.empty()
        : Optional.of(model.scale().atRank(overallTarget));
  }

  /** This assessment of another form of its model (a translation: the same ids, in the same order). */
  Assessment forModel(MaturityModel shown) {
    return new Assessment(shown, subject, answers, targets, overallTarget, targetAnswers,
        profile.flatMap(p -> shown.profile(p.id())));
  }

  /** The option index chosen for question q, or {@link ModelIndex#NONE}. */
  int answer(int q) {
    return answers[q];
  }

  /** The target option index of question q, or {@link ModelIndex#NONE}. */
  int targetAnswer(int q) {
    return targetAnswers == null ? ModelIndex.NONE : targetAnswers[q];
  }

  /** The target rank dimension d aims for: its own, else its profile's, or {@link ModelIndex#NONE}. */
  int target(int d) {
    return aims[d];
  }

  int overallTargetRank() {
    return overallTarget;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a
        && model.equals(a.model)
        && subject.equals(a.subject)
        && Arrays.equals(answers, a.answers)
        && Arrays.equals(targets, a.targets)
        && overallTarget == a.overallTarget
        && targetAnswers().equals(a.targetAnswers())
        && profile.equals(a.profile);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(answers) + Arrays.hashCode(targets)) + subject.hashCode() + overallTarget;
  }

  @Override
  public String toString() {
    return "Assessment[" + subject + ", answers=" + answers() + ", targets=" + targets()
        + profile.map(p -> ", profile=" + p.id()).orElse("")
        + (targetAnswers == null ? "" : ", targetAnswers=" + targetAnswers()) + "]";
  }

  /**
   * Collects answers and targets by id and checks them all at {@link #build()}. Where each was
   * written (a key in an answers file) is not part of this API: the reader records it beside them,
   * and the diagnostics point at it. At most {@link #DEFAULT_MAX_ERRORS} problems are kept (see {@link
   * #maxErrors(int)}): past it, one E0107 says the builder stopped counting, so that a caller feeding
   * millions of wrong ids does not collect millions of diagnostics. Not thread-safe.
   */
  public static final class Builder {
    /** As for rules files: 50. */
    public static final int DEFAULT_MAX_ERRORS = 50;

    static {
      SourceMapAccess.load();
    }

    /**
     * Where a reader (of an answers file) recorded the answers and targets were written; made when
     * a reader asks for it, so that a builder fed from Java (a batch of millions) allocates none.
     */
    private @Nullable SourceMap sources;
    private int maxErrors = DEFAULT_MAX_ERRORS;
    private int dropped;
    private final MaturityModel model;
    private final ModelIndex index;
    private String subject = "";
    private final int[] answers;
    private final int[] targets;
    private int overallTarget = ModelIndex.NONE;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final @Nullable SourceSpan[] answerSpans;
    /** Questions that were answered, even if wrongly: not reported again as unanswered. */
    private final boolean[] attempted;
    private final @Nullable SourceSpan[] targetSpans;
    private @Nullable SourceSpan overallTargetSpan;
    private int @Nullable [] targetAnswers;
    private @Nullable SourceSpan @Nullable [] targetAnswerSpans;
    private Optional<SourceText> source = Optional.empty();
    private Optional<Profile> profile = Optional.empty();
    private @Nullable SourceSpan profileSpan;

    private Builder(MaturityModel model) {
      this.model = checkNotNull(model, "model");
      this.index = model.index();
      this.answers = new int[index.questions.length];
      this.targets = new int[index.dimensions.length];
      this.answerSpans = new SourceSpan[answers.length];
      this.attempted = new boolean[answers.length];
      this.targetSpans = new SourceSpan[targets.length];
      Arrays.fill(answers, ModelIndex.NONE);
      Arrays.fill(targets, ModelIndex.NONE);
    }

    public Builder subject(String subject) {
      this.subject = checkNotNull(subject, "subject");
      return this;
    }

    /**
     * The most problems {@link #build()} reports (at least 1); the rest are counted, and one E0107
     * says how many were left out.
     */
    public Builder maxErrors(int maxErrors) {
      checkArgument(maxErrors >= 1, "maxErrors must be at least 1: %s", maxErrors);
      this.maxErrors = maxErrors;
      return this;
    }

    /** The source the answers were read from, so that the exception renders its lines. */
    public Builder source(SourceText source) {
      this.source = Optional.of(source);
      return this;
    }

    /** Answers a question with one of its options. */
    public Builder answer(String questionId, String optionId) {
      return answer(questionId, optionId, take(Part.ANSWER, questionId));
    }

    /** As {@link #answer(String, String)}, with where the answer was written. */
    Builder answer(String questionId, String optionId, @Nullable SourceSpan span) {
      checkNotNull(questionId, "questionId");
      checkNotNull(optionId, "optionId");
      int q = question(questionId, "", span);
      if (q == ModelIndex.NONE) {
        return this;
      }
      attempted[q] = true;
      int o = option(q, questionId, optionId, "", span);
      if (o == ModelIndex.NONE) {
        return this;
      }
      if (answers[q] != ModelIndex.NONE) {
        report(DiagnosticCode.E0406, "question '" + questionId + "' is answered twice", span,
            firstAt("first answered at", answerSpans[q]));
        return this;
      }
      answers[q] = o;
      answerSpans[q] = span;
      return this;
    }

    /** Sets the level a dimension aims for. */
    public Builder target(String dimensionId, String levelId) {
      return target(dimensionId, levelId, take(Part.TARGET, dimensionId));
    }

    /** As {@link #target(String, String)}, with where the target was written. */
    Builder target(String dimensionId, String levelId, @Nullable SourceSpan span) {
      checkNotNull(dimensionId, "dimensionId");
      checkNotNull(levelId, "levelId");
      Integer d = index.dimensionIndex.get(dimensionId);
      if (d == null) {
        report(DiagnosticCode.E0403, "unknown dimension '" + dimensionId + "' in a target", span,
            Suggestions.didYouMean(dimensionId, index.dimensionIndex.keySet()));
        return this;
      }
      Optional<Level> level = level(levelId, span);
      if (level.isEmpty()) {
        return this;
      }
      if (targets[d] != ModelIndex.NONE) {
        report(DiagnosticCode.E0407, "dimension '" + dimensionId + "' has two targets", span,
            firstAt("first given at", targetSpans[d]));
        return this;
      }
      targets[d] = level.get().rank();
      targetSpans[d] = span;
      return this;
    }

    /**
     * Sets the answer a question aims for: one of its options, not a {@code not applicable} one
     * (E0415). The plan then lists the question while its answer is below this one, and, under
     * {@code up to target}, up to it rather than up to its dimension's target.
     */
    public Builder targetAnswer(String questionId, String optionId) {
      return targetAnswer(questionId, optionId, take(Part.TARGET_ANSWER, questionId));
    }

    /** As {@link #targetAnswer(String, String)}, with where the target answer was written. */
    Builder targetAnswer(String questionId, String optionId, @Nullable SourceSpan span) {
      checkNotNull(questionId, "questionId");
      checkNotNull(optionId, "optionId");
      int q = question(questionId, " in a target answer", span);
      if (q == ModelIndex.NONE) {
        return this;
      }
      int o = option(q, questionId, optionId, " to aim for", span);
      if (o == ModelIndex.NONE) {
        return this;
      }
      if (index.gradedByIndicators[q]) {
        report(DiagnosticCode.E0418,
            (index.questions[q].indicator() ? "question '" + questionId + "' is an indicator"
                : "question '" + questionId + "' is in a dimension graded by indicators")
                + ": its plan follows its outcome's target, not a target answer",
            span, Optional.of("give its dimension a target instead"));
        return this;
      }
      if (index.options[q][o].isNotApplicable()) {
        report(DiagnosticCode.E0415,
            "option '" + optionId + "' of question '" + questionId + "' is not applicable: it cannot be a target answer",
            span, Optional.of("aim for an option that gives a level or a value"));
        return this;
      }
      if (targetAnswers == null) {
        targetAnswers = new int[answers.length];
        targetAnswerSpans = new SourceSpan[answers.length];
        Arrays.fill(targetAnswers, ModelIndex.NONE);
      }
      if (targetAnswers[q] != ModelIndex.NONE) {
        report(DiagnosticCode.E0407, "question '" + questionId + "' has two target answers", span,
            firstAt("first given at", targetAnswerSpans[q]));
        return this;
      }
      targetAnswers[q] = o;
      targetAnswerSpans[q] = span;
      return this;
    }

    /** Sets the overall target; without it, the dimension targets combine into one. */
    public Builder overallTarget(String levelId) {
      return overallTarget(levelId, take(Part.OVERALL_TARGET));
    }

    /** As {@link #overallTarget(String)}, with where the overall target was written. */
    Builder overallTarget(String levelId, @Nullable SourceSpan span) {
      checkNotNull(levelId, "levelId");
      if (!model.rules().hasOverallLevel()) {
        report(DiagnosticCode.E0416, "the model has no overall level, so no overall target", span,
            Optional.of("leave the overall target out; give each dimension its target"));
        return this;
      }
      Optional<Level> level = level(levelId, span);
      if (level.isEmpty()) {
        return this;
      }
      if (overallTarget != ModelIndex.NONE) {
        report(DiagnosticCode.E0407, "the overall target is given twice", span,
            firstAt("first given at", overallTargetSpan));
        return this;
      }
      overallTarget = level.get().rank();
      overallTargetSpan = span;
      return this;
    }

    /**
     * Names the model's target profile the assessment aims for: each dimension without a target of
     * its own aims for the profile's (E0417 for a profile the model does not declare).
     */
    public Builder profile(String profileId) {
      return profile(profileId, take(Part.PROFILE_CHOICE));
    }

    /** As {@link #profile(String)}, with where the profile was named. */
    Builder profile(String profileId, @Nullable SourceSpan span) {
      checkNotNull(profileId, "profileId");
      Optional<Profile> named = model.profile(profileId);
      if (named.isEmpty()) {
        report(DiagnosticCode.E0417, "unknown profile '" + profileId + "'", span,
            Optional.of(Suggestions.didYouMean(profileId, model.profiles().keySet())
                .orElse(model.profiles().isEmpty() ? "the model declares no profiles"
                    : "its profiles are " + String.join(", ", model.profiles().keySet()))));
        return this;
      }
      if (profile.isPresent()) {
        report(DiagnosticCode.E0407, "the profile is given twice", span, firstAt("first given at", profileSpan));
        return this;
      }
      profile = named;
      profileSpan = span;
      return this;
    }

    /** Checks everything and builds the assessment, or throws every problem at once. */
    public Assessment build() throws AssessmentException {
      List<Diagnostic> all = new ArrayList<>(diagnostics);
      if (index.unansweredRank == ModelIndex.NONE) {
        List<String> missing = new ArrayList<>();
        for (int q = 0; q < answers.length; q++) {
          if (!attempted[q]) {
            missing.add(index.questions[q].id());
          }
        }
        if (!missing.isEmpty()) {
          all.add(Diagnostic.of(DiagnosticCode.E0405,
              (missing.size() == 1 ? "question " : "questions ") + String.join(", ", missing)
                  + (missing.size() == 1 ? " is" : " are") + " not answered, and the model says an unanswered question is an error"));
        }
      }
      if (!all.isEmpty()) {
        throw new AssessmentException(capped(all, dropped), source);
      }
      return new Assessment(
          model, subject, answers.clone(), targets.clone(), overallTarget,
          targetAnswers == null ? null : targetAnswers.clone(), profile);
    }

    /** The builder's source map, made when first asked for (by a reader, through {@link SourceMap#of}). */
    SourceMap sources() {
      if (sources == null) {
        sources = new SourceMap();
      }
      return sources;
    }

    /** Where a reader recorded the overall target or the profile was written (see {@link SourceMap}). */
    private @Nullable SourceSpan take(Part part) {
      return sources == null ? null : sources.take(part).orElse(null);
    }

    /** Where a reader recorded the answer or target of an id was written (see {@link SourceMap}). */
    private @Nullable SourceSpan take(Part part, String id) {
      return sources == null ? null : sources.take(part, checkNotNull(id)).orElse(null);
    }

    /** "first given at 3:5": where a repeated answer or target was first given, when known. */
    private static Optional<String> firstAt(String words, @Nullable SourceSpan first) {
      return Optional.ofNullable(first).map(s -> words + " " + s.line() + ":" + s.column());
    }

    /** The question's index; or E0401, with {@code what} it was named for, and NONE. */
    private int question(String questionId, String what, @Nullable SourceSpan span) {
      Integer q = index.questionIndex.get(questionId);
      if (q == null) {
        report(DiagnosticCode.E0401, "unknown question '" + questionId + "'" + what, span,
            Suggestions.didYouMean(questionId, index.questionIndex.keySet()));
        return ModelIndex.NONE;
      }
      return q;
    }

    /** The option's index in its question; or E0402 with the closest option or the list, and NONE. */
    private int option(int q, String questionId, String optionId, String what, @Nullable SourceSpan span) {
      Integer o = index.optionIndex[q].get(optionId);
      if (o == null) {
        report(DiagnosticCode.E0402,
            "question '" + questionId + "' has no option '" + optionId + "'" + what, span,
            Optional.of(Suggestions.closest(optionId, index.optionIndex[q].keySet())
                .map(c -> "did you mean '" + c + "'?")
                .orElse(index.optionIndex[q].isEmpty()
                    ? "question '" + questionId + "' has no options"
                    : "its options are " + String.join(", ", index.optionIndex[q].keySet()))));
        return ModelIndex.NONE;
      }
      return o;
    }

    private Optional<Level> level(String levelId, @Nullable SourceSpan span) {
      Optional<Level> level = model.scale().level(levelId);
      if (level.isEmpty()) {
        ImmutableList<String> ids = model.scale().levels().stream().map(Level::id).collect(ImmutableList.toImmutableList());
        report(DiagnosticCode.E0404, "unknown level '" + levelId + "' in a target", span,
            Optional.of(Suggestions.didYouMean(levelId, ids).orElse("the levels are " + String.join(", ", ids))));
      }
      return level;
    }

    private void report(DiagnosticCode code, String message, @Nullable SourceSpan span, Optional<String> hint) {
      if (diagnostics.size() < maxErrors) {
        diagnostics.add(new Diagnostic(code, message, Optional.ofNullable(span), hint));
      } else {
        dropped++;
      }
    }

    /** Sorted, the first {@code maxErrors}, then one E0107 if any were left out. */
    private ImmutableList<Diagnostic> capped(List<Diagnostic> all, int alreadyDropped) {
      ImmutableList<Diagnostic> sorted = Diagnostics.sorted(all);
      int over = Math.max(0, sorted.size() - maxErrors) + alreadyDropped;
      if (over == 0) {
        return sorted;
      }
      return ImmutableList.<Diagnostic>builder()
          .addAll(sorted.subList(0, Math.min(maxErrors, sorted.size())))
          .add(Diagnostic.of(DiagnosticCode.E0107, "too many errors; stopping after " + maxErrors)
              .withHint(over + " more left out; fix these and run again"))
          .build();
    }
  }
}
