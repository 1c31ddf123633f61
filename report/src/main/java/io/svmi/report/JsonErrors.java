package io.svmi.report;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON mistakes in the author's words, at the character that is wrong: the JSON parser's messages
 * name its own features ({@code JsonReadFeature.ALLOW_TRAILING_COMMA}) and point after a trailing
 * comma, at the bracket. Each known mistake gets a message, a hint and a place; anything else keeps
 * the parser's words without its feature names and character codes.
 */
final class JsonErrors {
  /** A mistake: what it is, how to fix it, and where (a character offset into the text, a length). */
  record Problem(String message, String hint, int offset, int length) {}

  private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)(.*)$", Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'", Pattern.DOTALL);
  /** A control character: "unquoted" inside a string, or between tokens. */
  private static final Pattern CONTROL = Pattern.compile("^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  /** A backslash before a character that is no escape: printable, or a control character by its code. */
  private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape (?:'(.)'|\\(CTRL-CHAR, code (\\d+)\\))");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");

  private static final String VALUES = "a string in double quotes, a number, an object, an array, true, false or null";

  private JsonErrors() {}

  /** The parser's message about the text, at {@code offset} (the parser's character offset). */
  static Problem describe(String parserMessage, String text, int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    Matcher m = UNEXPECTED.matcher(parserMessage);
    if (m.find()) {
      return unexpected(m.group(1).charAt(0), m.group(2), text, at);
    }
    m = TOKEN.matcher(parserMessage);
    if (m.find()) {
      String token = m.group(1);
      int start = text.lastIndexOf(token, at);
      return new Problem("'" + token + "' is not a JSON value", "write " + VALUES
          + (token.equals("NaN") || token.contains("Infinity") ? "; a number is finite" : ""),
          start >= 0 ? start : at, Math.max(1, token.length()));
    }
    m = CONTROL.matcher(parserMessage);
    if (m.find()) {
      int code = Integer.parseInt(m.group(2));
      if (m.group(1) == null) {
        // The parser stands after the character it refused.
        int where = at > 0 && text.charAt(at - 1) == code ? at - 1 : at;
        return new Problem(String.format("a control character (U+%04X) between JSON values", code),
            "remove it: only spaces, tabs and line breaks may stand between values", where, 1);
      }
      return new Problem(String.format("a control character (U+%04X) inside a string", code),
          code == '\t' ? "write a tab as \\t" : code == '\n' ? "write a line break as \\n"
              : String.format("write it as the escape \\u%04x, or leave it out", code), at, 1);
    }
    m = ESCAPE.matcher(parserMessage);
    if (m.find()) {
      String escape = m.group(1) != null ? "'\\" + m.group(1) + "'"
          : String.format("a backslash before U+%04X", Integer.parseInt(m.group(2)));
      return new Problem(escape + " is not a JSON escape",
          "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a backslash", Math.max(0, at - 1), 2);
    }
    m = CLOSE.matcher(parserMessage);
    if (m.find()) {
      return new Problem("'" + m.group(1) + "' closes nothing: every object and array is closed already",
          "remove it", at, 1);
    }
    if (parserMessage.startsWith("Unexpected end-of-input")) {
      return new Problem("the file ends before every object and array is closed",
          "add the missing '}' or ']' (or '\"' that ends a string)", at, 1);
    }
    if (parserMessage.contains("Leading zeroes not allowed")) {
      return new Problem("a number starts with 0", "write 1, not 01", at, 1);
    }
    return new Problem(withoutParserWords(parserMessage), "see docs/answers-format.md for the format", at, 1);
  }

  private static Problem unexpected(char c, String rest, String text, int at) {
    if (c == '}' || c == ']') {
      OptionalInt comma = previousComma(text, at);
      if (comma.isPresent()) {
        return new Problem("a comma after the last entry", "remove the comma after the last entry",
            comma.getAsInt(), 1);
      }
    }
    if (c == '\'') {
      return new Problem("JSON keys and strings go in double quotes, not single quotes",
          "write \"…\" instead of '…'", at, 1);
    }
    if (c == '/' || c == '#') {
      return new Problem("JSON has no comments", "remove the comment", at, 1);
    }
    String shown = c < ' ' ? String.format("U+%04X", (int) c) : "'" + c + "'";
    if (rest.contains("colon to separate")) {
      return new Problem("expected ':' between a key and its value, found " + shown, "write \"key\": \"value\"", at, 1);
    }
    if (rest.contains("comma to separate")) {
      return new Problem("expected ',' between two entries, found " + shown, "add a comma after the entry before it",
          at, 1);
    }
    if (rest.contains("double-quote to start field name")) {
      return new Problem("expected a key in double quotes, found " + shown, "write \"key\": \"value\"", at, 1);
    }
    if (rest.contains("hex-digit")) {
      return new Problem("a \\u escape takes four hex digits, found " + shown, "write four of 0-9 and a-f, such as \\u00e9",
          at, 1);
    }
    if (rest.contains("numeric value")) {
      return new Problem("a number is not finished where " + shown + " stands", "write a number such as 1, -2 or 0.5",
          at, 1);
    }
    if (rest.contains("valid value")) {
      return new Problem("expected a value, found " + shown, "write " + VALUES, at, 1);
    }
    return new Problem("unexpected " + shown, "see docs/answers-format.md for the format", at, 1);
  }

  /** The offset of the comma just before {@code at}, with only white space between. */
  private static OptionalInt previousComma(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ',') {
        return OptionalInt.of(i);
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /** The parser's message without its feature names, character codes and source descriptions. */
  static String withoutParserWords(String message) {
    String m = message.replaceAll(" \\(code \\d+\\)", "");
    for (String cut : new String[] {" (start marker at", "\n", ": enable `", " (not recognized as one since", "`"}) {
      int i = m.indexOf(cut);
      if (i >= 0) {
        m = m.substring(0, i);
      }
    }
    m = m.replaceAll("[A-Za-z]*Feature[A-Za-z_.]*", "").trim();
    return m.isEmpty() ? "the file is not valid JSON" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /**
   * The index in {@code text} of the first half of a UTF-16 pair that stands alone in the JSON
   * string starting at {@code start} (its opening quote), written raw or as a {@code \\u} escape;
   * empty when it has none.
   */
  static OptionalInt loneSurrogate(String text, int start) {
    int i = start + 1;
    int pendingHigh = -1;
    while (i < text.length()) {
      char c = text.charAt(i);
      int unit;
      int at = i;
      if (c == '"') {
        break;
      }
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        if (e == 'u' && i + 6 <= text.length()) {
          try {
            unit = Integer.parseInt(text.substring(i + 2, i + 6), 16);
          } catch (NumberFormatException ex) {
            unit = 'x';
          }
          i += 6;
        } else {
          unit = 'x';
          i += 2;
        }
      } else {
        unit = c;
        i++;
      }
      boolean high = unit >= 0xD800 && unit <= 0xDBFF;
      boolean low = unit >= 0xDC00 && unit <= 0xDFFF;
      if (pendingHigh >= 0 && !low) {
        return OptionalInt.of(pendingHigh);
      }
      if (low && pendingHigh < 0) {
        return OptionalInt.of(at);
      }
      pendingHigh = high ? at : -1;
    }
    return pendingHigh >= 0 ? OptionalInt.of(pendingHigh) : OptionalInt.empty();
  }
}
