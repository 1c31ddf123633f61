package io.svmi.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Ids and texts that stress a printer and a compiler: ids that are the language's keywords and
 * rule words or odd valid identifiers; texts with quotes, backslashes, line breaks, tabs, '#',
 * braces, arrows, non-ASCII and any other characters.
 */
final class AwkwardNames {
  private AwkwardNames() {}

  private static final List<String> KEYWORDS =
      List.of("model", "version", "levels", "rules", "dimension", "level", "weight", "question", "option", "to",
          "not", "applicable", "error", "lowest", "highest", "of", "questions", "next", "up", "top", "mean", "group", "at",
          "from", "sum", "groups", "example", "subject", "answer", "target", "overall", "expect", "no", "score");

  private static final List<String> PIECES =
      List.of("a", "Z", "1", " ", "\"", "\\", "\n", "\t", "\r", "#", "{", "}", "->", "=", "é", "€", "😀", "\\n", "word");

  private static final String ID_START = "abcdefghijklmnopqrstuvwxyzAZ_";
  private static final String ID_PART = ID_START + "09-";

  /** A keyword a quarter of the time, else a letter or '_' and up to five more id characters. */
  static Arbitrary<String> ids() {
    Arbitrary<String> plain = Combinators.combine(
            Arbitraries.of(ID_START.toCharArray()),
            Arbitraries.strings().withChars(ID_PART.toCharArray()).ofMaxLength(5))
        .as((first, rest) -> {
          String id = first + rest;
          return id.endsWith("-") ? id + "x" : id;
        });
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(KEYWORDS)), Tuple.of(3, plain));
  }

  /** One to six pieces, a quarter of them any character at all; never blank. */
  static Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(PIECES)),
        Tuple.of(1, Arbitraries.chars().range(Character.MIN_VALUE, Character.MAX_VALUE).map(String::valueOf)));
    return piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> {
      String text = String.join("", pieces);
      return text.isBlank() ? "t" + text : text;
    });
  }
}
