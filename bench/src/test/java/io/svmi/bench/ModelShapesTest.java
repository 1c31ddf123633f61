package io.svmi.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Memory retained by a compiled model is linear in the size of its file, for every extreme shape
 * within the limits: bounded per byte of source. (40,000 levels and 12,500 one-option questions in
 * a 930 KB file once ran out of memory, the index holding an entry per question and level.)
 */
class ModelShapesTest {
  /** Well above every shape's measured ratio (docs/performance.md), far below any product. */
  private static final double MAX_RETAINED_PER_SOURCE_BYTE = 40;

  static {
    System.setProperty("jol.magicFieldOffset", "true");   // as bench/run starts the JVM
  }

  @Test
  void everyShape_retainsABoundedAmountPerByteOfSource() {
    for (ModelShapes.Shape shape : ModelShapes.all(150_000)) {
      long source = MemoryShapes.sourceBytes(shape);
      long retained = Memory.retainedBytes(MemoryShapes.compile(shape));
      double ratio = (double) retained / source;
      assertTrue(ratio <= MAX_RETAINED_PER_SOURCE_BYTE,
          () -> shape.name() + ": " + retained + " bytes retained for " + source + " bytes of source");
    }
  }
}
