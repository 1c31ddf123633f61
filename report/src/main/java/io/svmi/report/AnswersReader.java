package io.svmi.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Diagnostics;
import io.svmi.MaturityModel;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import io.svmi.internal.SourceMap;
import io.svmi.internal.SourceMap.Part;
import io.svmi.internal.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the text of an answers file (docs/answers-format.md) into an {@link Assessment} of a
 * model: the parser behind {@link Answers#read(MaturityModel, SourceText)}.
 *
 * <p>Every problem is found in one pass and reported at once, each pointing at its key: invalid
 * JSON, unknown or repeated keys, values of the wrong JSON type, and (through the assessment
 * builder) unknown questions, options, dimensions and levels and missing answers.
 */
final class AnswersReader {
  private static final int MAX_DEPTH = Answers.MAX_DEPTH;
  private static final int MAX_STRING = Answers.MAX_STRING;
  private static final int MAX_ERRORS = Answers.MAX_ERRORS;
  private static final ImmutableList<String> KEYS = Answers.KEYS;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING)
                  .maxNumberLength(100)
                  .build())
          .build();

  private final SourceText source;
  private final Assessment.Builder builder;
  /** Where each answer and target was written, recorded beside the builder's declarations. */
  private final SourceMap sources;
  private final List<Diagnostic> problems = new ArrayList<>();

  private AnswersReader(MaturityModel model, SourceText source) {
    this.source = source;
    this.builder = model.assessment().source(source);
    this.sources = SourceMap.of(builder);
  }

  /**
   * Reads the answers file's text against the model.
   *
   * @throws AssessmentException with every problem found, rendered against the source
   */
  static Assessment read(MaturityModel model, SourceText source) throws AssessmentException {
    return new AnswersReader(model, source).read();
  }

  private Assessment read() throws AssessmentException {
    try (JsonParser p = JSON.createParser(source.text())) {
      try {
        readDocument(p);
      } catch (StreamConstraintsException e) {
        tooMuch(e, at(p.currentLocation(), 1));
      } catch (JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        JsonErrors.Problem problem =
            JsonErrors.describe(String.valueOf(e.getOriginalMessage()), source.text(), (int) where.getCharOffset());
        problem(DiagnosticCode.E0409, "invalid JSON: " + problem.message(),
            Optional.of(spanAt(problem.offset(), problem.length())), Optional.of(problem.hint()));
      }
    } catch (IOException e) {
      // A parser over a String does no I/O; report rather than hide it.
      problem(DiagnosticCode.E0109, "cannot read the answers: " + e.getMessage(), Optional.empty(), Optional.empty());
    }
    Assessment assessment;
    try {
      assessment = builder.build();
    } catch (AssessmentException e) {
      List<Diagnostic> all = new ArrayList<>(problems);
      for (Diagnostic d : e.diagnostics()) {
        // Missing answers are noise when the file could not be read as meant (a misspelt
        // "answers" key, an array instead of an object).
        if (d.code() != DiagnosticCode.E0405 || problems.isEmpty()) {
          all.add(d);
        }
      }
      throw new AssessmentException(capped(all), Optional.of(source));
    }
    if (!problems.isEmpty()) {
      throw new AssessmentException(capped(problems), Optional.of(source));
    }
    return assessment;
  }

  /** Sorted, and cut at {@link #MAX_ERRORS}: a 1 MiB file can hold tens of thousands of unknown ids. */
  private static ImmutableList<Diagnostic> capped(List<Diagnostic> diagnostics) {
    ImmutableList<Diagnostic> sorted = Diagnostics.sorted(diagnostics);
    if (sorted.size() <= MAX_ERRORS) {
      return sorted;
    }
    return ImmutableList.<Diagnostic>builder()
        .addAll(sorted.subList(0, MAX_ERRORS))
        .add(Diagnostic.of(DiagnosticCode.E0107, "too many errors; stopping after " + MAX_ERRORS)
            .withHint("fix these and run again"))
        .build();
  }

  private void readDocument(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      problem(DiagnosticCode.E0409, "the answers file is empty",
          Optional.of(SourceSpan.of(source.name(), 1, 1, 1)),
          Optional.of("write a JSON object such as {\"subject\": \"...\", \"answers\": {...}}"));
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      problem(DiagnosticCode.E0411, "the answers file must hold a JSON object, not " + kind(t),
          at(p.currentTokenLocation(), 1), Optional.empty());
      p.skipChildren();
    } else {
      readRoot(p);
    }
    JsonToken after = p.nextToken();
    if (after != null) {
      problem(DiagnosticCode.E0409, "invalid JSON: more content after the answers object",
          at(p.currentTokenLocation(), 1), Optional.empty());
    }
  }

  private void readRoot(JsonParser p) throws IOException {
    Map<String, SourceSpan> seen = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (loneSurrogate(p, key)) {
        p.nextToken();
        p.skipChildren();
        continue;
      }
      SourceSpan span = keySpan(p, key);
      JsonToken value = p.nextToken();
      SourceSpan first = seen.putIfAbsent(key, span);
      if (first != null) {
        problem(DiagnosticCode.E0412, "key '" + key + "' appears twice", span,
            "first given at " + first.line() + ":" + first.column());
        p.skipChildren();
        continue;
      }
      switch (key) {
        case "subject":
          string(p, value, span, "'subject'", "the name of who is assessed")
              .ifPresent(builder::subject);
          break;
        case "profile":
          string(p, value, span, "'profile'", "a profile id")
              .ifPresent(profile -> {
                sources.put(through(span, p), Part.PROFILE_CHOICE);
                builder.profile(profile);
              });
          break;
        case "overallTarget":
          string(p, value, span, "'overallTarget'", "a level id")
              .ifPresent(level -> {
                sources.put(through(span, p), Part.OVERALL_TARGET);
                builder.overallTarget(level);
              });
          break;
        case "answers":
          readMap(p, value, span, "'answers'", "question ids to option ids", "the answer to", "an option id",
              builder::answer, Part.ANSWER);
          break;
        case "targets":
          readMap(p, value, span, "'targets'", "dimension ids to level ids", "the target of", "a level id",
              builder::target, Part.TARGET);
          break;
        case "targetAnswers":
          readMap(p, value, span, "'targetAnswers'", "question ids to option ids", "the target answer of",
              "an option id", builder::targetAnswer, Part.TARGET_ANSWER);
          break;
        default:
          problem(DiagnosticCode.E0410, "unknown key '" + key + "'", span,
              Suggestions.closest(key, KEYS)
                  .map(c -> "did you mean '" + c + "'?")
                  .orElse("the keys are " + String.join(", ", KEYS)));
          p.skipChildren();
      }
    }
  }

  private interface Entry {
    void accept(String id, String value);
  }

  private void readMap(JsonParser p, JsonToken value, SourceSpan span, String what, String mapping,
      String entryWhat, String entryExpected, Entry entry, Part part) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      problem(DiagnosticCode.E0411, what + " must be an object of " + mapping + ", not " + kind(value),
          span, Optional.empty());
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String id = p.currentName();
      if (loneSurrogate(p, id)) {
        p.nextToken();
        p.skipChildren();
        continue;
      }
      SourceSpan idSpan = keySpan(p, id);
      JsonToken v = p.nextToken();
      string(p, v, idSpan, entryWhat + " '" + id + "'", entryExpected)
          .ifPresent(text -> {
            sources.put(through(idSpan, p), part, id);   // where the builder's diagnostics for it point
            entry.accept(id, text);
          });
    }
  }

  private Optional<String> string(JsonParser p, JsonToken value, SourceSpan span, String what, String expected)
      throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      String text = p.getText();
      return loneSurrogate(p, text) ? Optional.empty() : Optional.of(text);
    }
    problem(DiagnosticCode.E0411, what + " must be a string (" + expected + "), not " + kind(value),
        span, Optional.empty());
    p.skipChildren();
    return Optional.empty();
  }

  /** The span of the key just read, quotes included. */
  private SourceSpan keySpan(JsonParser p, String key) {
    return at(p.currentTokenLocation(), key.length() + 2).orElseThrow();
  }

  /**
   * From a key to the end of the string just read ({@code "A": "leadr"}): a wrong id and a wrong
   * value are both under the caret. The key alone when the value is on another line.
   */
  private static SourceSpan through(SourceSpan key, JsonParser p) {
    JsonLocation end = p.currentLocation();
    if (end.getLineNr() != key.line() || end.getColumnNr() <= key.column() + key.length()) {
      return key;
    }
    return SourceSpan.of(key.source(), key.line(), key.column(), end.getColumnNr() - key.column());
  }

  private Optional<SourceSpan> at(JsonLocation location, int length) {
    int line = Math.max(1, location.getLineNr());
    int column = Math.max(1, location.getColumnNr());
    return Optional.of(SourceSpan.of(source.name(), line, column, Math.max(1, length)));
  }

  private static String kind(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : "'" + t.asString() + "'";
    }
  }

  /** A limit of {@link #JSON} was passed: say which, in svmi's words. */
  private void tooMuch(StreamConstraintsException e, Optional<SourceSpan> at) {
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("depth")) {
      problem(DiagnosticCode.E0106, "the answers nest arrays and objects more than " + MAX_DEPTH
          + " deep, the most svmi reads", at, Optional.empty());
    } else if (m.contains("number")) {
      problem(DiagnosticCode.E0105, "a number is longer than 100 characters, the most svmi reads", at,
          Optional.empty());
    } else {
      problem(DiagnosticCode.E0105, "a string or key is longer than " + MAX_STRING
          + " characters, the most svmi reads", at, Optional.empty());
    }
  }

  /** The span of {@code length} characters at a character offset of the text. */
  private SourceSpan spanAt(int offset, int length) {
    String text = source.text();
    int end = Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return SourceSpan.of(source.name(), line, end - lineStart + 1, Math.max(1, length));
  }

  /**
   * True, with E0409 at the character, when the string or key just read holds half of a UTF-16
   * pair on its own (written as an escape, {@code "\\ud800"}): it is not a character, and no file
   * could be written with it.
   */
  private boolean loneSurrogate(JsonParser p, String text) {
    boolean any = false;
    for (int i = 0; i < text.length() && !any; i++) {
      any = Character.isSurrogate(text.charAt(i));
    }
    if (!any) {
      return false;
    }
    int start = (int) p.currentTokenLocation().getCharOffset();
    OptionalInt at = JsonErrors.loneSurrogate(source.text(), start);
    if (at.isEmpty()) {
      return false; // a whole pair
    }
    String written = source.text().substring(at.getAsInt(), Math.min(source.text().length(), at.getAsInt() + 6));
    problem(DiagnosticCode.E0409, "invalid JSON: a lone surrogate " + (written.startsWith("\\u") ? "'" + written + "' " : "")
            + "(half of a UTF-16 pair) is not a character",
        Optional.of(spanAt(at.getAsInt(), written.startsWith("\\u") ? 6 : 1)),
        Optional.of("write the character itself, or both halves of its pair (\\ud83d\\ude00)"));
    return true;
  }

  private void problem(DiagnosticCode code, String message, SourceSpan span, String hint) {
    problem(code, message, Optional.of(span), Optional.of(hint));
  }

  private void problem(DiagnosticCode code, String message, SourceSpan span, Optional<String> hint) {
    problem(code, message, Optional.of(span), hint);
  }

  private void problem(DiagnosticCode code, String message, Optional<SourceSpan> span, Optional<String> hint) {
    problems.add(new Diagnostic(code, message, span, hint));
  }
}
