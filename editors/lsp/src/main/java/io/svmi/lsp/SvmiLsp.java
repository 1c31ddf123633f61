package io.svmi.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the svmi language server over a pair of streams: what {@code svmi lsp} does on stdin and stdout. */
public final class SvmiLsp {
  private SvmiLsp() {}

  /**
   * Serves one client until it sends {@code exit} or closes the input. Nothing else may write to
   * {@code out}.
   *
   * @return the exit status: 0 after {@code shutdown} and {@code exit}, 1 otherwise
   */
  public static int serve(InputStream in, OutputStream out) {
    SvmiLanguageServer server = new SvmiLanguageServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    Thread watcher = new Thread(() -> {
      try {
        listening.get();
      } catch (InterruptedException | java.util.concurrent.CancellationException e) {
        // Cancelled when the session ends.
      } catch (ExecutionException e) {
        // The input failed: the session is over.
      }
      closed.complete(1);
    }, "svmi-lsp-input");
    watcher.setDaemon(true);
    watcher.start();
    try {
      return (Integer) CompletableFuture.anyOf(server.exited(), closed).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (ExecutionException e) {
      return 1;
    } finally {
      listening.cancel(true);
    }
  }
}
