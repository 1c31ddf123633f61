package io.svmi.report;

import io.svmi.ShownText;

/**
 * Escaping for HTML and SVG (XML) text, the one place the module's markup escapes: for hosts that
 * put a report's texts into their own pages.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes text for element content and double- or single-quoted attribute values. Control
   * characters (XML forbids most of them, even as references) and bidirectional overrides (which
   * reorder what a reader sees) are shown as visible escapes ({@code \u001B}), as in text output.
   */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          if (ShownText.hidden(c, true)) {
            s.append(ShownText.visible(String.valueOf(c)));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
