package io.svmi.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Why a file could not be read or written, in a few plain words ("permission denied"). */
final class IoProblems {
  private IoProblems() {}

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    }
    String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // The operating system's words ("No space left on device"), as the rest of a sentence.
    return why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
  }

  /** True for the error a write gets when the reader of a pipe has gone ({@code svmi plan | head -1}). */
  static boolean isBrokenPipe(IOException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Broken pipe") || m.contains("Stream closed by reader");
  }
}
