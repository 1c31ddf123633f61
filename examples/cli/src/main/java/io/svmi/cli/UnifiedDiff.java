package io.svmi.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (as {@code diff -u} prints it, three lines of context), for
 * {@code svmi fmt --diff}. The longest common subsequence of the lines, found by dynamic
 * programming on what lies between their common start and end; past a few million cells, the
 * changed middle is shown as one replacement.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 4_000_000;

  private UnifiedDiff() {}

  /** Empty when the texts are equal. */
  static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<char[]> ops = edits(a, b);   // ' ', '-', '+' with the line's index in a or b
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(name).append('\n').append("+++ ").append(name).append(" (formatted)\n");
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i)[0] == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while the next change is within twice the context.
      while (end < ops.size()) {
        if (ops.get(end)[0] != ' ') {
          end++;
          continue;
        }
        int next = end;
        while (next < ops.size() && ops.get(next)[0] == ' ') {
          next++;
        }
        if (next < ops.size() && next - end <= 2 * CONTEXT) {
          end = next;
        } else {
          end = Math.min(ops.size(), end + CONTEXT);
          break;
        }
      }
      hunk(out, ops.subList(start, end), a, b, ops, start);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<char[]> hunk, List<String> a, List<String> b, List<char[]> all, int from) {
    int aStart = 0;
    int bStart = 0;
    for (int k = 0; k < from; k++) {
      char op = all.get(k)[0];
      if (op != '+') {
        aStart++;
      }
      if (op != '-') {
        bStart++;
      }
    }
    int aCount = 0;
    int bCount = 0;
    for (char[] op : hunk) {
      aCount += op[0] != '+' ? 1 : 0;
      bCount += op[0] != '-' ? 1 : 0;
    }
    out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
    int ai = aStart;
    int bi = bStart;
    for (char[] op : hunk) {
      switch (op[0]) {
        case ' ' -> {
          out.append(' ').append(a.get(ai++)).append('\n');
          bi++;
        }
        case '-' -> out.append('-').append(a.get(ai++)).append('\n');
        default -> out.append('+').append(b.get(bi++)).append('\n');
      }
    }
  }

  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + (count == 1 ? "" : "," + count);
  }

  private static List<char[]> edits(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<char[]> ops = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      ops.add(new char[] {' '});
    }
    int n = a.size() - head - tail;
    int m = b.size() - head - tail;
    if ((long) n * m > MAX_CELLS) {
      for (int k = 0; k < n; k++) {
        ops.add(new char[] {'-'});
      }
      for (int k = 0; k < m; k++) {
        ops.add(new char[] {'+'});
      }
    } else {
      int[][] lcs = new int[n + 1][m + 1];
      for (int x = n - 1; x >= 0; x--) {
        for (int y = m - 1; y >= 0; y--) {
          lcs[x][y] = a.get(head + x).equals(b.get(head + y))
              ? lcs[x + 1][y + 1] + 1
              : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
        }
      }
      int x = 0;
      int y = 0;
      while (x < n || y < m) {
        if (x < n && y < m && a.get(head + x).equals(b.get(head + y))) {
          ops.add(new char[] {' '});
          x++;
          y++;
        } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
          ops.add(new char[] {'-'});
          x++;
        } else {
          ops.add(new char[] {'+'});
          y++;
        }
      }
    }
    for (int k = 0; k < tail; k++) {
      ops.add(new char[] {' '});
    }
    return ops;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
