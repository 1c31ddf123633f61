package io.svmi.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** How the module writes JSON (the answers file and the JSON plan): two-space indents, "key": value. */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private Json() {}

  /** A pretty-printing generator over {@code out}; closing it flushes but does not close {@code out}. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(INDENT)
            .withObjectIndenter(INDENT));
    return g;
  }

  /**
   * A generator of compact JSON (no spaces, no line breaks) in UTF-8 over {@code out}, for JSON
   * Lines; closing it flushes but does not close {@code out}.
   */
  static JsonGenerator compactGenerator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new MinimalPrettyPrinter(""));
    return g;
  }

  /** Writes one JSON document. */
  @FunctionalInterface
  interface Document {
    void write(JsonGenerator g) throws IOException;
  }

  /** A document as pretty-printed text, ending with a line break. */
  static String text(Document document) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = generator(out)) {
      document.write(g);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("writing to a string cannot fail", e);
    }
    return out + "\n";
  }

  /** A {@link Writer} onto any {@link Appendable} (the renderers' target). */
  static Writer writer(Appendable out) {
    if (out instanceof Writer w) {
      return w;
    }
    return new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
