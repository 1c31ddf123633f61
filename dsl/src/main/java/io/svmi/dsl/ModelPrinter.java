package io.svmi.dsl;

import io.svmi.Action;
import io.svmi.AnswerSet;
import io.svmi.Dimension;
import io.svmi.Example;
import io.svmi.Group;
import io.svmi.Language;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Profile;
import io.svmi.Question;
import io.svmi.Rules;
import io.svmi.Translation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints a model as canonical {@code .svmi} text: two-space indentation, ids padded so that the
 * texts of a block line up, every rule written out (group level only with groups, between levels
 * only when it is plus), weights only when not 1, a blank line between top-level blocks and
 * between questions. With {@link Comments}, each comment is printed with its
 * element, and so is each of the author's blank lines ({@link Comments#BLANK}): one blank line,
 * however many the author wrote, and none where the layout already has one, just after a line
 * that opens a block, just before a closing brace or at the end of the file. The output depends
 * only on the model (and comments), so printing is idempotent.
 */
final class ModelPrinter {
  private static final Pattern ID = Pattern.compile("[A-Za-z_]([A-Za-z0-9_-]*[A-Za-z0-9_])?");
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();
  private final Comments comments;
  private final Set<String> printed = new HashSet<>();
  /** What the last line printed was, to place the author's blank lines. */
  private Last last = Last.NOTHING;

  private enum Last {
    /** Nothing yet: the start of the file. */
    NOTHING,
    BLANK,
    /** A line that opens a block ({@code ... {}). */
    OPENING,
    /** Any other line, comments included. */
    OTHER
  }

  private ModelPrinter(Comments comments) {
    this.comments = comments;
  }

  static String print(MaturityModel model, Comments comments) {
    ModelPrinter p = new ModelPrinter(comments);
    // A translated copy prints as the model it was made from: its own texts, then its translations.
    p.model(model.defaultLanguage().map(l -> model.translated(l.id())).orElse(model));
    return p.out.toString();
  }

  private void model(MaturityModel m) {
    line(0, Anchor.model(), "model " + Texts.quote(m.name()) + m.version().map(v -> " version " + Texts.quote(v)).orElse(""));
    blank();
    if (!m.languages().isEmpty()) {
      line(0, Anchor.languages(), "languages {");
      int languageWidth = m.languages().stream().mapToInt(l -> id(l.id()).length()).max().orElse(0);
      for (Language l : m.languages()) {
        line(1, Anchor.language(l.id()), pad(l.id(), languageWidth) + " " + Texts.quote(l.name()));
      }
      close(0, Anchor.languages());
      blank();
    }
    line(0, Anchor.levels(), "levels {");
    List<Level> levels = m.scale().levels();
    int width = levels.stream().mapToInt(l -> id(l.id()).length()).max().orElse(0);
    for (Level l : levels) {
      line(1, Anchor.level(l.id()), pad(l.id(), width) + " " + Texts.quote(l.name()) + threshold(l));
    }
    close(0, Anchor.levels());
    blank();
    rules(m.rules(), !m.groups().isEmpty());
    for (AnswerSet s : m.answerSets().values()) {
      blank();
      String key = Anchor.answerSet(s.id());
      line(0, key, "answers " + id(s.id()) + " {");
      options(Anchor.answerSetOptions(s.id()), s.options().values(), 1);
      close(0, key);
    }
    if (m.groups().isEmpty()) {
      for (Dimension d : m.dimensions().values()) {
        blank();
        dimension(d, 0);
      }
    } else {
      groups(m);
    }
    for (Profile p : m.profiles().values()) {
      blank();
      profile(p);
    }
    for (Example e : m.examples()) {
      blank();
      example(e);
    }
    for (Translation t : m.translations().values()) {
      if (t.size() > 0) {
        blank();
        translation(m, t);
      }
    }
    for (String key : comments.keys()) {
      if (!printed.contains(key)) {
        withoutFinalBlanks(comments.leading(key)).forEach(c -> comment("", c));
        comments.trailing(key).forEach(c -> comment("", c));
      }
    }
    withoutFinalBlanks(comments.end()).forEach(c -> comment("", c));
  }

