package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form as the browser posts it ({@code application/x-www-form-urlencoded}, UTF-8): its fields in
 * the order sent, a name possibly repeated. The page's fields are {@code subject}, {@code overall}
 * (the overall target), {@code q.<question id>} (the chosen option id) and {@code t.<dimension id>}
 * (a target level id, empty for none).
 */
final class FormBody {
  static final String SUBJECT = "subject";
  static final String OVERALL = "overall";
  static final String ANSWER = "q.";
  static final String TARGET = "t.";
  /** As for the assessment builder: the most problems listed; the rest are counted. */
  static final int MAX_PROBLEMS = 50;

  static final FormBody EMPTY = new FormBody(List.of());

  record Field(String name, String value) {}

  private final List<Field> fields;

  private FormBody(List<Field> fields) {
    this.fields = fields;
  }

  /** The fields of a URL-encoded body, or empty when an escape is malformed ({@code %zz}). */
  static Optional<FormBody> parse(String body) {
    List<Field> fields = new ArrayList<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        fields.add(eq < 0
            ? new Field(URLDecoder.decode(pair, UTF_8), "")
            : new Field(URLDecoder.decode(pair.substring(0, eq), UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), UTF_8)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(new FormBody(List.copyOf(fields)));
  }

  List<Field> fields() {
    return fields;
  }

  /** The first value of a field, or "" when the form has none. */
  String value(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).findFirst().orElse("");
  }

  /**
   * What the page never sends, in plain words: a field it does not have, or the subject twice.
   * (Ids that the model does not know are the assessment builder's to report.)
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    int subjects = 0;
    for (Field f : fields) {
      if (f.name().equals(SUBJECT)) {
        subjects++;
      } else if (!f.name().equals(OVERALL) && !f.name().startsWith(ANSWER) && !f.name().startsWith(TARGET)) {
        problems.add("the form has no field '" + f.name() + "'");
      }
    }
    if (subjects > 1) {
      problems.add("the subject is given " + subjects + " times");
    }
    if (problems.size() > MAX_PROBLEMS) {
      int more = problems.size() - MAX_PROBLEMS;
      problems.subList(MAX_PROBLEMS, problems.size()).clear();
      problems.add("and " + more + " more problems like these");
    }
    return problems;
  }
}
