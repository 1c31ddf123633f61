package io.svmi.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jspecify.annotations.Nullable;

/**
 * The svmi language server. Connect it to a client with {@link SvmiLsp#serve}, or in process with
 * LSP4J's launcher and {@link #connect}. One server serves one client.
 */
public final class SvmiLanguageServer implements LanguageServer, LanguageClientAware {
  private volatile @Nullable LanguageClient client;
  private final SvmiTextDocumentService documents =
      new SvmiTextDocumentService(params -> {
        LanguageClient c = client;
        if (c != null) {
          c.publishDiagnostics(params);
        }
      });
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private volatile boolean shutdown;

  public SvmiLanguageServer() {}

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities c = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    c.setTextDocumentSync(sync);
    c.setHoverProvider(true);
    c.setDefinitionProvider(true);
    c.setReferencesProvider(true);
    c.setRenameProvider(new RenameOptions(true));
    c.setCompletionProvider(new CompletionOptions(false, List.of(">", "=", ",")));
    c.setDocumentSymbolProvider(true);
    c.setDocumentFormattingProvider(true);
    c.setCodeActionProvider(Either.forRight(new CodeActionOptions(List.of(CodeActionKind.QuickFix))));
    return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("svmi", version())));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  /** Ends the session: status 0 after a shutdown request, 1 without (as the protocol asks). */
  @Override
  public void exit() {
    exited.complete(shutdown ? 0 : 1);
  }

  /** Completes with the exit status when the client sends {@code exit}. */
  CompletableFuture<Integer> exited() {
    return exited;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {}

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {}
    };
  }

  private static String version() {
    String v = SvmiLanguageServer.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