  /**
   * A translation block: the model's name, levels, answer sets' options, groups, then each
   * dimension followed by its questions (with their options and actions), in model order; only the
   * texts the translation gives.
   */
  private void translation(MaturityModel m, Translation t) {
    String lang = t.language();
    String key = Anchor.translation(lang);
    line(0, key, "translation " + id(lang) + " {");
    t.modelName().ifPresent(x -> line(1, Anchor.translated(lang, "model"), "model " + Texts.quote(x)));
    for (Level l : m.scale().levels()) {
      t.level(l.id()).ifPresent(x -> line(1, Anchor.translated(lang, "level " + l.id()), "level " + id(l.id()) + " " + Texts.quote(x)));
    }
    for (AnswerSet set : m.answerSets().values()) {
      List<String> ids = set.options().keySet().stream().filter(o -> t.answerSetOption(set.id(), o).isPresent()).toList();
      if (!ids.isEmpty()) {
        String setKey = Anchor.translated(lang, "answers " + set.id());
        line(1, setKey, "answers " + id(set.id()) + " {");
        for (String o : ids) {
          line(2, Anchor.translated(lang, "answers " + set.id() + " option " + o),
              "option " + id(o) + " " + Texts.quote(t.answerSetOption(set.id(), o).orElseThrow()));
        }
        close(1, setKey);
      }
    }
    for (Group g : m.groups().values()) {
      t.group(g.id()).ifPresent(x -> line(1, Anchor.translated(lang, "group " + g.id()), "group " + id(g.id()) + " " + Texts.quote(x)));
    }
    for (Dimension d : m.dimensions().values()) {
      t.dimension(d.id()).ifPresent(x ->
          line(1, Anchor.translated(lang, "dimension " + d.id()), "dimension " + id(d.id()) + " " + Texts.quote(x)));
      for (Question q : d.questions().values()) {
        translatedQuestion(t, q);
      }
    }
    close(0, key);
  }

  private void translatedQuestion(Translation t, Question q) {
    String lang = t.language();
    List<String> options = q.options().keySet().stream().filter(o -> t.option(q.id(), o).isPresent()).toList();
    List<String> actions = q.actions().keySet().stream().filter(l -> t.action(q.id(), l).isPresent()).toList();
    if (t.question(q.id()).isEmpty() && options.isEmpty() && actions.isEmpty()) {
      return;
    }
    String key = Anchor.translated(lang, "question " + q.id());
    String head = "question " + id(q.id()) + t.question(q.id()).map(x -> " " + Texts.quote(x)).orElse("");
    if (options.isEmpty() && actions.isEmpty()) {
      line(1, key, head);
      return;
    }
    line(1, key, head + " {");
    for (String o : options) {
      line(2, Anchor.translated(lang, "question " + q.id() + " option " + o),
          "option " + id(o) + " " + Texts.quote(t.option(q.id(), o).orElseThrow()));
    }
    for (String l : actions) {
      line(2, Anchor.translated(lang, "question " + q.id() + " to " + l),
          "to " + id(l) + " " + Texts.quote(t.action(q.id(), l).orElseThrow()));
    }
    close(1, key);
  }

  /** Score-based models: {@code  from 1} after a level's name. */
  private static String threshold(Level l) {
    return l.threshold().map(t -> " from " + t.stripTrailingZeros().toPlainString()).orElse("");
  }

  /** Score-based models: each group with its dimensions indented inside it. */
  private void groups(MaturityModel m) {
    for (Group g : m.groups().values()) {
      blank();
      String key = Anchor.group(g.id());
      line(0, key, "group " + id(g.id()) + " " + Texts.quote(g.name()) + " {");
      boolean first = true;
      for (String dimensionId : g.dimensionIds()) {
        if (!first) {
          blank();
        }
        first = false;
        dimension(m.dimensions().get(dimensionId), 1);
      }
      close(0, key);
    }
  }

