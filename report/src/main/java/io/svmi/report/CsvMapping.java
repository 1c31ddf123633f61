package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which column of a survey tool's CSV export holds what: the mapping file of {@code svmi batch
 * --mapping} (docs/cli.md). One entry a line, {@code #} starts a comment:
 *
 * <pre>
 * subject            = Organisation
 * answer A1          = Which contracts does your policy apply to?
 * target A           = Target for Policy &amp; Scope
 * target answer A1   = Aim for contracts
 * overall target     = Overall target
 * </pre>
 *
 * <p>The right-hand side is a column's heading as the first row writes it (spaces around it
 * ignored). A cell holds an option's id or its text, a level's id or its name (case and spaces
 * around it ignored); an empty cell is no answer (or no target). Immutable.
 */
public final class CsvMapping {
  /** What a column gives. */
  private enum Kind { SUBJECT, ANSWER, TARGET, TARGET_ANSWER, OVERALL_TARGET }

  private record Entry(Kind kind, String id, String column, SourceSpan span) {}

  private final String name;
  private final ImmutableList<Entry> entries;

  private CsvMapping(String name, ImmutableList<Entry> entries) {
    this.name = name;
    this.entries = entries;
  }

  /**
   * Reads a mapping file's text.
   *
   * @throws AssessmentException with every line that is not an entry (E0409), or that repeats an
   *     entry (E0412), positioned in the mapping file
   */
  public static CsvMapping parse(SourceText source) throws AssessmentException {
    checkNotNull(source, "source");
    List<Entry> entries = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    String[] lines = source.text().split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      SourceSpan span = SourceSpan.of(source.name(), i + 1, line.indexOf(content.charAt(0)) + 1, content.length());
      int eq = content.indexOf('=');
      Optional<Entry> entry = eq < 0 ? Optional.empty() : entry(content.substring(0, eq).strip(), content.substring(eq + 1).strip(), span);
      if (entry.isEmpty()) {
        problems.add(Diagnostic.of(DiagnosticCode.E0409, "expected 'subject = COLUMN', 'answer QUESTION = COLUMN', "
            + "'target DIMENSION = COLUMN', 'target answer QUESTION = COLUMN' or 'overall target = COLUMN'",
            Optional.of(span)));
        continue;
      }
      Entry e = entry.get();
      boolean repeated = entries.stream().anyMatch(x -> x.kind() == e.kind() && x.id().equals(e.id()));
      if (repeated) {
        problems.add(Diagnostic.of(DiagnosticCode.E0412, "'" + content.substring(0, eq).strip() + "' is mapped twice",
            Optional.of(span)));
        continue;
      }
      entries.add(e);
    }
    if (!problems.isEmpty()) {
      throw new AssessmentException(ImmutableList.copyOf(problems), Optional.of(source));
    }
    return new CsvMapping(source.name(), ImmutableList.copyOf(entries));
  }

  private static Optional<Entry> entry(String key, String column, SourceSpan span) {
    if (column.isEmpty()) {
      return Optional.empty();
    }
    String[] words = key.split("\\s+");
    if (words.length == 1 && words[0].equals("subject")) {
      return Optional.of(new Entry(Kind.SUBJECT, "", column, span));
    }
    if (words.length == 2 && words[0].equals("overall") && words[1].equals("target")) {
      return Optional.of(new Entry(Kind.OVERALL_TARGET, "", column, span));
    }
    if (words.length == 2 && words[0].equals("answer")) {
      return Optional.of(new Entry(Kind.ANSWER, words[1], column, span));
    }
    if (words.length == 2 && words[0].equals("target")) {
      return Optional.of(new Entry(Kind.TARGET, words[1], column, span));
    }
    if (words.length == 3 && words[0].equals("target") && words[1].equals("answer")) {
      return Optional.of(new Entry(Kind.TARGET_ANSWER, words[2], column, span));
    }
    return Optional.empty();
  }

  /** The mapping's name (its file), as diagnostics give it. */
  public String name() {
    return name;
  }

  /** The mapping placed on a CSV file's header: each entry's column index. */
  Bound bind(List<String> header, String fileName) throws AssessmentException {
    int[] columns = new int[entries.size()];
    List<Diagnostic> missing = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      columns[i] = -1;
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).strip().equals(e.column())) {
          columns[i] = c;
          break;
        }
      }
      if (columns[i] < 0) {
        missing.add(Diagnostic.of(DiagnosticCode.E0410,
            "no column '" + e.column() + "' in the first row of " + fileName, Optional.of(e.span())));
      }
    }
    if (!missing.isEmpty()) {
      throw new AssessmentException(ImmutableList.copyOf(missing), Optional.empty());
    }
    return new Bound(columns);
  }

  /** A mapping placed on a header: reads rows. */
  final class Bound {
    private final int[] columns;

    private Bound(int[] columns) {
      this.columns = columns;
    }

    /** The assessment in a row's fields, or every reason it is not one. */
    Assessment read(MaturityModel model, List<String> fields) throws AssessmentException {
      if (fields.stream().allMatch(String::isBlank)) {
        throw new AssessmentException(ImmutableList.of(
            Diagnostic.of(DiagnosticCode.E0409, "an empty row, where a respondent was expected")), Optional.empty());
      }
      Assessment.Builder builder = model.assessment();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        String cell = columns[i] < fields.size() ? fields.get(columns[i]).strip() : "";
        if (cell.isEmpty()) {
          continue;
        }
        switch (e.kind()) {
          case SUBJECT -> builder.subject(cell);
          case ANSWER -> builder.answer(e.id(), optionId(model, e.id(), cell));
          case TARGET_ANSWER -> builder.targetAnswer(e.id(), optionId(model, e.id(), cell));
          case TARGET -> builder.target(e.id(), levelId(model, cell));
          case OVERALL_TARGET -> builder.overallTarget(levelId(model, cell));
        }
      }
      return builder.build();
    }
  }

  /** The option whose id or text the cell holds, or the cell as it is (the builder says it is unknown). */
  private static String optionId(MaturityModel model, String questionId, String cell) {
    Optional<Question> question = model.question(questionId);
    if (question.isEmpty()) {
      return cell;
    }
    for (Option o : question.get().options().values()) {
      if (o.id().equalsIgnoreCase(cell) || o.text().strip().equalsIgnoreCase(cell)) {
        return o.id();
      }
    }
    return cell;
  }

  private static String levelId(MaturityModel model, String cell) {
    for (Level l : model.scale().levels()) {
      if (l.id().equalsIgnoreCase(cell) || l.name().strip().equalsIgnoreCase(cell)) {
        return l.id();
      }
    }
    return cell;
  }
}
