package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The random choices a {@link Gen} makes, recorded so that they can be replayed, and shrunk towards
 * zero (each draw's simplest choice). Not thread-safe: one per generated value.
 */
public final class Draws {
  private final @Nullable SplittableRandom random;
  private final int[] replay;
  private final double scale;
  private int position;
  private int[] recorded = new int[64];
  private int size;
  /** Where each part of the value (an element, a dimension…) starts and ends in the draws. */
  private final List<int[]> spans = new ArrayList<>();

  private Draws(@Nullable SplittableRandom random, int[] replay, double scale) {
    this.random = random;
    this.replay = replay;
    this.scale = scale;
  }

  /**
   * Fresh random draws; {@code scale} (0 to 1) limits how far {@link #size} goes towards its
   * maximum, so that early tries make small values.
   */
  static Draws random(SplittableRandom random, double scale) {
    return new Draws(random, new int[0], Math.max(0, Math.min(1, scale)));
  }

  /** Replays the given draws; past their end every draw is its simplest choice. */
  static Draws replay(int[] draws) {
    return new Draws(null, draws, 1);
  }

  /** A number from min to max inclusive; 0 above min is the simplest. */
  public int between(int min, int max) {
    checkArgument(min <= max, "min %s > max %s", min, max);
    int span = max - min;
    int offset;
    if (random != null) {
      offset = span == 0 ? 0 : random.nextInt(span + 1);
    } else {
      offset = position < replay.length ? Math.min(Math.max(replay[position], 0), span) : 0;
      position++;
    }
    record(offset);
    return min + offset;
  }

  /**
   * A size (a count of levels, dimensions, entries…) from min to max: like {@link #between}, but
   * early tries of a property stay near min, and later ones reach max.
   */
  public int size(int min, int max) {
    checkArgument(min <= max, "min %s > max %s", min, max);
    if (random == null) {
      return between(min, max);
    }
    return between(min, min + (int) Math.ceil((max - min) * scale));
  }

  /**
   * Whether to add one more element to something that has {@code count} of them and must have
   * min to max: no draw below min or at max; otherwise a draw whose simplest choice is "no more".
   * Early tries of a property stop sooner. Wrap each element, with this draw, in {@link #mark} and
   * {@link #span} so that shrinking can delete it whole.
   */
  public boolean more(int count, int min, int max) {
    if (count < min) {
      return true;
    }
    if (count >= max) {
      return false;
    }
    int more;
    if (random != null) {
      int percent = 20 + (int) Math.round(72 * scale);
      more = random.nextInt(100) < percent ? 1 : 0;
    } else {
      more = position < replay.length ? Math.min(Math.max(replay[position], 0), 1) : 0;
      position++;
    }
    record(more);
    return more == 1;
  }

  /** Where the next draw goes: the start of a part, for {@link #span}. */
  public int mark() {
    return size;
  }

  /** Ends the part that started at {@code start}: shrinking tries deleting its draws together. */
  public void span(int start) {
    if (start < size) {
      spans.add(new int[] {start, size});
    }
  }

  /** True with about the given chance in percent; false is the simplest. */
  public boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /** One of the values; the first is the simplest. */
  public <T> T pick(List<T> values) {
    checkArgument(!values.isEmpty(), "nothing to pick from");
    return values.get(between(0, values.size() - 1));
  }

  private void record(int offset) {
    if (size == recorded.length) {
      recorded = Arrays.copyOf(recorded, size * 2);
    }
    recorded[size++] = offset;
  }

  /** The recorded parts, as [start, end) pairs. */
  List<int[]> spans() {
    return spans;
  }

  /** The draws made so far. */
  int[] recorded() {
    return Arrays.copyOf(recorded, size);
  }
}
