package io.svmi.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP4J client talking to a real {@link SvmiLsp#serve} over pipes, in this process: every
 * request and notification goes through JSON-RPC as with an editor.
 */
final class TestClient extends QuietClient implements AutoCloseable {
  final LanguageServer server;
  private final Map<String, BlockingQueue<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
  private final CompletableFuture<Integer> status;
  private final Pipe toServer = new Pipe();
  private int version = 1;

  TestClient() {
    try {
      Pipe fromServer = new Pipe();
      status = new CompletableFuture<>();
      Thread serving = new Thread(() -> status.complete(SvmiLsp.serve(toServer.in, fromServer.out)), "svmi-lsp-test-server");
      serving.setDaemon(true);
      serving.start();
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, fromServer.in, toServer.out);
      launcher.startListening();
      server = launcher.getRemoteProxy();
      InitializeResult init = server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
      if (init.getCapabilities() == null) {
        throw new IllegalStateException("no capabilities");
      }
      server.initialized(new InitializedParams());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static ClientCapabilities capabilities() {
    return new ClientCapabilities();
  }

  void open(String uri, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "svmi", version, text)));
  }

  /** Replaces a range (0-based lines and characters) with a text, as an editor sends a keystroke. */
  void change(String uri, int line, int from, int to, String text) {
    version++;
    TextDocumentContentChangeEvent change =
        new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(line, to)), text);
    server.getTextDocumentService().didChange(
        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
  }

  void save(String uri) {
    server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  /** The next diagnostics published for the document, waiting for them. */
  List<Diagnostic> diagnostics(String uri) {
    try {
      PublishDiagnosticsParams p = queue(uri).poll(30, TimeUnit.SECONDS);
      if (p == null) {
        throw new AssertionError("no diagnostics published for " + uri);
      }
      return p.getDiagnostics();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private BlockingQueue<PublishDiagnosticsParams> queue(String uri) {
    return published.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>());
  }

  static <T> T get(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
    queue(diagnostics.getUri()).add(diagnostics);
  }

  /** Shuts the server down as an editor does; returns its exit status. */
  int shutdown() {
    get(server.shutdown());
    server.exit();
    try {
      return status.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (!status.isDone()) {
      shutdown();
    }
    try {
      toServer.out.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
