package io.svmi.dsl;

import java.util.ArrayList;
import java.util.List;

/** Fenced code blocks of a Markdown file, with their language and where they start. */
final class DocBlocks {
  private DocBlocks() {}

  record Block(String language, String text, int line, String section) {}

  static List<Block> of(String markdown) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    String section = "";
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("#")) {
        section = lines[i];
      }
      if (lines[i].startsWith("```") && lines[i].length() > 3) {
        String language = lines[i].substring(3).strip();
        StringBuilder text = new StringBuilder();
        int start = i + 1;
        for (i++; i < lines.length && !lines[i].equals("```"); i++) {
          text.append(lines[i]).append('\n');
        }
        blocks.add(new Block(language, text.toString(), start, section));
      }
    }
    return blocks;
  }
}
