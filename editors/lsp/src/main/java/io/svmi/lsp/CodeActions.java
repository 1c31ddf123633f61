package io.svmi.lsp;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.lsp.Symbol.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes: apply a "did you mean 'x'?" hint (the misspelt word replaced), and add a stub action
 * text for each step a W0302 warning reports missing.
 */
final class CodeActions {
  private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '([^']+)'\\?");
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  private static final String TO_REACH = " has no action text to reach ";

  private CodeActions() {}

  static List<CodeAction> at(SyntaxIndex index, String uri, List<Diagnostic> diagnostics, Range requested) {
    List<CodeAction> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.span().isEmpty() || !overlaps(LineMap.range(d.span().get()), requested)) {
        continue;
      }
      if (d.code() == DiagnosticCode.W0302) {
        addAction(index, uri, d).ifPresent(out::add);
        continue;
      }
      Optional<Matcher> hint = d.hint().map(DID_YOU_MEAN::matcher).filter(Matcher::find);
      if (hint.isPresent()) {
        replaceWord(index, uri, d, hint.get().group(1)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The word to replace: the whole span when it is one word, else the last word the message quotes
   * that stands in the span ("question 'A1' has no option 'wroks'": 'wroks').
   */
  private static Optional<CodeAction> replaceWord(SyntaxIndex index, String uri, Diagnostic d, String replacement) {
    Range span = LineMap.range(d.span().get());
    LineMap lines = index.lines();
    int start = lines.offset(span.getStart());
    int end = lines.offset(span.getEnd());
    String covered = lines.text().substring(start, end);
    int wordStart = -1;
    int wordEnd = -1;
    if (covered.matches("[^\\s]+")) {
      wordStart = start;
      wordEnd = end;
    } else {
      Matcher quoted = QUOTED.matcher(d.message());
      while (quoted.find()) {
        int at = wordIn(covered, quoted.group(1));
        if (at >= 0) {
          wordStart = start + at;
          wordEnd = wordStart + quoted.group(1).length();
        }
      }
    }
    if (wordStart < 0) {
      return Optional.empty();
    }
    CodeAction action = new CodeAction("Change to '" + replacement + "'");
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(DiagnosticsConversion.of(d, uri, lines)));
    action.setIsPreferred(true);
    action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(lines.range(wordStart, wordEnd), replacement)))));
    return Optional.of(action);
  }

  /** The last place the word stands whole in the text (not inside a longer word), or -1. */
  private static int wordIn(String text, String word) {
    int found = -1;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      boolean before = i == 0 || !idChar(text.charAt(i - 1));
      boolean after = i + word.length() >= text.length() || !idChar(text.charAt(i + word.length()));
      if (before && after) {
        found = i;
      }
    }
    return found;
  }

  private static boolean idChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  /** W0302: a stub {@code to <level> "…"} line for each missing step, before the question's '}'. */
  private static Optional<CodeAction> addAction(SyntaxIndex index, String uri, Diagnostic d) {
    int at = d.message().indexOf(TO_REACH);
    Matcher question = QUOTED.matcher(d.message());
    if (at < 0 || !question.find()) {
      return Optional.empty();
    }
    Optional<Symbol> q = index.symbol(Kind.QUESTION, question.group(1));
    if (q.isEmpty()) {
      return Optional.empty();
    }
    String names = d.message().substring(at + TO_REACH.length());
    List<Symbol> levels = new ArrayList<>();
    Optional<Symbol> whole = index.levelNamed(names);
    if (whole.isPresent()) {
      levels.add(whole.get());
    } else {
      for (String name : names.split(", ")) {
        index.levelNamed(name).ifPresent(levels::add);
      }
    }
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    LineMap lines = index.lines();
    int closing = q.get().end() - 1;   // the question's '}'
    int closingLine = lines.position(closing).getLine();
    String before = lines.text().substring(lines.lineStart(closingLine), closing);
    String questionLine = lines.line(lines.position(q.get().start()).getLine());
    String indent = questionLine.substring(0, questionLine.length() - questionLine.stripLeading().length()) + "  ";
    StringBuilder text = new StringBuilder();
    for (Symbol level : levels) {
      text.append(indent).append("to ").append(level.id()).append(" \"Describe the step to ")
          .append(level.name().replace("\\", "\\\\").replace("\"", "\\\"")).append(".\"\n");
    }
    TextEdit edit;
    if (before.isBlank()) {
      int lineStart = lines.lineStart(closingLine);
      edit = new TextEdit(lines.range(lineStart, lineStart), text.toString());
    } else {
      edit = new TextEdit(lines.range(closing, closing), "\n" + text + before.substring(0, before.length() - before.stripLeading().length()));
    }
    CodeAction action = new CodeAction(
        "Add an action text to reach " + String.join(", ", levels.stream().map(Symbol::name).toList()));
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(DiagnosticsConversion.of(d, uri, lines)));
    action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edit))));
    return Optional.of(action);
  }

  private static boolean overlaps(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
    return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
  }
}
