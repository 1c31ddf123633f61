package io.svmi.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The records of a batch, in order: read one at a time, so that a batch of any size holds only
 * the records being evaluated. {@link BatchInputs} makes them from a JSONL file, a folder of
 * answers files or a CSV export.
 */
public interface BatchInput extends Closeable {
  /**
   * The next record, or empty at the end of the input.
   *
   * @throws IOException when the input cannot be read any further
   */
  Optional<BatchRecord> next() throws IOException;

  /** How much of the input has been read, from 0 to 1, when its size is known (for time left). */
  default OptionalDouble progress() {
    return OptionalDouble.empty();
  }
}
