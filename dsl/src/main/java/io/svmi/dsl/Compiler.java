package io.svmi.dsl;

import com.google.common.collect.ImmutableList;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Diagnostics;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.ModelBuilder.Incomplete;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import io.svmi.dsl.grammar.SvmiGrammarParser;
import io.svmi.dsl.grammar.SvmiGrammarParser.FileContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The pipeline behind {@link Svmi#compile}: size limit, tokens and lexical errors, nesting limit,
 * parse (SLL first, full LL only when SLL fails), then {@link ModelReader} and core's checks.
 * Collects every diagnostic and caps the count. After a syntax error the reader skips what the
 * parser could not read whole, and tells core's checks that declarations are missing ({@link
 * ModelBuilder#incomplete}), so that no consequence of the error is reported as a problem of its own.
 */
final class Compiler {
  private Compiler() {}

  static Compilation compile(String sourceName, String text, CompileOptions options) {
    return compile(sourceName, text, options, List.of());
  }

  /**
   * Compiles a model and the translation files beside it ({@code translations}: files of
   * {@code translation} blocks only, E0235 otherwise), whose texts join the model's.
   */
  static Compilation compile(String sourceName, String text, CompileOptions options, List<SourceText> translations) {
    SourceText source = SourceText.of(sourceName, text);
    Positions positions = new Positions(sourceName, text);
    long bytes = utf8Length(text);
    if (bytes > options.maxInputBytes()) {
      return failed(tooLarge(sourceName, bytes, options), source, positions);
    }
    Parsed parsed = parse(sourceName, text, positions, options);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.tree() == null) {
      return failed(capped(diagnostics, options), source, positions);
    }
    boolean broken = !diagnostics.isEmpty();

    ModelBuilder builder = MaturityModel.builder();
    ModelReader reader = new ModelReader(positions, builder, broken);
    reader.visit(parsed.tree());
    diagnostics.addAll(reader.diagnostics());
    for (SourceText file : translations) {
      diagnostics.addAll(readTranslations(file, builder, options));
    }
    if (Diagnostics.hasErrors(diagnostics)) {
      // The parser or the reader skipped something: core reports nothing that could explain.
      builder.incomplete(
          (broken || reader.refusedAThreshold()) && reader.levelsIncomplete() ? Incomplete.LEVELS : Incomplete.DECLARATIONS,
          diagnostics);
      diagnostics.clear();   // the builder's result has them
    }
    ModelResult checked = builder.check();
    diagnostics.addAll(checked.diagnostics());
    ImmutableList<Diagnostic> all = capped(diagnostics, options);
    Optional<MaturityModel> model = Diagnostics.hasErrors(all) ? Optional.empty() : checked.model();
    return new Compilation(
        new ModelResult(model, all, Optional.of(source)),
        parsed.tokens(),
        ImmutableList.copyOf(reader.anchors()),
        positions);
  }

  /** Reads a translation file's blocks into the builder; its problems, positioned in it. */
  private static List<Diagnostic> readTranslations(SourceText file, ModelBuilder builder, CompileOptions options) {
    long bytes = utf8Length(file.text());
    if (bytes > options.maxInputBytes()) {
      return tooLarge(file.name(), bytes, options);
    }
    Positions positions = new Positions(file.name(), file.text());
    Parsed parsed = parse(file.name(), file.text(), positions, options);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.tree() != null) {
      ModelReader reader = ModelReader.ofTranslations(positions, builder);
      reader.visit(parsed.tree());
      diagnostics.addAll(reader.diagnostics());
    }
    return diagnostics;
  }

  /** A parse: the tree (null when parsing stopped), every token, and the problems found. */
  private record Parsed(@Nullable FileContext tree, ImmutableList<Token> tokens, List<Diagnostic> diagnostics) {}

  /** Tokens and lexical errors, nesting limit, then the parse (SLL first, full LL only when SLL fails). */
  private static Parsed parse(String sourceName, String text, Positions positions, CompileOptions options) {
    TokenScan.Result scan = TokenScan.scan(text, positions, options);
    List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
    if (scan.stop()) {
      return new Parsed(null, ImmutableList.of(), diagnostics);
    }
    CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(scan.tokens(), sourceName));
    tokens.fill();
    SvmiGrammarParser parser = new SvmiGrammarParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    FileContext tree;
    SyntaxErrorStrategy strategy = new SyntaxErrorStrategy(positions, options.maxErrors(), scan.unterminatedAt());
    try {
      tree = parser.file();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.setErrorHandler(strategy);
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      try {
        tree = parser.file();
      } catch (SyntaxErrorStrategy.StopParsing stop) {
        if (strategy.sawRunawayText()) {
          diagnostics.removeIf(d -> d.code() == DiagnosticCode.E0102);
        }
        diagnostics.addAll(strategy.diagnostics());
        return new Parsed(null, ImmutableList.of(), diagnostics);
      }
    }
    diagnostics.addAll(strategy.diagnostics());
    if (scan.runaway()) {
      // The file was parsed up to the text that lost its quote: only what comes before it is reported.
      return new Parsed(null, ImmutableList.of(), diagnostics);
    }
    return new Parsed(tree, ImmutableList.copyOf(tokens.getTokens()), diagnostics);
  }

  private static Compilation failed(ImmutableList<Diagnostic> diagnostics, SourceText source, Positions positions) {
    return new Compilation(
        new ModelResult(Optional.empty(), diagnostics, Optional.of(source)),
        ImmutableList.of(),
        ImmutableList.of(),
        positions);
  }

  static ImmutableList<Diagnostic> tooLarge(String sourceName, long bytes, CompileOptions options) {
    return ImmutableList.of(
        Diagnostic.of(
                DiagnosticCode.E0105,
                "'" + sourceName + "' is " + bytes + " bytes; the limit is " + options.maxInputBytes() + " bytes")
            .withHint("a host can raise the limit with CompileOptions.maxInputBytes"));
  }

  /** For a stream that does not tell its size (a pipe, a device): only that it is over the limit. */
  static ImmutableList<Diagnostic> tooLarge(String sourceName, CompileOptions options) {
    return ImmutableList.of(
        Diagnostic.of(
                DiagnosticCode.E0105,
                "'" + sourceName + "' is larger than " + options.maxInputBytes() + " bytes, the limit")
            .withHint("a host can raise the limit with CompileOptions.maxInputBytes"));
  }

  /** Sorted; past the error limit, the first errors and E0107 (warnings are then left out). */
  static ImmutableList<Diagnostic> capped(List<Diagnostic> diagnostics, CompileOptions options) {
    ImmutableList<Diagnostic> sorted = Diagnostics.sorted(diagnostics);
    long errors = sorted.stream().filter(Diagnostic::isError).count();
    if (errors <= options.maxErrors()) {
      return sorted;
    }
    ImmutableList.Builder<Diagnostic> out = ImmutableList.builder();
    sorted.stream().filter(Diagnostic::isError).limit(options.maxErrors()).forEach(out::add);
    out.add(
        Diagnostic.of(DiagnosticCode.E0107, "too many errors; stopping after " + options.maxErrors())
            .withHint("fix these and compile again"));
    return out.build();
  }

  /** The length of the text in UTF-8 (an unpaired surrogate counts as the 3 bytes of U+FFFD). */
  static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
