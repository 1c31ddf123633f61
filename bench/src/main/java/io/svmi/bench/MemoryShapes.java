package io.svmi.bench;

import io.svmi.MaturityModel;
import io.svmi.dsl.CompileOptions;
import io.svmi.dsl.Svmi;
import java.nio.charset.StandardCharsets;

/**
 * Prints, for each of {@link ModelShapes}, the heap a compiled model retains per byte of its file
 * (a Markdown table for docs/performance.md). Run with
 * {@code java -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -cp bench/target/benchmarks.jar io.svmi.bench.MemoryShapes [bytes]}.
 */
public final class MemoryShapes {
  private MemoryShapes() {}

  /** The shape's model, compiled with the input limit raised to fit it; fails on any error. */
  static MaturityModel compile(ModelShapes.Shape shape) {
    CompileOptions options = CompileOptions.builder().maxInputBytes(Integer.MAX_VALUE).build();
    return Svmi.compile(shape.name(), shape.text(), options).orElseThrow();
  }

  static long sourceBytes(ModelShapes.Shape shape) {
    return shape.text().getBytes(StandardCharsets.UTF_8).length;
  }

  public static void main(String[] args) {
    int bytes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.println("| shape | source (bytes) | retained (bytes) | retained per byte of source |");
    System.out.println("|---|---:|---:|---:|");
    for (ModelShapes.Shape shape : ModelShapes.all(bytes)) {
      long source = sourceBytes(shape);
      long retained = Memory.retainedBytes(compile(shape));
      System.out.printf("| %s | %,d | %,d | %.1f |%n", shape.name(), source, retained, (double) retained / source);
    }
  }
}
