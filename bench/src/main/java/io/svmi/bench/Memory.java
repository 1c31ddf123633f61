package io.svmi.bench;

import io.svmi.MaturityModel;
import org.openjdk.jol.info.GraphLayout;

/** The heap a compiled model retains: every object reachable from it, counted once, by JOL. */
final class Memory {
  private Memory() {}

  static long retainedBytes(MaturityModel model) {
    return GraphLayout.parseInstance(model).totalSize();
  }
}
