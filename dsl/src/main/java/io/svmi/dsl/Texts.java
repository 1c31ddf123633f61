package io.svmi.dsl;

import java.util.OptionalInt;

/**
 * Double-quoted texts: the escapes {@code \"}, {@code \\}, {@code \n}, {@code \t} and {@code \r};
 * every other character stands for itself, line breaks included.
 */
final class Texts {
  private Texts() {}

  /** The text between the quotes of a literal, escapes replaced (a bad escape is kept as written). */
  static String unquote(String literal) {
    int end = literal.length() > 1 && literal.endsWith("\"") && !endsInEscape(literal)
        ? literal.length() - 1
        : literal.length();
    StringBuilder out = new StringBuilder(end);
    for (int i = 1; i < end; i++) {
      char c = literal.charAt(i);
      if (c == '\\' && i + 1 < end) {
        char next = literal.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case '"', '\\' -> out.append(next);
          default -> out.append(c).append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The index in the literal of the first backslash starting an invalid escape, if any. */
  static OptionalInt firstBadEscape(String literal, int from) {
    for (int i = from; i < literal.length() - 1; i++) {
      if (literal.charAt(i) == '\\') {
        char next = literal.charAt(i + 1);
        if ("ntr\"\\".indexOf(next) < 0) {
          return OptionalInt.of(i);
        }
        i++;
      }
    }
    return OptionalInt.empty();
  }

  /** A literal for the text: quoted, with the characters that need it escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** True when the literal's final quote is escaped (so it is not a closing quote). */
  private static boolean endsInEscape(String literal) {
    int backslashes = 0;
    for (int i = literal.length() - 2; i >= 1 && literal.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
