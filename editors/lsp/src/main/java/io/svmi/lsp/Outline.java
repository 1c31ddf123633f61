package io.svmi.lsp;

import io.svmi.dsl.grammar.SvmiGrammarParser;
import io.svmi.lsp.Symbol.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline of a rules file: the levels (under one "levels" entry), the groups with their
 * dimensions, the dimensions with their questions and the questions with their options, and the
 * examples.
 */
final class Outline {
  private Outline() {}

  static List<DocumentSymbol> of(SyntaxIndex index) {
    List<DocumentSymbol> out = new ArrayList<>();
    List<Symbol> levels = index.symbols(Kind.LEVEL);
    for (SvmiGrammarParser.DeclarationContext d : index.tree().declaration()) {
      if (d.levelsBlock() != null && !levels.isEmpty()) {
        DocumentSymbol block = new DocumentSymbol("levels", SymbolKind.Namespace,
            index.lines().range(index.lines().start(d.getStart()), index.lines().end(d.getStop())),
            index.lines().range(d.getStart()));
        block.setChildren(levels.stream().map(l -> symbol(index, l, SymbolKind.EnumMember)).toList());
        out.add(block);
        break;
      }
    }
    List<Symbol> languages = index.symbols(Kind.LANGUAGE);
    for (SvmiGrammarParser.DeclarationContext d : index.tree().declaration()) {
      if (d.languagesBlock() != null && !languages.isEmpty()) {
        out.add(block(index, d, "languages", languages.stream().map(l -> symbol(index, l, SymbolKind.Constant)).toList()));
        break;
      }
    }
    for (Symbol set : index.symbols(Kind.ANSWER_SET)) {
      DocumentSymbol answers = symbol(index, set, SymbolKind.Enum);
      answers.setChildren(index.options("@" + set.id()).stream().map(o -> symbol(index, o, SymbolKind.EnumMember)).toList());
      out.add(answers);
    }
    for (SvmiGrammarParser.DeclarationContext d : index.tree().declaration()) {
      if (d.translationDecl() != null && d.translationDecl().language != null) {
        out.add(block(index, d, "translation " + d.translationDecl().language.getText(), List.of()));
      }
    }
    for (Symbol g : index.symbols(Kind.GROUP)) {
      DocumentSymbol group = symbol(index, g, SymbolKind.Package);
      group.setChildren(index.symbols(Kind.DIMENSION).stream()
          .filter(dim -> dim.container().equals(Optional.of(g.id())))
          .map(dim -> dimension(index, dim)).toList());
      out.add(group);
    }
    for (Symbol dim : index.symbols(Kind.DIMENSION)) {
      if (dim.container().isEmpty()) {
        out.add(dimension(index, dim));
      }
    }
    for (Symbol p : index.symbols(Kind.PROFILE)) {
      out.add(symbol(index, p, SymbolKind.Constant));
    }
    for (Symbol e : index.symbols(Kind.EXAMPLE)) {
      out.add(symbol(index, e, SymbolKind.Event));
    }
    return out;
  }

  /** A block with no id of its own ({@code languages}, a translation), over its whole declaration. */
  private static DocumentSymbol block(SyntaxIndex index, SvmiGrammarParser.DeclarationContext d, String name,
      List<DocumentSymbol> children) {
    DocumentSymbol block = new DocumentSymbol(name, SymbolKind.Namespace,
        index.lines().range(index.lines().start(d.getStart()), index.lines().end(d.getStop())),
        index.lines().range(d.getStart()));
    block.setChildren(children);
    return block;
  }

  private static DocumentSymbol dimension(SyntaxIndex index, Symbol dim) {
    DocumentSymbol d = symbol(index, dim, SymbolKind.Module);
    d.setChildren(index.symbols(Kind.QUESTION).stream()
        .filter(q -> q.container().equals(Optional.of(dim.id())))
        .map(q -> {
          DocumentSymbol question = symbol(index, q, SymbolKind.Field);
          question.setChildren(index.options(q.id()).stream().map(o -> symbol(index, o, SymbolKind.EnumMember)).toList());
          return question;
        })
        .toList());
    return d;
  }

  private static DocumentSymbol symbol(SyntaxIndex index, Symbol s, SymbolKind kind) {
    Range whole = index.lines().range(s.start(), Math.max(s.end(), s.idEnd()));
    Range id = index.lines().range(s.idStart(), s.idEnd());
    DocumentSymbol d = new DocumentSymbol(s.kind() == Kind.EXAMPLE ? "example \"" + s.name() + "\"" : s.id(), kind, whole, id);
    if (s.kind() != Kind.EXAMPLE && !s.name().isEmpty()) {
      d.setDetail(s.name());
    }
    return d;
  }
}
