package io.svmi.report;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Level;
import io.svmi.MaturityModel;
import org.jspecify.annotations.Nullable;

/**
 * The fast way a batch reads a line of JSONL: straight from its UTF-8 bytes, for the answers
 * objects a program writes (the documented keys, string values, no escapes). It reads a line only
 * when it is sure that {@link AnswersReader} would read the same assessment from it without a
 * problem; for anything else (an escape, a value that is not a string, a repeated or unknown key,
 * an unknown id, invalid JSON, a missing answer) it says nothing, and the batch reads the line
 * with {@link AnswersReader}, which reports every problem with its position. So a bad line is
 * always rejected with the same reasons, and a good line gives the same assessment either way (a
 * property test holds the two readers equal).
 *
 * <p>One per model; thread-safe (immutable).
 */
final class AnswersLine {
  private static final int SUBJECT = 0;
  private static final int ANSWERS = 1;
  private static final int TARGETS = 2;
  private static final int TARGET_ANSWERS = 3;
  private static final int OVERALL_TARGET = 4;
  private static final Ids KEYS =
      new Ids(new String[] {"subject", "answers", "targets", "targetAnswers", "overallTarget"});

  private final MaturityModel model;
  private final Ids questions;
  /** Each question's options, by the question's position in the model. */
  private final Ids[] options;
  private final Ids dimensions;
  private final Ids levels;

  AnswersLine(MaturityModel model) {
    this.model = model;
    this.questions = new Ids(model.questions().keySet().toArray(String[]::new));
    this.options = model.questions().values().stream()
        .map(q -> new Ids(q.options().keySet().toArray(String[]::new)))
        .toArray(Ids[]::new);
    this.dimensions = new Ids(model.dimensions().keySet().toArray(String[]::new));
    this.levels = new Ids(model.scale().levels().stream().map(Level::id).toArray(String[]::new));
  }

  /**
   * The assessment the line holds, or null when this reader is not sure (then {@link
   * AnswersReader} reads it). {@code end} is exclusive; the line has no line break.
   */
  @Nullable Assessment read(byte[] b, int start, int end) {
    Cursor c = new Cursor(b, start, end);
    Assessment.Builder builder = model.assessment();
    if (c.skip() != '{') {
      return null;
    }
    c.at++;
    boolean[] seen = new boolean[5];
    if (c.skip() == '}') {
      c.at++;
    } else {
      while (true) {
        int key = c.id(KEYS, -1);
        if (key < 0 || seen[key] || c.skip() != ':') {
          return null;   // unknown or repeated: AnswersReader says which
        }
        seen[key] = true;
        c.at++;
        if (key == SUBJECT) {
          String subject = c.text();
          if (subject == null) {
            return null;
          }
          builder.subject(subject);
        } else if (key == OVERALL_TARGET) {
          int level = c.id(levels, -1);
          if (level < 0) {
            return null;
          }
          builder.overallTarget(levels.ids[level]);
        } else if (!entries(c, builder, key)) {
          return null;
        }
        int next = c.skip();
        c.at++;
        if (next == '}') {
          break;
        }
        if (next != ',') {
          return null;
        }
      }
    }
    if (c.skip() != -1) {
      return null;   // more after the object
    }
    try {
      return builder.build();
    } catch (AssessmentException e) {
      return null;
    }
  }

  /** An object of ids to ids, each entry given to the builder; false when it is not one, or an id is unknown. */
  private boolean entries(Cursor c, Assessment.Builder builder, int which) {
    if (c.skip() != '{') {
      return false;
    }
    c.at++;
    if (c.skip() == '}') {
      c.at++;
      return true;
    }
    int expected = 0;   // files list the questions and dimensions in the model's order
    while (true) {
      int id = c.id(which == TARGETS ? dimensions : questions, expected);
      if (id < 0 || c.skip() != ':') {
        return false;
      }
      c.at++;
      expected = id + 1;
      if (which == TARGETS) {
        int level = c.id(levels, -1);
        if (level < 0) {
          return false;
        }
        builder.target(dimensions.ids[id], levels.ids[level]);
      } else {
        int option = c.id(options[id], -1);
        if (option < 0) {
          return false;
        }
        if (which == ANSWERS) {
          builder.answer(questions.ids[id], options[id].ids[option]);
        } else {
          builder.targetAnswer(questions.ids[id], options[id].ids[option]);
        }
      }
      int next = c.skip();
      c.at++;
      if (next == '}') {
        return true;
      }
      if (next != ',') {
        return false;
      }
    }
  }