  private void rules(Rules r, boolean grouped) {
    line(0, Anchor.rules(), "rules {");
    int width = RuleWords.RULES.stream().mapToInt(String::length).max().orElse(0);
    for (String name : RuleWords.RULES) {
      if (name.equals(RuleWords.GROUP_LEVEL) && !grouped
          || name.equals(RuleWords.BETWEEN_LEVELS) && !r.plusBetweenLevels()) {
        continue;
      }
      String value =
          switch (name) {
            case RuleWords.DIMENSION_LEVEL -> RuleWords.phrase(r.dimensionLevel(), RuleWords.QUESTIONS);
            case RuleWords.GROUP_LEVEL -> RuleWords.phrase(r.groupLevel(), RuleWords.DIMENSIONS);
            case RuleWords.OVERALL_LEVEL ->
                r.hasOverallLevel() ? RuleWords.phrase(r.overallLevel(), RuleWords.subjectOf(name, grouped)) : RuleWords.NONE;
            case RuleWords.OVERALL_TARGET ->
                r.hasOverallTarget() ? RuleWords.phrase(r.overallTarget(), RuleWords.subjectOf(name, grouped)) : RuleWords.NONE;
            case RuleWords.ACTION_PLAN -> r.actionPlan().words();
            case RuleWords.BETWEEN_LEVELS -> RuleWords.PLUS;
            default ->
                r.unanswered()
                    .level()
                    .map(l -> l.id().equals(RuleWords.ERROR) ? RuleWords.LEVEL + " " + l.id() : id(l.id()))
                    .orElse(RuleWords.ERROR);
          };
      line(1, Anchor.rule(name), pad(name, width) + " = " + value);
    }
    close(0, Anchor.rules());
  }

  private void dimension(Dimension d, int depth) {
    String key = Anchor.dimension(d.id());
    line(depth, key, "dimension " + id(d.id()) + " " + Texts.quote(d.name()) + weight(d.weight()) + " {");
    d.combination()
        .ifPresent(c -> line(depth + 1, Anchor.dimensionLevel(d.id()), "level = " + RuleWords.phrase(c, RuleWords.QUESTIONS)));
    Question previous = null;
    for (Question q : d.questions().values()) {
      // A blank line between questions; indicators follow one another as a list.
      if (previous != null && !(previous.indicator() && q.indicator())) {
        blank();
      }
      previous = q;
      if (q.indicator()) {
        indicator(q, depth + 1);
      } else {
        question(q, depth + 1);
      }
    }
    close(depth, key);
  }

  /** An indicator: one line, or a block holding its action. */
  private void indicator(Question q, int depth) {
    String key = Anchor.question(q.id());
    String head = "indicator " + id(q.id()) + " " + Texts.quote(q.text()) + q.at().map(l -> " at " + id(l.id())).orElse("");
    if (q.actions().isEmpty()) {
      line(depth, key, head);
      return;
    }
    line(depth, key, head + " {");
    int actionWidth = q.actions().keySet().stream().mapToInt(l -> id(l).length()).max().orElse(0);
    for (Action a : q.actions().values()) {
      String level = a.level().id();
      line(depth + 1, Anchor.action(q.id(), level), "to " + pad(level, actionWidth) + " " + Texts.quote(a.text()));
    }
    close(depth, key);
  }

  private void question(Question q, int depth) {
    String key = Anchor.question(q.id());
    String at = q.at().map(l -> " at " + id(l.id())).orElse("");
    String answers = q.answerSet().map(s -> " answers " + id(s)).orElse("");
    line(depth, key, "question " + id(q.id()) + " " + Texts.quote(q.text()) + weight(q.weight()) + at + answers + " {");
    if (q.answerSet().isEmpty()) {
      options(q.id(), q.options().values(), depth + 1);
    }
    int actionWidth = q.actions().keySet().stream().mapToInt(l -> id(l).length()).max().orElse(0);
    for (Action a : q.actions().values()) {
      String level = a.level().id();
      line(depth + 1, Anchor.action(q.id(), level), "to " + pad(level, actionWidth) + " " + Texts.quote(a.text()));
    }
    close(depth, key);
  }

  /** The options of a question (or of an answer set, {@code owner} then its anchor key), ids padded. */
  private void options(String owner, Collection<Option> options, int depth) {
    int optionWidth = options.stream().mapToInt(o -> id(o.id()).length()).max().orElse(0);
    for (Option o : options) {
      String target =
          o.value().isPresent()
              ? o.value().get().stripTrailingZeros().toPlainString()
              : o.level().map(l -> id(l.id())).orElse("not applicable");
      line(depth, Anchor.option(owner, o.id()), "option " + pad(o.id(), optionWidth) + " " + Texts.quote(o.text()) + " -> " + target);
    }
  }

