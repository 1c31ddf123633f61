package io.svmi.lsp;

import io.svmi.lsp.Symbol.Kind;
import io.svmi.lsp.Symbol.Occurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Go to definition, find references and rename, over the ids of the {@link SyntaxIndex}. */
final class Navigation {
  /** An id as the grammar reads it: letters, digits, '_' and '-', not starting with a digit or '-', not ending in '-'. */
  private static final Pattern ID = Pattern.compile("[a-zA-Z_]([a-zA-Z0-9_-]*[a-zA-Z0-9_])?");

  private Navigation() {}

  static Optional<Location> definition(SyntaxIndex index, String uri, int offset) {
    return index.occurrenceAt(offset)
        .flatMap(o -> index.symbol(o.kind(), o.key()))
        .map(s -> new Location(uri, index.lines().range(s.idStart(), s.idEnd())));
  }

  static List<Location> references(SyntaxIndex index, String uri, int offset, boolean includeDeclaration) {
    List<Location> out = new ArrayList<>();
    index.occurrenceAt(offset).ifPresent(at -> {
      for (Occurrence o : index.occurrences(at.kind(), at.key())) {
        if (includeDeclaration || !o.declaration()) {
          out.add(new Location(uri, index.lines().range(o.start(), o.end())));
        }
      }
    });
    return out;
  }

  /** The id under the cursor when it can be renamed (a declared level, dimension, group, question or option). */
  static Optional<Occurrence> renamable(SyntaxIndex index, int offset) {
    return index.occurrenceAt(offset)
        .filter(o -> Symbol.renamable().contains(o.kind()))
        .filter(o -> index.symbol(o.kind(), o.key()).isPresent());
  }

  static Range range(SyntaxIndex index, Occurrence o) {
    return index.lines().range(o.start(), o.end());
  }

  /**
   * Every occurrence of the id renamed, or the reason it cannot be: the new name is not an id, or
   * another declaration of the same kind already has it.
   */
  static RenameOutcome rename(SyntaxIndex index, String uri, int offset, String newName) {
    Optional<Occurrence> at = renamable(index, offset);
    if (at.isEmpty()) {
      return RenameOutcome.refused("only a declared level, dimension, group, question or option id can be renamed");
    }
    if (!ID.matcher(newName).matches()) {
      return RenameOutcome.refused("'" + newName + "' is not an id: use letters, digits, '_' and '-', starting with a letter or '_'");
    }
    Occurrence o = at.get();
    String newKey = o.kind() == Kind.OPTION
        ? Symbol.optionKey(o.key().substring(0, o.key().indexOf('/')), newName)
        : newName;
    if (!newKey.equals(o.key()) && index.symbol(o.kind(), newKey).isPresent()) {
      return RenameOutcome.refused("there is already a " + o.kind().word() + " '" + newName + "'");
    }
    List<TextEdit> edits = new ArrayList<>();
    for (Occurrence each : index.occurrences(o.kind(), o.key())) {
      edits.add(new TextEdit(range(index, each), newName));
    }
    return new RenameOutcome(Optional.of(new WorkspaceEdit(Map.of(uri, edits))), Optional.empty());
  }

  record RenameOutcome(Optional<WorkspaceEdit> edit, Optional<String> refusal) {
    static RenameOutcome refused(String why) {
      return new RenameOutcome(Optional.empty(), Optional.of(why));
    }
  }
}
