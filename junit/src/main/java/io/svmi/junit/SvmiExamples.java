package io.svmi.junit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.svmi.Example;
import io.svmi.ExampleResult;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import io.svmi.internal.SourceMap;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The examples of a model as JUnit 5 dynamic tests: one test per {@code example} block, named by
 * the example, failing with the mismatches rendered against the file (expected and actual, the
 * line and a caret), as {@code svmi test} prints them.
 *
 * <pre>{@code
 * class PolicyExamplesTest {
 *   @TestFactory
 *   Stream<DynamicTest> examples() {
 *     return SvmiExamples.forFile(Path.of("src/main/svmi/policy.svmi"));
 *   }
 * }
 * }</pre>
 *
 * <p>A file that does not compile, or that has no example, gives one failing test that says so,
 * so that a broken or empty file never passes unnoticed.
 */
public final class SvmiExamples {
  private SvmiExamples() {}

  /**
   * One dynamic test per example of the rules file.
   *
   * @param file the rules file
   * @return a test per example, or one failing test when the file does not compile or has none
   */
  public static Stream<DynamicTest> forFile(Path file) {
    checkNotNull(file, "file");
    ModelResult result = Svmi.compile(file);
    URI uri = file.toAbsolutePath().toUri();
    if (result.hasErrors()) {
      return Stream.of(DynamicTest.dynamicTest(file + " compiles", uri, () -> {
        throw new AssertionError(file + " does not compile:\n" + result.render());
      }));
    }
    return forModel(result.orElseThrow(), result.source(), Optional.of(uri), file.toString());
  }

  /**
   * One dynamic test per example of a model (built in Java, or compiled by the caller).
   *
   * @param model the model whose examples run
   * @return a test per example, or one failing test when the model has none
   */
  public static Stream<DynamicTest> forModel(MaturityModel model) {
    checkNotNull(model, "model");
    return forModel(model, Optional.empty(), Optional.empty(), "model '" + model.name() + "'");
  }

  private static Stream<DynamicTest> forModel(
      MaturityModel model, Optional<SourceText> source, Optional<URI> file, String what) {
    if (model.examples().isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest(what + " has examples", file.orElse(null), () -> {
        throw new AssertionError(what + " has no example to run");
      }));
    }
    return model.examples().stream()
        .map(example -> DynamicTest.dynamicTest(example.name(), at(file, model, example), () -> {
          ExampleResult r = example.run(model);
          if (!r.passed()) {
            throw new AssertionError("example '" + example.name() + "' failed:\n" + r.report(source));
          }
        }));
  }

  /** The file and line of the example, for IDEs to jump to. */
  private static URI at(Optional<URI> file, MaturityModel model, Example example) {
    return file.map(f -> SourceMap.whereWritten(model, example).map(s -> URI.create(f + "?line=" + s.line())).orElse(f)).orElse(null);
  }
}
