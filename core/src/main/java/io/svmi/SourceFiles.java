package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Checks a file before it is opened for reading: a named pipe with no writer blocks the reader on
 * open, forever, and a device ({@code /dev/zero}) may never end, so readers of rules and answers
 * files refuse them, and directories, at once.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * What the path is when it exists and is not a regular file ("a directory", "a named pipe", "a
   * character device"...), following links; empty for a regular file or a path that cannot be
   * looked at (opening it then says why).
   */
  public static Optional<String> notAFile(Path path) {
    checkNotNull(path, "path");
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    if (attributes.isRegularFile()) {
      return Optional.empty();
    }
    if (attributes.isDirectory()) {
      return Optional.of("a directory");
    }
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
      switch (type) {
        case 0010000: return Optional.of("a named pipe");
        case 0020000: return Optional.of("a character device");
        case 0060000: return Optional.of("a block device");
        case 0140000: return Optional.of("a socket");
        default: break;
      }
    } catch (IOException | RuntimeException e) {
      // No "unix" attribute view here: say it in general terms.
    }
    return Optional.of("a named pipe, a device or a socket");
  }
}
