package io.svmi.cli;

import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Example;
import io.svmi.MaturityModel;
import io.svmi.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a model's examples touch: the questions they answer, the options they choose, the actions
 * their plans list (with text). {@link #render} lists what none of them touches.
 */
final class ExampleCoverage {
  private final MaturityModel model;
  private final Set<String> answered = new HashSet<>();
  private final Set<String> chosen = new HashSet<>();
  private final Set<String> planned = new HashSet<>();

  private ExampleCoverage(MaturityModel model) {
    this.model = model;
  }

  static ExampleCoverage of(MaturityModel model) {
    ExampleCoverage c = new ExampleCoverage(model);
    for (Example e : model.examples()) {
      Assessment a;
      try {
        a = e.assessment(model);
      } catch (AssessmentException x) {
        continue;   // a compiled model's examples fit it; nothing to count otherwise
      }
      a.answers().forEach((q, o) -> {
        c.answered.add(q);
        c.chosen.add(q + " " + o);
      });
      try {
        for (Action action : model.evaluate(a).plan().actions()) {
          if (action.hasText()) {
            c.planned.add(action.questionId() + " " + action.level().id());
          }
        }
      } catch (AssessmentException x) {
        throw new IllegalStateException("an example's assessment is of another model", x);
      }
    }
    return c;
  }

  /** A summary line each for questions, options and actions, each followed by what is untouched. */
  String render(String name) {
    int questions = 0;
    int options = 0;
    int actions = 0;
    List<String> unanswered = new ArrayList<>();
    List<String> unchosen = new ArrayList<>();
    List<String> unplanned = new ArrayList<>();
    for (Question q : model.questions().values()) {
      questions++;
      if (!answered.contains(q.id())) {
        unanswered.add(q.id());
      }
      List<String> notChosen = new ArrayList<>();
      for (String o : q.options().keySet()) {
        options++;
        if (!chosen.contains(q.id() + " " + o)) {
          notChosen.add(o);
        }
      }
      if (!notChosen.isEmpty()) {
        unchosen.add(q.id() + ": " + String.join(", ", notChosen));
      }
      List<String> notPlanned = new ArrayList<>();
      for (Action a : q.actions().values()) {
        actions++;
        if (!planned.contains(q.id() + " " + a.level().id())) {
          notPlanned.add(a.level().id());
        }
      }
      if (!notPlanned.isEmpty()) {
        unplanned.add(q.id() + ": to " + String.join(", to ", notPlanned));
      }
    }
    StringBuilder out = new StringBuilder("coverage of ").append(name).append(" by ")
        .append(model.examples().size()).append(model.examples().size() == 1 ? " example\n" : " examples\n");
    section(out, "questions answered", questions, unanswered.size(), List.of(String.join(", ", unanswered)));
    section(out, "options chosen", options, count(unchosen), unchosen);
    section(out, "actions in a plan", actions, count(unplanned), unplanned);
    return out.toString();
  }

  private static int count(List<String> lines) {
    return lines.stream().mapToInt(l -> l.split(", ").length).sum();
  }

  private static void section(StringBuilder out, String what, int all, int untouched, List<String> lines) {
    out.append("  ").append(what).append(": ").append(all - untouched).append(" of ").append(all);
    if (untouched == 0) {
      out.append('\n');
      return;
    }
    out.append("; none touches:\n");
    lines.forEach(l -> out.append("    ").append(l).append('\n'));
  }
}
