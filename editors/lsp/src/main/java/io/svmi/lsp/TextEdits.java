package io.svmi.lsp;

import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies the protocol's incremental changes to a text. */
final class TextEdits {
  private TextEdits() {}

  static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
    String current = text;
    for (TextDocumentContentChangeEvent change : changes) {
      if (change.getRange() == null) {
        current = change.getText();
        continue;
      }
      LineMap lines = new LineMap(current);
      int start = lines.offset(change.getRange().getStart());
      int end = Math.max(start, lines.offset(change.getRange().getEnd()));
      current = current.substring(0, start) + change.getText() + current.substring(end);
    }
    return current;
  }
}
