package io.svmi.lsp;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One declared thing of a rules file, as its syntax gives it: a level, a dimension, a group, a
 * question, an option, an example, an answer set or a language, where its id is written and what
 * the declaration says. (A translation block declares nothing: its ids are uses.)
 *
 * @param kind what it is
 * @param key the id, unique within its kind ({@code question/option} for an option)
 * @param id the id as written
 * @param idStart the UTF-16 offset of the id (of the name, for an example)
 * @param idEnd the UTF-16 offset just after the id
 * @param start where the whole declaration starts
 * @param end where the whole declaration ends
 * @param name the level's or dimension's name, the question's or option's text, unquoted
 * @param container the key of the question an option belongs to, the dimension a question
 *     belongs to, the group a dimension belongs to
 * @param level the level an option leads to ({@code not applicable} or a value as written); for a
 *     question, the answer set it takes its options from
 * @param rank a level's rank in the scale (0 is the lowest), -1 for other kinds
 */
record Symbol(
    Kind kind,
    String key,
    String id,
    int idStart,
    int idEnd,
    int start,
    int end,
    String name,
    Optional<String> container,
    Optional<String> level,
    int rank) {

  enum Kind {
    LEVEL("level"),
    DIMENSION("dimension"),
    GROUP("group"),
    QUESTION("question"),
    OPTION("option"),
    PROFILE("profile"),
    EXAMPLE("example"),
    ANSWER_SET("answer set"),
    LANGUAGE("language");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }
  }

  /** A place an id is written: its declaration or a use of it. */
  record Occurrence(Kind kind, String key, int start, int end, boolean declaration) {}

  static String optionKey(String questionId, String optionId) {
    return questionId + "/" + optionId;
  }

  /** The key of an answer set's option: '@' cannot start a question id. */
  static String answerSetOptionKey(String answerSetId, String optionId) {
    return optionKey("@" + answerSetId, optionId);
  }

  static ImmutableList<Kind> renamable() {
    return ImmutableList.of(Kind.LEVEL, Kind.DIMENSION, Kind.GROUP, Kind.QUESTION, Kind.OPTION, Kind.ANSWER_SET,
        Kind.LANGUAGE, Kind.PROFILE);
  }
}