  /** A target profile: its name only when it differs from its id; targets aligned. */
  private void profile(Profile p) {
    String key = Anchor.profile(p.id());
    String name = p.name().equals(p.id()) ? "" : " " + Texts.quote(p.name());
    if (p.targets().isEmpty()) {
      emptyBlock(0, key, "profile " + id(p.id()) + name + " { }");
      return;
    }
    line(0, key, "profile " + id(p.id()) + name + " {");
    int width = p.targets().keySet().stream().mapToInt(d -> id(d).length()).max().orElse(0);
    p.targets().forEach((d, l) ->
        line(1, Anchor.profileTarget(p.id(), d), "target " + pad(d, width) + " = " + id(l.id())));
    close(0, key);
  }

  private void example(Example e) {
    String key = Anchor.example(e.name());
    line(0, key, "example " + Texts.quote(e.name()) + " {");
    e.subject().ifPresent(s -> line(1, Anchor.exampleLine(e.name(), "subject"), "subject " + Texts.quote(s)));
    e.profile().ifPresent(p -> line(1, Anchor.exampleLine(e.name(), "profile"), "profile " + id(p.profileId())));
    int answerWidth = e.answers().stream().mapToInt(a -> id(a.questionId()).length()).max().orElse(0);
    for (Example.Answer a : e.answers()) {
      line(1, Anchor.exampleLine(e.name(), "answer " + a.questionId()),
          "answer " + pad(a.questionId(), answerWidth) + " = " + id(a.optionId()));
    }
    int targetWidth = e.targets().stream().mapToInt(t -> t.dimensionId().map(d -> id(d).length()).orElse(0)).max().orElse(0);
    for (Example.Target t : e.targets()) {
      String level = id(t.levelId());
      if (t.dimensionId().isPresent()) {
        String d = t.dimensionId().get();
        line(1, Anchor.exampleLine(e.name(), "target " + d), "target " + pad(d, targetWidth) + " = " + level);
      } else {
        line(1, Anchor.exampleLine(e.name(), "overall target"), "overall target = " + level);
      }
    }
    int aimWidth = e.targetAnswers().stream().mapToInt(a -> id(a.questionId()).length()).max().orElse(0);
    for (Example.Answer a : e.targetAnswers()) {
      line(1, Anchor.exampleLine(e.name(), "target answer " + a.questionId()),
          "target answer " + pad(a.questionId(), aimWidth) + " = " + id(a.optionId()));
    }
    int levelWidth = e.levels().stream().mapToInt(l -> expected(l).length()).max().orElse(0);
    for (Example.ExpectedLevel l : e.levels()) {
      line(1, Anchor.exampleLine(e.name(), "expect " + l.subject()),
          "expect " + pad(expected(l), levelWidth) + " = " + expected(l.present()) + l.target().map(t -> " -> " + expected(t)).orElse(""));
    }
    for (Example.ExpectedActions a : e.actions()) {
      String cell = "expect actions " + a.dimensionId() + " " + a.levelId();
      String cellKey = Anchor.exampleLine(e.name(), cell);
      String header = "expect " + dimensionRef(a.dimensionId()) + " to " + id(a.levelId());
      if (a.by() == Example.ExpectedActions.By.QUESTIONS) {
        line(1, cellKey, header + " = " + String.join(", ", a.items().stream().map(ModelPrinter::id).toList()));
      } else if (a.items().isEmpty()) {
        emptyBlock(1, cellKey, header + " { }");
      } else {
        line(1, cellKey, header + " {");
        for (int i = 0; i < a.items().size(); i++) {
          line(2, Anchor.exampleLine(e.name(), cell + " " + i), Texts.quote(a.items().get(i)));
        }
        close(1, cellKey);
      }
    }
    close(0, key);
  }

  /** What an expected level is about: a dimension id, {@code overall}, {@code group G}, {@code question Q}. */
  private static String expected(Example.ExpectedLevel l) {
    String id = l.id().map(ModelPrinter::id).orElse("");
    return switch (l.about()) {
      case DIMENSION -> dimensionRef(id);
      case GROUP -> "group " + id;
      case QUESTION -> "question " + id;
      default -> "overall";
    };
  }

