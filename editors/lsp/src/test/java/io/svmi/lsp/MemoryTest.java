package io.svmi.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * The server keeps nothing per edit: over 10,000 one-character edits (every 50th followed by a hover
 * and a completion, which build the syntax index), the heap in use after a full collection does not
 * grow. Measures memory, not time.
 */
class MemoryTest {
  static final String URI = "file:///tmp/memory.svmi";

  @Test
  void memoryStaysSteadyOverTenThousandEdits() throws Exception {
    SvmiLanguageServer server = new SvmiLanguageServer();
    Client client = new Client();
    server.connect(client);
    server.initialize(new InitializeParams()).get();
    TextDocumentService documents = server.getTextDocumentService();
    String text = LanguageServerTest.MODEL;
    documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "svmi", 1, text)));
    Position at = LanguageServerTest.at(text, "Where are", 1);
    Position level = LanguageServerTest.at(text, "-> mid", 4);
    long afterWarmUp = 0;
    for (int edit = 1; edit <= 10_000; edit++) {
      boolean insert = edit % 2 == 1;
      Range range = insert ? new Range(at, at) : new Range(at, new Position(at.getLine(), at.getCharacter() + 1));
      documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, edit + 1),
          List.of(new TextDocumentContentChangeEvent(range, insert ? "x" : ""))));
      if (edit % 50 == 0) {
        documents.hover(new HoverParams(new TextDocumentIdentifier(URI), level)).get();
        documents.completion(new CompletionParams(new TextDocumentIdentifier(URI), level)).get();
      }
      if (edit == 1_000) {
        afterWarmUp = usedAfterGc();
      }
    }
    long atEnd = usedAfterGc();
    assertEquals(List.of(), client.last.getDiagnostics());
    assertEquals(10_001, client.last.getVersion());
    // Steady: at most 2 MiB more than after the first thousand edits (the documents are 1 KiB).
    assertTrue(atEnd - afterWarmUp < 2 * 1024 * 1024,
        "heap in use grew from " + afterWarmUp + " to " + atEnd + " bytes over 9,000 edits");
  }

  /** The heap in use after full collections, the least of a few (a collection may leave some garbage). */
  static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(20);
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  static final class Client extends QuietClient {
    volatile PublishDiagnosticsParams last;

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      last = diagnostics;
    }
  }
}