  /** Ids and their UTF-8 bytes, found by their bytes: no string is made to look one up. */
  private static final class Ids {
    final String[] ids;
    final byte[][] bytes;
    /** Positions + 1 by hash, open addressing; empty for a few ids, which are searched in turn. */
    final int[] table;

    Ids(String[] ids) {
      this.ids = ids;
      this.bytes = new byte[ids.length][];
      for (int i = 0; i < ids.length; i++) {
        bytes[i] = ids[i].getBytes(UTF_8);
      }
      if (ids.length <= 8) {
        table = new int[0];
      } else {
        table = new int[Integer.highestOneBit(ids.length * 4 - 1) << 1];
        for (int i = 0; i < ids.length; i++) {
          int slot = hash(bytes[i], 0, bytes[i].length) & (table.length - 1);
          while (table[slot] != 0) {
            slot = (slot + 1) & (table.length - 1);
          }
          table[slot] = i + 1;
        }
      }
    }

    /** The position of the id in {@code b[from, to)}, trying {@code expected} first; -1 when unknown. */
    int find(byte[] b, int from, int to, int expected) {
      if (expected >= 0 && expected < ids.length && same(expected, b, from, to)) {
        return expected;
      }
      if (table.length == 0) {
        for (int i = 0; i < ids.length; i++) {
          if (same(i, b, from, to)) {
            return i;
          }
        }
        return -1;
      }
      for (int slot = hash(b, from, to) & (table.length - 1); table[slot] != 0; slot = (slot + 1) & (table.length - 1)) {
        if (same(table[slot] - 1, b, from, to)) {
          return table[slot] - 1;
        }
      }
      return -1;
    }

    private boolean same(int i, byte[] b, int from, int to) {
      byte[] id = bytes[i];
      return id.length == to - from && java.util.Arrays.equals(id, 0, id.length, b, from, to);
    }

    private static int hash(byte[] b, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      return h ^ (h >>> 16);
    }
  }

  /** Where the reader is in the line. */
  private static final class Cursor {
    final byte[] b;
    final int end;
    int at;

    Cursor(byte[] b, int start, int end) {
      this.b = b;
      this.at = start;
      this.end = end;
    }

    /** Skips JSON white space; the next byte, or -1 at the end. */
    int skip() {
      while (at < end) {
        byte x = b[at];
        if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
          return x;
        }
        at++;
      }
      return -1;
    }

    /** A string without escapes at the cursor that is one of {@code ids}: its position; else -1. */
    int id(Ids ids, int expected) {
      if (skip() != '"') {
        return -1;
      }
      int from = at + 1;
      int to = close(from);
      if (to < 0) {
        return -1;
      }
      at = to + 1;
      return ids.find(b, from, to, expected);
    }

    /** A string without escapes at the cursor (a subject); else null. */
    @Nullable String text() {
      if (skip() != '"') {
        return null;
      }
      int from = at + 1;
      int to = close(from);
      if (to < 0) {
        return null;
      }
      at = to + 1;
      boolean ascii = true;
      for (int i = from; i < to && ascii; i++) {
        ascii = b[i] >= 0;
      }
      if (ascii) {
        return new String(b, from, to - from, ISO_8859_1);
      }
      String s = new String(b, from, to - from, UTF_8);
      // A malformed sequence decodes to U+FFFD: leave the line to the reader of the whole text.
      return s.indexOf('\uFFFD') >= 0 ? null : s;
    }

    /** The closing quote of a string that starts at {@code from}; -1 for an escape, a control character or no end. */
    private int close(int from) {
      for (int i = from; i < end && i - from <= Answers.MAX_STRING; i++) {
        byte x = b[i];
        if (x == '"') {
          return i;
        }
        if (x == '\\' || (x >= 0 && x < 0x20)) {
          return -1;
        }
      }
      return -1;
    }
  }
}
