package io.svmi.web;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.Dimension;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.web.pages.AssessmentPage;
import io.svmi.web.pages.AssessmentPage.DimensionView;
import io.svmi.web.pages.AssessmentPage.LevelChoice;
import io.svmi.web.pages.AssessmentPage.OptionView;
import io.svmi.web.pages.AssessmentPage.QuestionView;
import io.svmi.web.pages.FieldError;
import io.svmi.web.pages.LanguageChoice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment form of one model: its fields ({@code answer.Q} the option of question Q,
 * {@code note.Q} its evidence note, {@code target.D} the target level of dimension D, {@code
 * overall} the overall target), read back into a {@link Draft}, checked for a submit, and shown.
 */
final class AssessmentForm {
  static final String ANSWER = "answer.";
  static final String NOTE = "note.";
  static final String TARGET = "target.";
  static final String OVERALL = "overall";
  static final int MAX_NOTE = 4000;

  private final MaturityModel model;

  AssessmentForm(MaturityModel model) {
    this.model = model;
  }

  /** What was posted, with its problems (a note too long); ids the page never offers are a bad request. */
  record Posted(Draft draft, List<FieldError> problems) {}

  Posted read(Map<String, String> fields) {
    Map<String, String> answers = new HashMap<>();
    Map<String, String> notes = new HashMap<>();
    Map<String, String> targets = new HashMap<>();
    Optional<String> overall = Optional.empty();
    List<FieldError> problems = new ArrayList<>();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String name = field.getKey();
      String value = field.getValue();
      if (name.equals("csrf") || name.equals("action")) {
        continue;
      }
      if (name.startsWith(ANSWER)) {
        Question q = question(name.substring(ANSWER.length()));
        if (q.option(value).isEmpty()) {
          throw PageException.badRequest("Question " + q.id() + " has no such option.");
        }
        answers.put(q.id(), value);
      } else if (name.startsWith(NOTE)) {
        Question q = question(name.substring(NOTE.length()));
        String note = value.replace("\r\n", "\n").strip();
        if (note.length() > MAX_NOTE) {
          problems.add(new FieldError(noteId(q), "The evidence note for " + q.id() + " must be at most "
              + MAX_NOTE + " characters (it has " + note.length() + ")"));
        }
        if (!note.isEmpty()) {
          notes.put(q.id(), note);
        }
      } else if (name.startsWith(TARGET)) {
        String dimension = name.substring(TARGET.length());
        if (model.dimension(dimension).isEmpty()) {
          throw PageException.badRequest("The model has no dimension '" + dimension + "'.");
        }
        if (!value.isEmpty()) {
          targets.put(dimension, level(value).id());
        }
      } else if (name.equals(OVERALL)) {
        if (!value.isEmpty()) {
          overall = Optional.of(level(value).id());
        }
      } else {
        throw PageException.badRequest("The form has no field '" + name + "'.");
      }
    }
    return new Posted(new Draft(answers, notes, targets, overall), problems);
  }

  /** What stops a draft from being submitted: each unanswered question, then what the model's rules refuse. */
  List<FieldError> submitProblems(Draft draft) {
    List<FieldError> problems = new ArrayList<>();
    if (model.rules().unanswered().isError()) {
      for (Question q : model.questions().values()) {
        if (!draft.answers().containsKey(q.id())) {
          problems.add(new FieldError(firstOptionId(q), "Answer question " + q.id() + ": " + shorten(q.text())));
        }
      }
    }
    if (problems.isEmpty()) {
      try {
        toAssessment(model, "", draft);
      } catch (AssessmentException e) {
        for (Diagnostic d : e.diagnostics()) {
          problems.add(new FieldError("overall", d.message()));
        }
      }
    }
    return problems;
  }

  static Assessment toAssessment(MaturityModel model, String subject, Draft draft) throws AssessmentException {
    Assessment.Builder b = model.assessment().subject(subject);
    for (Question q : model.questions().values()) {
      String option = draft.answers().get(q.id());
      if (option != null) {
        b.answer(q.id(), option);
      }
    }
    for (Dimension d : model.dimensions().values()) {
      String level = draft.targets().get(d.id());
      if (level != null) {
        b.target(d.id(), level);
      }
    }
    draft.overallTarget().ifPresent(b::overallTarget);
    return b.build();
  }

  int answered(Draft draft) {
    return (int) model.questions().keySet().stream().filter(draft.answers()::containsKey).count();
  }

  AssessmentPage page(io.svmi.web.pages.Frame frame, Assessments.Summary summary, String organisation, Draft draft,
      boolean editable, List<FieldError> errors, String message, boolean stale, List<LanguageChoice> languages,
      String formAction) {
    java.util.Set<String> erroneous = new java.util.HashSet<>();
    errors.forEach(e -> erroneous.add(e.fieldId()));
    List<DimensionView> dimensions = new ArrayList<>();
    for (Dimension d : model.dimensions().values()) {
      List<QuestionView> questions = new ArrayList<>();
      for (Question q : d.questions().values()) {
        List<OptionView> options = new ArrayList<>();
        for (Option o : q.options().values()) {
          options.add(new OptionView(optionId(q, o), o.id(), o.text(),
              o.id().equals(draft.answers().get(q.id())), o.isNotApplicable()));
        }
        String error = "";
        if (erroneous.contains(firstOptionId(q))) {
          error = "Answer question " + q.id();
        } else if (erroneous.contains(noteId(q))) {
          error = "The evidence note is too long";
        }
        questions.add(new QuestionView(q.id(), q.text(), ANSWER + q.id(), NOTE + q.id(), options,
            draft.notes().getOrDefault(q.id(), ""), error));
      }
      int answered = (int) d.questions().keySet().stream().filter(draft.answers()::containsKey).count();
      dimensions.add(new DimensionView(d.id(), d.name(), questions, answered, TARGET + d.id(),
          levels(Optional.ofNullable(draft.targets().get(d.id())), "No target (keep the present level)")));
    }
    return new AssessmentPage(frame, summary.id(), summary.organisationId(), organisation, summary.title(),
        summary.modelName(), summary.modelVersion(), summary.modelSha256().substring(0, 12), summary.submitted(),
        editable, answered(draft), model.questions().size(), dimensions,
        // A model with no overall level takes no overall target: the page then offers none.
        !model.rules().hasOverallLevel() ? List.of()
            : levels(draft.overallTarget(), model.rules().hasOverallTarget()
                ? "No overall target (the model's rules combine the dimension targets)"
                : "No overall target"),
        errors, message, stale, languages, formAction);
  }

  private List<LevelChoice> levels(Optional<String> selected, String none) {
    List<LevelChoice> out = new ArrayList<>();
    out.add(new LevelChoice("", none, selected.isEmpty()));
    for (Level level : model.scale().levels()) {
      out.add(new LevelChoice(level.id(), level.name(), selected.equals(Optional.of(level.id()))));
    }
    return out;
  }

  private Question question(String id) {
    return model.question(id).orElseThrow(() -> PageException.badRequest("The model has no question '" + id + "'."));
  }

  private Level level(String id) {
    return model.scale().level(id).orElseThrow(() -> PageException.badRequest("The model has no level '" + id + "'."));
  }

  static String optionId(Question q, Option o) {
    return "answer-" + q.id() + "-" + o.id();
  }

  static String firstOptionId(Question q) {
    return q.options().values().stream().findFirst().map(o -> optionId(q, o)).orElse(ANSWER + q.id());
  }

  static String noteId(Question q) {
    return NOTE + q.id();
  }

  private static String shorten(String text) {
    return text.length() <= 90 ? text : text.substring(0, 87) + "...";
  }
}
