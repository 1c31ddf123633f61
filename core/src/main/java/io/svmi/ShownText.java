package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Input shown to a person: in a message, on a terminal, in a plain-text or Markdown document.
 * Control characters (C0 and C1, DEL), bidirectional overrides and isolates, and line and
 * paragraph separators are shown as visible escapes ({@code \u001B}), so that a terminal escape or a
 * right-to-left override in a file cannot rewrite what the reader sees; a piece of input quoted
 * in a message is cut, with an ellipsis, so that a 4 MB token gives a short line.
 */
public final class ShownText {
  /** The most characters of a piece of input a message quotes. */
  public static final int MAX_QUOTED = 64;

  private ShownText() {}

  /**
   * The text with every character that a terminal or a reader would not show as written escaped
   * as {@code \\uXXXX}; line breaks and tabs are kept when {@code keepLayout} is set.
   */
  public static String visible(String text, boolean keepLayout) {
    checkNotNull(text, "text");
    int i = 0;
    while (i < text.length() && !hidden(text.charAt(i), keepLayout)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (hidden(c, keepLayout)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text on one line, every control character escaped ({@link #visible}). */
  public static String visible(String text) {
    return visible(text, false);
  }

  /** True for a character escaped when shown. */
  public static boolean hidden(char c, boolean keepLayout) {
    if (keepLayout && (c == '\n' || c == '\t')) {
      return false;
    }
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x200E || c == 0x200F || c == 0x061C // marks
        || c == 0x2028 || c == 0x2029; // line and paragraph separators
  }

  /** A piece of input in single quotes, cut past {@link #MAX_QUOTED} characters, escaped. */
  public static String quoted(String input) {
    return quoted(input, MAX_QUOTED);
  }

  /** A piece of input in single quotes, cut past {@code max} characters with an ellipsis, escaped. */
  public static String quoted(String input, int max) {
    return "'" + shortened(input, max) + "'";
  }

  /** At most {@code max} characters of the input (and an ellipsis when cut), escaped. */
  public static String shortened(String input, int max) {
    checkNotNull(input, "input");
    checkArgument(max >= 1, "max must be at least 1: %s", max);
    if (input.length() <= max) {
      return visible(input);
    }
    int end = max;
    if (Character.isHighSurrogate(input.charAt(end - 1))) {
      end--;
    }
    return visible(input.substring(0, end)) + "…";
  }
}
