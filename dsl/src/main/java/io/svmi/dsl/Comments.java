package io.svmi.dsl;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import io.svmi.dsl.grammar.SvmiGrammarLexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * The comments of a file, attached to the elements they belong to: a comment on a line of its own
 * goes with the element after it; a comment at the end of a line goes with the element on that
 * line; comments after the last element stay at the end of the file.
 *
 * <p>The author's blank lines are kept the same way: a {@link #BLANK} entry among an element's
 * leading comments (or among the comments at the end) stands for one or more blank lines before
 * the comment or element that follows it. The printer decides which of them to print.
 */
final class Comments {
  /** A leading entry that stands for the blank lines before the next comment or element. */
  static final String BLANK = "";

  private final ListMultimap<String, String> leading = ArrayListMultimap.create();
  private final ListMultimap<String, String> trailing = ArrayListMultimap.create();
  private final List<String> end = new ArrayList<>();

  private Comments() {}

  static Comments none() {
    return new Comments();
  }

  static Comments of(Compilation compilation) {
    Comments comments = new Comments();
    List<Anchor> anchors = new ArrayList<>(compilation.anchors());
    anchors.sort(Comparator.comparingInt(Anchor::firstToken));
    ImmutableList<Token> tokens = compilation.tokens();
    Positions positions = compilation.positions();
    Map<Integer, Anchor> byFirstToken = new HashMap<>();
    anchors.forEach(a -> byFirstToken.putIfAbsent(a.firstToken(), a));
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() != SvmiGrammarLexer.COMMENT) {
        Anchor starting = byFirstToken.get(i);
        if (starting != null && blankLineBefore(tokens, positions, i)) {
          comments.leading.put(starting.key(), BLANK);
        }
        continue;
      }
      String text = t.getText().stripTrailing();
      @Nullable Token before = i > 0 ? tokens.get(i - 1) : null;
      boolean endOfLine =
          before != null
              && before.getType() != SvmiGrammarLexer.COMMENT
              && positions.line(positions.offset(before.getStopIndex())) == positions.line(positions.offset(t.getStartIndex()));
      if (endOfLine) {
        Anchor owner = owner(anchors, i - 1);
        if (owner != null) {
          comments.trailing.put(owner.key(), text);
          continue;
        }
      }
      boolean blank = blankLineBefore(tokens, positions, i);
      Anchor next = next(anchors, i);
      if (next != null) {
        if (blank) {
          comments.leading.put(next.key(), BLANK);
        }
        comments.leading.put(next.key(), text);
      } else {
        if (blank) {
          comments.end.add(BLANK);
        }
        comments.end.add(text);
      }
    }
    return comments;
  }

  /** True when at least one blank line separates the token from the one before it. */
  private static boolean blankLineBefore(List<Token> tokens, Positions positions, int i) {
    if (i == 0) {
      return false;
    }
    int previousLine = positions.line(positions.offset(tokens.get(i - 1).getStopIndex()));
    return positions.line(positions.offset(tokens.get(i).getStartIndex())) - previousLine >= 2;
  }

  /** The anchor holding the token (anchors are sorted and do not overlap). */
  private static @Nullable Anchor owner(List<Anchor> anchors, int token) {
    int i = firstAfter(anchors, token) - 1;
    return i >= 0 && anchors.get(i).lastToken() >= token ? anchors.get(i) : null;
  }

  /** The first anchor starting after the token. */
  private static @Nullable Anchor next(List<Anchor> anchors, int token) {
    int i = firstAfter(anchors, token);
    return i < anchors.size() ? anchors.get(i) : null;
  }

  private static int firstAfter(List<Anchor> anchors, int token) {
    int lo = 0;
    int hi = anchors.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (anchors.get(mid).firstToken() <= token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  List<String> leading(String key) {
    return leading.get(key);
  }

  List<String> trailing(String key) {
    return trailing.get(key);
  }

  List<String> end() {
    return end;
  }

  /** Every key that has comments, for the printer to find comments it did not place. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    leading.keySet().stream().filter(k -> leading.get(k).stream().anyMatch(c -> !c.equals(BLANK))).forEach(keys::add);
    trailing.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    return keys;
  }
}
