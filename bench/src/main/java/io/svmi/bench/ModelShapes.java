package io.svmi.bench;

import java.util.List;

/**
 * Rules files of extreme shapes, each about as large as asked: many levels (with many one-option
 * questions, the shape that once exhausted memory), many questions, many options, many actions,
 * many dimensions, many groups. Each compiles without error; {@link MemoryShapes} measures what a
 * compiled model of each retains per byte of its file.
 */
final class ModelShapes {
  /** A named rules file. */
  record Shape(String name, String text) {}

  private ModelShapes() {}

  /** Every shape, each about {@code bytes} long. */
  static List<Shape> all(int bytes) {
    return List.of(
        new Shape("many levels, many one-option questions", manyLevels(bytes / 40, bytes / 75)),
        new Shape("many questions", manyQuestions(bytes / 70)),
        new Shape("many options", manyOptions(bytes / 40)),
        new Shape("many actions", manyActions(bytes / 40)),
        new Shape("many dimensions", manyDimensions(bytes / 70)),
        new Shape("many groups", manyGroups(bytes / 110)));
  }

  private static StringBuilder header(StringBuilder s, int levels) {
    s.append("model \"Shape\"\n\nlevels {\n");
    for (int l = 0; l < levels; l++) {
      s.append("  l").append(l).append(" \"L\"\n");
    }
    return s.append("}\n\nrules {\n  unanswered = l0\n}\n");
  }

  /** {@code levels} levels and {@code questions} questions of one option at the top level. */
  static String manyLevels(int levels, int questions) {
    StringBuilder s = header(new StringBuilder(), levels);
    s.append("\ndimension D \"D\" {\n");
    for (int q = 0; q < questions; q++) {
      s.append("  question q").append(q).append(" \"Q\" { option o \"O\" -> l").append(levels - 1).append(" }\n");
    }
    return s.append("}\n").toString();
  }

  /** Two levels and {@code questions} questions of two options, in one dimension. */
  static String manyQuestions(int questions) {
    StringBuilder s = header(new StringBuilder(), 2);
    s.append("\ndimension D \"D\" {\n");
    for (int q = 0; q < questions; q++) {
      s.append("  question q").append(q).append(" \"Q\" { option a \"A\" -> l0 option b \"B\" -> l1 }\n");
    }
    return s.append("}\n").toString();
  }

  /** Two levels and one question of {@code options} options. */
  static String manyOptions(int options) {
    StringBuilder s = header(new StringBuilder(), 2);
    s.append("\ndimension D \"D\" {\n  question q \"Q\" {\n");
    for (int o = 0; o < options; o++) {
      s.append("    option o").append(o).append(" \"O\" -> l").append(o % 2).append('\n');
    }
    return s.append("  }\n}\n").toString();
  }

  /** {@code actions} levels and one question with an action to each level above the lowest. */
  static String manyActions(int actions) {
    StringBuilder s = header(new StringBuilder(), actions / 2);
    s.append("\ndimension D \"D\" {\n  question q \"Q\" {\n    option o \"O\" -> l0\n");
    for (int l = 1; l < actions / 2; l++) {
      s.append("    to l").append(l).append(" \"T\"\n");
    }
    return s.append("  }\n}\n").toString();
  }

  /** Two levels and {@code dimensions} dimensions of one question. */
  static String manyDimensions(int dimensions) {
    StringBuilder s = header(new StringBuilder(), 2);
    for (int d = 0; d < dimensions; d++) {
      s.append("dimension D").append(d).append(" \"D\" { question q").append(d)
          .append(" \"Q\" { option o \"O\" -> l1 } }\n");
    }
    return s.toString();
  }

  /** Two levels with thresholds and {@code groups} groups of one dimension of one question. */
  static String manyGroups(int groups) {
    StringBuilder s = new StringBuilder("model \"Shape\"\n\nlevels {\n  l0 \"L0\" from 0\n  l1 \"L1\" from 1\n}\n\n");
    s.append("rules {\n  dimension level = mean of questions\n  group level = mean of dimensions\n")
        .append("  overall level = mean of groups\n}\n");
    for (int g = 0; g < groups; g++) {
      s.append("group g").append(g).append(" \"G\" { dimension D").append(g).append(" \"D\" { question q").append(g)
          .append(" \"Q\" at l1 { option o \"O\" -> 1 to l1 \"T\" } } }\n");
    }
    return s.toString();
  }
}
