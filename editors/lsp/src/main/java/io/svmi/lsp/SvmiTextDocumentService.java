package io.svmi.lsp;

import io.svmi.dsl.FormatResult;
import io.svmi.dsl.Svmi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text document half of the server: keeps the open documents, publishes their diagnostics on
 * every change (and their failing examples on save), and answers the feature requests. Requests
 * are answered on the thread that reads the messages, in order, so a request always sees the
 * changes sent before it.
 */
final class SvmiTextDocumentService implements TextDocumentService {
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  private final Consumer<PublishDiagnosticsParams> publisher;

  SvmiTextDocumentService(Consumer<PublishDiagnosticsParams> publisher) {
    this.publisher = publisher;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var doc = params.getTextDocument();
    update(new OpenDocument(doc.getUri(), doc.getVersion(), doc.getText()));
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument old = documents.get(uri);
    if (old == null) {
      return;
    }
    String text = TextEdits.apply(old.text(), params.getContentChanges());
    update(new OpenDocument(uri, params.getTextDocument().getVersion(), text));
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.remove(uri);
    publisher.accept(new PublishDiagnosticsParams(uri, List.of()));
  }

  /** On save, the file's examples run: each expectation a failing one does not meet is an error at its line. */
  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    OpenDocument doc = documents.get(params.getTextDocument().getUri());
    if (doc == null) {
      return;
    }
    List<Diagnostic> all = new ArrayList<>(doc.diagnostics());
    doc.result().model().ifPresent(model -> all.addAll(DiagnosticsConversion.failingExamples(model)));
    publisher.accept(new PublishDiagnosticsParams(doc.uri(), all, doc.version()));
  }

  private void update(OpenDocument doc) {
    documents.put(doc.uri(), doc);
    publisher.accept(new PublishDiagnosticsParams(doc.uri(), doc.diagnostics(), doc.version()));
  }

  Optional<OpenDocument> document(String uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  private OpenDocument require(TextDocumentIdentifier id) {
    OpenDocument doc = documents.get(id.getUri());
    if (doc == null) {
      throw new ResponseErrorException(
          new ResponseError(ResponseErrorCode.InvalidParams, "the document is not open: " + id.getUri(), null));
    }
    return doc;
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    OpenDocument doc = require(params.getTextDocument());
    SyntaxIndex index = doc.index();
    return CompletableFuture.completedFuture(
        Hovers.at(index, index.lines().offset(params.getPosition())).orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
    OpenDocument doc = require(params.getTextDocument());
    SyntaxIndex index = doc.index();
    List<Location> found = Navigation.definition(index, doc.uri(), index.lines().offset(params.getPosition()))
        .map(List::of).orElse(List.of());
    return CompletableFuture.completedFuture(Either.forLeft(found));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    OpenDocument doc = require(params.getTextDocument());
    SyntaxIndex index = doc.index();
    boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
    return CompletableFuture.completedFuture(
        Navigation.references(index, doc.uri(), index.lines().offset(params.getPosition()), declaration));
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams params) {
    OpenDocument doc = require(params.getTextDocument());
    SyntaxIndex index = doc.index();
    return CompletableFuture.completedFuture(
        Navigation.renamable(index, index.lines().offset(params.getPosition()))
            .map(o -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forFirst(Navigation.range(index, o)))
            .orElse(null));
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    OpenDocument doc = require(params.getTextDocument());
    SyntaxIndex index = doc.index();
    Navigation.RenameOutcome outcome =
        Navigation.rename(index, doc.uri(), index.lines().offset(params.getPosition()), params.getNewName());
    if (outcome.refusal().isPresent()) {
      throw new ResponseErrorException(
          new ResponseError(ResponseErrorCode.InvalidParams, outcome.refusal().get(), null));
    }
    return CompletableFuture.completedFuture(outcome.edit().orElseThrow());
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    OpenDocument doc = require(params.getTextDocument());
    SyntaxIndex index = doc.index();
    return CompletableFuture.completedFuture(
        Either.forLeft(Completions.at(index, index.lines().offset(params.getPosition()))));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    OpenDocument doc = require(params.getTextDocument());
    List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
    Outline.of(doc.index()).forEach(s -> out.add(Either.forRight(s)));
    return CompletableFuture.completedFuture(out);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    OpenDocument doc = require(params.getTextDocument());
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    CodeActions.at(doc.index(), doc.uri(), doc.result().diagnostics(), params.getRange())
        .forEach(a -> out.add(Either.forRight(a)));
    return CompletableFuture.completedFuture(out);
  }

  /** The canonical form of {@code svmi fmt}, as one edit; none for a file with errors (it cannot be formatted). */
  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    OpenDocument doc = require(params.getTextDocument());
    FormatResult result = Svmi.format(doc.sourceName(), doc.text());
    if (result.hasErrors() || result.isUnchanged()) {
      return CompletableFuture.completedFuture(List.of());
    }
    LineMap lines = doc.lines();
    Range all = lines.range(0, lines.text().length());
    return CompletableFuture.completedFuture(List.of(new TextEdit(all, result.formatted().orElseThrow())));
  }
}