  /** {@code l0}, {@code l0 score 0.75}, {@code l1 score 61/60}, {@code no level}. */
  private static String expected(Example.Expected e) {
    return e.levelId().map(l -> id(l) + e.score().map(s -> " score " + s.toExactString()).orElse("")).orElse("no level");
  }

  /**
   * A dimension in an expectation; {@code dimension overall} for one whose id is a word that
   * starts another kind of expectation ('overall', 'group', 'question') or is 'dimension'.
   */
  private static String dimensionRef(String id) {
    return id.equals("overall") || id.equals("dimension") || id.equals("group") || id.equals("question")
        ? "dimension " + id
        : id(id);
  }

  private static String weight(BigDecimal w) {
    return w.equals(BigDecimal.ONE) ? "" : " weight " + w.toPlainString();
  }

  private void line(int depth, String key, String text) {
    line(depth, depth, key, text);
  }

  /**
   * A block printed empty on one line ({@code { }}), as one element: the comments written inside
   * it go before the line, and so do all but the first of those at the ends of its lines.
   */
  private void emptyBlock(int depth, String key, String text) {
    String end = Anchor.end(key);
    printed.add(key);
    printed.add(end);
    List<String> trailing = new ArrayList<>(comments.trailing(key));
    trailing.addAll(comments.trailing(end));
    String indent = INDENT.repeat(depth);
    comments.leading(key).forEach(c -> comment(indent, c));
    comments.leading(end).stream().filter(c -> !c.equals(Comments.BLANK)).forEach(c -> comment(indent, c));
    trailing.subList(Math.min(1, trailing.size()), trailing.size()).forEach(c -> comment(indent, c));
    out.append(indent).append(text);
    if (!trailing.isEmpty()) {
      out.append("  ").append(trailing.get(0));
    }
    out.append('\n');
    last = Last.OTHER;
  }

  /** A closing brace: comments before it belong inside the block; blank lines before it go. */
  private void close(int depth, String key) {
    line(depth + 1, depth, Anchor.end(key), "}");
  }

  /**
   * One element's line, after its own-line comments; its first end-of-line comment stays on the
   * line, any others (from an element written over several lines) go before it.
   */
  private void line(int commentDepth, int depth, String key, String text) {
    printed.add(key);
    List<String> trailing = comments.trailing(key);
    String commentIndent = INDENT.repeat(commentDepth);
    List<String> leading = comments.leading(key);
    for (String c : text.equals("}") ? withoutFinalBlanks(leading) : leading) {
      comment(commentIndent, c);
    }
    for (String c : trailing.subList(Math.min(1, trailing.size()), trailing.size())) {
      comment(commentIndent, c);
    }
    out.append(INDENT.repeat(depth)).append(text);
    if (!trailing.isEmpty()) {
      out.append("  ").append(trailing.get(0));
    }
    out.append('\n');
    last = text.endsWith("{") ? Last.OPENING : Last.OTHER;
  }

  /**
   * A comment on a line of its own, or one of the author's blank lines: printed only after an
   * element or a comment, so never twice in a row, never at the start of a block or of the file.
   */
  private void comment(String indent, String comment) {
    if (comment.equals(Comments.BLANK)) {
      if (last == Last.OTHER) {
        blank();
      }
      return;
    }
    out.append(indent).append(comment).append('\n');
    last = Last.OTHER;
  }

  /** The entries up to the last comment: no blank line before a closing brace or the end of the file. */
  private static List<String> withoutFinalBlanks(List<String> entries) {
    int end = entries.size();
    while (end > 0 && entries.get(end - 1).equals(Comments.BLANK)) {
      end--;
    }
    return entries.subList(0, end);
  }

  /** A blank line of the canonical layout. */
  private void blank() {
    out.append('\n');
    last = Last.BLANK;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** The id as written; an id the language cannot write is a programming error of the caller. */
  private static String id(String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "'" + id + "' cannot be written as an id in a .svmi file: ids are letters, digits, '_' and '-',"
              + " starting with a letter or '_' and not ending with '-'");
    }
    return id;
  }
}
