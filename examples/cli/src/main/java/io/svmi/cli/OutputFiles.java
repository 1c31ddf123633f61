package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.ShownText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the files the commands produce, whole or not at all: the text goes to a new file in the
 * target's folder, is flushed to the disk, and is then renamed over the target. A full disk, a
 * missing permission or a crash leaves the target as it was (and no temporary file behind).
 */
final class OutputFiles {
  /** Opens the temporary file; tests pass one that fails part-way, as a full disk does. */
  interface Opener {
    FileChannel open(Path file, OpenOption... options) throws IOException;
  }

  /** A write that failed: {@link #getMessage()} is the line to show after "svmi: ". */
  static final class WriteException extends Exception {
    private static final long serialVersionUID = 1L;

    WriteException(String message) {
      super(message);
    }
  }

  /** Writes through the operating system's file channels. */
  static final OutputFiles ON_DISK = new OutputFiles(FileChannel::open);

  private final Opener opener;

  OutputFiles(Opener opener) {
    this.opener = opener;
  }

  /**
   * Refuses an output that is one of the command's inputs, or lies inside an input folder:
   * compared by their real paths, through links, so {@code -o ./x/../m.svmi} and a link to the
   * model are caught too. Also refuses an empty name.
   */
  static void checkNotAnInput(Path output, Collection<Path> inputs) throws WriteException {
    if (output.toString().isEmpty()) {
      throw new WriteException("the output file name is empty");
    }
    Optional<Path> out = real(output);
    for (Path input : inputs) {
      Optional<Path> in = real(input);
      if (out.isPresent() && in.isPresent() && out.get().startsWith(in.get())) {
        throw new WriteException("cannot write " + shown(output) + ": it is "
            + (out.get().equals(in.get()) ? "" : "inside ") + shown(input) + ", an input of this command"
            + " (choose another output file)");
      }
    }
  }

  /** Writes the text as UTF-8 to the file, replacing it whole (see the class comment). */
  void write(Path target, String text) throws WriteException {
    if (target.toString().isEmpty()) {
      throw new WriteException("the output file name is empty");
    }
    ByteBuffer bytes;
    try {
      bytes = UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new WriteException("cannot write " + shown(target) + ": the text holds a lone surrogate (half of"
          + " a UTF-16 pair), which UTF-8 cannot encode");
    }
    // Write beside the file a link points to, so the link stays a link.
    Path file = linkTarget(target).toAbsolutePath();
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // Never rename over a directory, a device (/dev/full) or a pipe.
      throw new WriteException("cannot write " + shown(target) + ": it is " + (Files.isDirectory(file) ? "a directory" : "not a regular file"));
    }
    Path folder = file.getParent();
    Path temp = folder.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      try (FileChannel channel = opener.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Set<PosixFilePermission> permissions = permissions(file);
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new WriteException("cannot write " + shown(target) + ": " + IoProblems.reason(e));
    }
    syncFolder(folder);
  }

  /** A path in a message: quoted, control characters escaped. */
  private static String shown(Path path) {
    return "'" + ShownText.visible(path.toString()) + "'";
  }

  /** The file a link points to (through every link), or the path itself. */
  private static Path linkTarget(Path path) {
    Path p = path;
    for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
      try {
        Path to = Files.readSymbolicLink(p);
        p = p.toAbsolutePath().resolveSibling(to);
      } catch (IOException e) {
        return p;
      }
    }
    return p;
  }

  private static Set<PosixFilePermission> permissions(Path file) {
    try {
      return Files.exists(file) ? Files.getPosixFilePermissions(file) : null;
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** The rename is on the disk once the folder is synced; a folder that cannot be synced is left. */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some file systems cannot open or sync a folder; the file itself is synced.
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Nothing more to do: the target is untouched, which is what matters.
    }
  }

  /** The real path of a file, or of its folder and its name when it does not exist yet. */
  static Optional<Path> real(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException e) {
      Path absolute = path.toAbsolutePath().normalize();
      Path parent = absolute.getParent();
      if (parent == null || absolute.getFileName() == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(parent.toRealPath().resolve(absolute.getFileName()));
      } catch (IOException e2) {
        return Optional.empty();
      }
    }
  }
}
