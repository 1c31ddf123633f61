package io.svmi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A model resolved to arrays, built once with the model: questions are numbered in model order,
 * options within their question, levels by rank. Evaluation reads only these arrays.
 *
 * <p>Every array is sized by one count of the model (levels, questions, a question's options or
 * actions), never by the product of two, so that the memory a model retains is linear in the
 * size of its file. The one table by question and rank is kept only for models of at most
 * {@link #FEW_LEVELS} levels, so it too is linear in the questions.
 */
final class ModelIndex {
  /** The rank of a question answered "not applicable": it has no level and is left out. */
  static final int NOT_APPLICABLE = -2;
  /** Nothing: no answer, no target, no level. */
  static final int NONE = -1;
  /**
   * At most this many levels is "few": the step table is then also kept by question and rank
   * ({@link #step} is one array read), and {@link Planner} visits ranks in a plain loop. A table
   * of questions times at most 16 ranks stays linear in the model.
   */
  static final int FEW_LEVELS = 16;

  final int levelCount;
  final Dimension[] dimensions;
  final Question[] questions;
  /** Questions of dimension d are {@code questionStart[d]} (inclusive) to {@code questionStart[d + 1]}. */
  final int[] questionStart;
  final Combination[] dimensionCombination;
  final ImmutableMap<String, Integer>[] optionIndex;
  /** The rank each option places its question at, or {@link #NOT_APPLICABLE}. */
  final int[][] optionRank;
  final Option[][] options;
  /** Each option, already wrapped: results share these instead of allocating them. */
  final Optional<Option>[][] answers;
  /** Each level by rank, already wrapped, for the same reason. */
  final Optional<Level>[] levels;
  /**
   * The steps question q may be planned to, by rank ascending ({@code stepRanks[q]}) with their
   * actions ({@code stepActions[q]}): every declared action, and an action without text for each
   * step {@code next level} can ask for that has none. Any other step is made when planned.
   */
  private final int[][] stepRanks;
  private final Action[][] stepActions;
  /**
   * With {@link #FEW_LEVELS} or fewer, the same steps by {@code q * levelCount + r} (null where
   * {@link #stepRanks} has none); otherwise null.
   */
  private final Action @Nullable [] stepTable;
  /**
   * With {@link #FEW_LEVELS} or fewer, the ranks each question may be stepped to ({@link
   * #stepsTo}), as bits ({@code 1 << rank}); otherwise null.
   */
  private final int @Nullable [] stepMask;
  /** The rank of each question's {@code at} level, or {@link #NONE}. */
  final int[] questionAtRank;
  /**
   * The highest rank the plan moves each question to without a target answer of its own: its
   * {@code at} level in a staged dimension (nothing to do above the level it is placed at), else
   * the top.
   */
  final int[] planCap;
  /** True for each question of a dimension graded by indicators. */
  final boolean[] gradedByIndicators;
  /**
   * For a leveled question of a high-water ({@code highest of}) dimension, the ranks its options
   * give, ascending: the only levels the plan steps it to. Null for every other question.
   */
  final int[] @Nullable [] ownRanks;
  final long[] questionWeight;
  final long[] dimensionWeight;
  /** The rank an unanswered question stands at, or {@link #NONE} when unanswered is an error. */
  final int unansweredRank;
  final ImmutableMap<String, Integer> questionIndex;
  final ImmutableMap<String, Integer> dimensionIndex;
  private final ImmutableList<Action> declaredActions;
  /** The model's plan policy, applied by one planner for every evaluation. */
  final Planner planner;

  @SuppressWarnings({"unchecked", "rawtypes"})
  ModelIndex(MaturityModel model) {
    Scale scale = model.scale();
    levelCount = scale.size();
    dimensions = model.dimensions().values().toArray(new Dimension[0]);
    questions = model.questions().values().toArray(new Question[0]);
    questionStart = new int[dimensions.length + 1];
    dimensionCombination = new Combination[dimensions.length];
    int q = 0;
    ImmutableMap.Builder<String, Integer> dims = ImmutableMap.builder();
    for (int d = 0; d < dimensions.length; d++) {
      questionStart[d] = q;
      q += dimensions[d].questions().size();
      dimensionCombination[d] = model.combinationOf(dimensions[d]);
      dims.put(dimensions[d].id(), d);
    }
    questionStart[dimensions.length] = q;
    dimensionIndex = dims.buildOrThrow();

    levels = new Optional[levelCount];
    for (int r = 0; r < levelCount; r++) {
      levels[r] = Optional.of(scale.atRank(r));
    }
    optionIndex = new ImmutableMap[questions.length];
    optionRank = new int[questions.length][];
    options = new Option[questions.length][];
    answers = new Optional[questions.length][];
    stepRanks = new int[questions.length][];
    stepActions = new Action[questions.length][];
    ImmutableMap.Builder<String, Integer> qs = ImmutableMap.builder();
    int unanswered = model.rules().unanswered().level().map(Level::rank).orElse(NONE);
    for (int d = 0; d < dimensions.length; d++) {
      for (int i = questionStart[d]; i < questionStart[d + 1]; i++) {
        Question question = questions[i];
        qs.put(question.id(), i);
        options[i] = question.options().values().toArray(new Option[0]);
        optionRank[i] = new int[options[i].length];
        answers[i] = new Optional[options[i].length];
        ImmutableMap.Builder<String, Integer> byId = ImmutableMap.builder();
        TreeMap<Integer, Action> steps = new TreeMap<>();
        for (Action a : question.actions().values()) {
          steps.put(a.level().rank(), a);
        }
        String dimension = dimensions[d].id();
        // An indicator to meet: the plan shows its statement unless the model gives a text.
        question.at().filter(l -> question.indicator() && l.rank() > 0)
            .ifPresent(l -> steps.putIfAbsent(l.rank(), new Action(dimension, question.id(), l, question.text())));
        question.at().ifPresent(l -> nextStep(steps, l.rank() - 1, dimension, question, scale));
        nextStep(steps, unanswered, dimension, question, scale);
        for (int o = 0; o < options[i].length; o++) {
          byId.put(options[i][o].id(), o);
          answers[i][o] = Optional.of(options[i][o]);
          optionRank[i][o] = options[i][o].level().map(Level::rank).orElse(NOT_APPLICABLE);
          nextStep(steps, optionRank[i][o], dimension, question, scale);
        }
        optionIndex[i] = byId.buildOrThrow();
        stepRanks[i] = steps.keySet().stream().mapToInt(Integer::intValue).toArray();
        stepActions[i] = steps.values().toArray(new Action[0]);
      }
    }
    questionIndex = qs.buildOrThrow();
    questionAtRank = new int[questions.length];
    planCap = new int[questions.length];
    gradedByIndicators = new boolean[questions.length];
    ownRanks = new int[questions.length][];
    for (int d = 0; d < dimensions.length; d++) {
      for (int i = questionStart[d]; i < questionStart[d + 1]; i++) {
        gradedByIndicators[i] = dimensionCombination[d] == Combination.INDICATORS;
        questionAtRank[i] = questions[i].at().map(Level::rank).orElse(NONE);
        planCap[i] = planCap(dimensionCombination[d], questions[i], levelCount - 1);
        if (dimensionCombination[d] == Combination.HIGHEST && !questions[i].isValued()) {
          ownRanks[i] = Arrays.stream(optionRank[i]).filter(r -> r >= 0).sorted().distinct().toArray();
        }
      }
    }
    // Declared actions in plan order: dimension, level, question.
    ImmutableList.Builder<Action> declared = ImmutableList.builder();
    for (int d = 0; d < dimensions.length; d++) {
      List<Action> ofDimension = new ArrayList<>();
      for (int i = questionStart[d]; i < questionStart[d + 1]; i++) {
        ofDimension.addAll(questions[i].actions().values());
      }
      // Stable: questions stay in model order within a level.
      ofDimension.sort(Comparator.comparingInt(a -> a.level().rank()));
      declared.addAll(ofDimension);
    }
    declaredActions = declared.build();

    questionWeight = scaled(model.questions().values().stream().map(Question::weight).toArray(BigDecimal[]::new));
    dimensionWeight = scaled(model.dimensions().values().stream().map(Dimension::weight).toArray(BigDecimal[]::new));
    unansweredRank = unanswered;
    if (levelCount <= FEW_LEVELS) {
      stepTable = new Action[questions.length * levelCount];
      stepMask = new int[questions.length];
      for (int i = 0; i < questions.length; i++) {
        for (int k = 0; k < stepRanks[i].length; k++) {
          stepTable[i * levelCount + stepRanks[i][k]] = stepActions[i][k];
        }
        int[] own = ownRanks[i];
        if (own == null) {
          stepMask[i] = (1 << levelCount) - 1;
        } else {
          for (int r : own) {
            stepMask[i] |= 1 << r;
          }
        }
      }
    } else {
      stepTable = null;
      stepMask = null;
    }
    planner = new Planner(this, model.rules().actionPlan());
  }

  /** The action that moves question q up to rank r (one without text where the model gives none). */
  Action step(int q, int r) {
    if (stepTable != null) {
      Action a = stepTable[q * levelCount + r];
      if (a != null) {
        return a;
      }
    } else {
      int i = Arrays.binarySearch(stepRanks[q], r);
      if (i >= 0) {
        return stepActions[q][i];
      }
    }
    Question question = questions[q];
    return new Action(dimensionOf(q).id(), question.id(), levels[r].orElseThrow(), "");
  }

  private Dimension dimensionOf(int q) {
    int d = Arrays.binarySearch(questionStart, q);
    if (d < 0) {
      d = -d - 2;
    }
    while (questionStart[d + 1] == q) {   // skip dimensions without questions
      d++;
    }
    return dimensions[d];
  }

  /** Adds the text-less step one above {@code rank} when the model gives it no action. */
  private static void nextStep(TreeMap<Integer, Action> steps, int rank, String dimension, Question q, Scale scale) {
    if (rank >= 0 && rank + 1 < scale.size()) {
      steps.computeIfAbsent(rank + 1, r -> new Action(dimension, q.id(), scale.atRank(r), ""));
    }
  }

  /** The level at a rank, or empty for {@link #NONE} and {@link #NOT_APPLICABLE}. */
  Optional<Level> level(int rank) {
    return rank < 0 ? Optional.empty() : levels[rank];
  }

  ImmutableList<Action> declaredActions() {
    return declaredActions;
  }

  /** Positive weights as integers over one common denominator (a power of ten). */
  private static long[] scaled(BigDecimal[] weights) {
    int scale = 0;
    for (BigDecimal w : weights) {
      scale = Math.max(scale, Math.max(0, w.stripTrailingZeros().scale()));
    }
    long[] result = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      result[i] = weights[i].movePointRight(scale).longValueExact();
    }
    return result;
  }

  /**
   * Whether the plan may step question q to a rank: a high-water dimension's leveled question only
   * to a level one of its options gives (a level 2 activity has one step, to level 2).
   */
  boolean stepsTo(int q, int rank) {
    if (stepMask != null) {
      return (stepMask[q] >>> rank & 1) != 0;
    }
    return ownRanks[q] == null || Arrays.binarySearch(ownRanks[q], rank) >= 0;
  }

  /**
   * The first rank above {@code from} that question q may be stepped to; past the top (or past
   * its highest option) when there is none.
   */
  int nextStep(int q, int from) {
    if (ownRanks[q] == null) {
      return from + 1;
    }
    int i = Arrays.binarySearch(ownRanks[q], from + 1);
    int at = i >= 0 ? i : -i - 1;
    return at < ownRanks[q].length ? ownRanks[q][at] : Integer.MAX_VALUE;
  }

  /** How many steps question q may take above {@code from} up to {@code aim} (ranks, {@code 0 <= from < aim}). */
  long stepCount(int q, int from, int aim) {
    if (stepMask != null) {   // the ranks from + 1 to aim, as bits
      return Integer.bitCount(stepMask[q] & ((1 << (aim + 1)) - 1) & -(1 << (from + 1)));
    }
    if (ownRanks[q] == null) {
      return aim - from;
    }
    return Math.max(0, upperIndex(ownRanks[q], aim) - upperIndex(ownRanks[q], from));
  }

  /** The number of ranks in the ascending array at or below {@code rank}. */
  private static int upperIndex(int[] ranks, int rank) {
    int i = Arrays.binarySearch(ranks, rank);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** As {@link #stepsTo}, for a question of a dimension combined by {@code c}, before the index exists. */
  static boolean stepsTo(Combination c, Question question, int rank) {
    return c != Combination.HIGHEST || question.isValued()
        || question.options().values().stream().anyMatch(o -> o.level().map(l -> l.rank() == rank).orElse(false));
  }

  /**
   * The highest level a plan moves a question to without a target answer: a staged dimension's
   * question no higher than its {@code at} level; a high-water ({@code highest of}) dimension's
   * leveled question no higher than its highest option's level, as no answer to it stands above
   * that (a level 1 activity cannot raise a practice to level 2); otherwise the top.
   */
  static int planCap(Combination c, Question question, int top) {
    if (c == Combination.STAGED && question.at().isPresent()) {
      return question.at().get().rank();
    }
    if (c == Combination.HIGHEST && !question.isValued()) {
      return question.options().values().stream()
          .flatMap(o -> o.level().stream())
          .mapToInt(Level::rank)
          .max()
          .orElse(top);
    }
    return top;
  }
}
