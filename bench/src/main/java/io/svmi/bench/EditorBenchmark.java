package io.svmi.bench;

import io.svmi.lsp.SvmiLanguageServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The language server's diagnostics after a one-character edit of the bundled SVMI model, warm:
 * the edit as the editor sends it (incremental), the new text compiled and its diagnostics
 * converted and published (to a client that keeps the last). Sampled, so that the report has the
 * median (p0.50) and the tail. Alternately inserts and deletes a letter in a question's text, so
 * the document stays the same size; the setup fails unless the edit gives the diagnostics expected.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class EditorBenchmark {
  static final String URI = "file:///bench/svmi.svmi";

  private final Client client = new Client();
  private TextDocumentService documents;
  private Position at;
  private int version = 1;
  private boolean inserted;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String text = Examples.text(Examples.SVMI);
    SvmiLanguageServer server = new SvmiLanguageServer();
    server.connect(client);
    server.initialize(new InitializeParams()).get();
    documents = server.getTextDocumentService();
    documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "svmi", version, text)));
    int offset = text.indexOf("Which contracts does") + 1;
    String before = text.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count();
    at = new Position(line, offset - before.lastIndexOf('\n') - 1);
    int warnings = client.last.getDiagnostics().size();
    edit();
    if (client.last.getDiagnostics().size() != warnings || client.last.getVersion() != version) {
      throw new IllegalStateException("an edit in a text changed the diagnostics: " + client.last);
    }
  }

  @Benchmark
  public PublishDiagnosticsParams oneCharacterEdit() {
    edit();
    return client.last;
  }

  private void edit() {
    version++;
    Range range = inserted ? new Range(at, new Position(at.getLine(), at.getCharacter() + 1)) : new Range(at, at);
    TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(range, inserted ? "" : "x");
    inserted = !inserted;
    documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, version), List.of(change)));
  }

  /** Keeps the last diagnostics published. */
  static final class Client implements LanguageClient {
    volatile PublishDiagnosticsParams last;

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      last = diagnostics;
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
