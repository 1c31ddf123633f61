package io.svmi.bench;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.Dimension;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Question;
import io.svmi.bench.drools.ActionText;
import io.svmi.bench.drools.Answer;
import io.svmi.bench.drools.DimensionFact;
import io.svmi.bench.drools.OverallTarget;
import io.svmi.bench.drools.Result;
import io.svmi.bench.drools.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The same evaluation in Drools: the rules of {@code svmi.drl} compiled into a KieBase once, then a
 * new session per assessment, given the model's action texts and the assessment's answers and
 * targets as facts.
 */
final class DroolsRules {
  private final KieBase kieBase;
  private final ImmutableList<Object> modelFacts;
  private final String[] levelIds;

  DroolsRules(MaturityModel model) {
    kieBase = new KieHelper().addContent(drl(), ResourceType.DRL).build();
    levelIds = model.scale().levels().stream().map(Level::id).toArray(String[]::new);
    ImmutableList.Builder<Object> facts = ImmutableList.builder();
    int d = 0;
    int q = 0;
    for (Dimension dimension : model.dimensions().values()) {
      facts.add(new DimensionFact(dimension.id()));
      for (Question question : dimension.questions().values()) {
        for (Level level : model.scale().levels().subList(1, levelIds.length)) {
          String text = question.action(level).map(Action::text).orElse("");
          facts.add(new ActionText(dimension.id(), d, question.id(), q, level.rank(), text));
        }
        q++;
      }
      d++;
    }
    modelFacts = facts.build();
  }

  /** An assessment's answers and targets as facts (done once, before timing). */
  static ImmutableList<Object> facts(MaturityModel model, Assessment assessment) {
    ImmutableList.Builder<Object> facts = ImmutableList.builder();
    for (Map.Entry<String, String> answer : assessment.answers().entrySet()) {
      Question question = model.questions().get(answer.getKey());
      String dimension = model.dimensionOf(question).id();
      int level = question.option(answer.getValue()).orElseThrow().level().map(Level::rank).orElse(-1);
      facts.add(new Answer(dimension, question.id(), level));
    }
    assessment.targets().forEach((dimension, level) -> facts.add(new Target(dimension, level.rank())));
    assessment.overallTarget().ifPresent(level -> facts.add(new OverallTarget(level.rank())));
    return facts.build();
  }

  Result evaluate(List<Object> assessmentFacts) {
    Result result = new Result();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("result", result);
      for (Object fact : modelFacts) {
        session.insert(fact);
      }
      for (Object fact : assessmentFacts) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    result.finish();
    return result;
  }

  Outcome outcome(MaturityModel model, Result result) {
    List<String> levels = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (String dimension : model.dimensions().keySet()) {
      levels.add(level(result.getDimensionLevels().getOrDefault(dimension, -1)));
      targets.add(level(result.getDimensionTargets().getOrDefault(dimension, -1)));
    }
    ImmutableList.Builder<String> actions = ImmutableList.builder();
    for (ActionText a : result.getActions()) {
      actions.add(Outcome.action(a.getDimension(), a.getQuestion(), levelIds[a.getLevel()], a.getText()));
    }
    return new Outcome(ImmutableList.copyOf(levels), ImmutableList.copyOf(targets),
        level(result.getPresent()), level(result.getTarget()), actions.build());
  }

  private String level(int rank) {
    return rank < 0 ? Outcome.NONE : levelIds[rank];
  }

  private static String drl() {
    try (InputStream in = DroolsRules.class.getResourceAsStream("svmi.drl")) {
      if (in == null) {
        throw new IllegalStateException("svmi.drl is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
