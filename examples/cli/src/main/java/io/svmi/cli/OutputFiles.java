package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.ShownText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

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

  /** Renames a file over another in its folder; tests pass one that fails, as a folder made read-only does. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
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
  private final Mover mover;

  OutputFiles(Opener opener) {
    this(opener, OutputFiles::rename);
  }

  OutputFiles(Opener opener, Mover mover) {
    this.opener = opener;
    this.mover = mover;
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

  /** Refuses two outputs of one command that are the same file (compared as {@link #checkNotAnInput} does). */
  static void checkDistinct(List<Path> outputs) throws WriteException {
    for (int i = 0; i < outputs.size(); i++) {
      Optional<Path> a = real(outputs.get(i));
      for (int j = i + 1; j < outputs.size(); j++) {
        if (a.isPresent() && a.equals(real(outputs.get(j)))) {
          throw new WriteException("cannot write " + shown(outputs.get(j)) + ": it is " + shown(outputs.get(i))
              + ", another output of this command (choose another output file)");
        }
      }
    }
  }

  /**
   * A write that failed while a command streamed into a {@link Pending} file: an {@link
   * IOException}, so that it passes through code that writes to streams; {@link #getMessage()} is
   * the line to show after "svmi: ".
   */
  static final class StreamWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    StreamWriteException(String message, IOException cause) {
      super(message, cause);
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
    try (Pending pending = open(target)) {
      try {
        OutputStream out = pending.stream();
        out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      } catch (IOException e) {
        // The stream's failures are StreamWriteExceptions, which name the target.
        throw new WriteException(e.getMessage());
      }
      pending.commit();
    }
  }

  /**
   * Starts to replace the file whole: what is written to {@link Pending#stream()} goes to a new
   * file in its folder, which {@link Pending#commit()} puts in the target's place. Closed without
   * a commit (a failed write, an exception), the new file is deleted and the target left as it was.
   */
  Pending open(Path target) throws WriteException {
    if (target.toString().isEmpty()) {
      throw new WriteException("the output file name is empty");
    }
    // Write beside the file a link points to, so the link stays a link.
    Path file = linkTarget(target).toAbsolutePath();
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // Never rename over a directory, a device (/dev/full) or a pipe.
      throw new WriteException("cannot write " + shown(target) + ": it is " + (Files.isDirectory(file) ? "a directory" : "not a regular file"));
    }
    Path temp = hiddenBeside(file, ".tmp");
    try {
      return new Pending(target, file, temp, opener.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), mover);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new WriteException("cannot write " + shown(target) + ": " + IoProblems.reason(e));
    }
  }

  /** A file being replaced whole: see {@link #open(Path)}. Not thread-safe. */
  static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path file;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private final Mover mover;
    private boolean committed;

    private Pending(Path target, Path file, Path temp, FileChannel channel, Mover mover) {
      this.target = target;
      this.file = file;
      this.temp = temp;
      this.channel = channel;
      this.mover = mover;
      OutputStream raw = Channels.newOutputStream(channel);
      this.stream = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          try {
            raw.write(b, off, len);
          } catch (IOException e) {
            throw failed(e);
          }
        }

        @Override
        public void close() {
          // The pending file closes the channel: on commit, or when it is abandoned.
        }
      };
    }

    /** Where the new text goes; an error writing it is a {@link StreamWriteException} naming the target. */
    OutputStream stream() {
      return stream;
    }

    /** Syncs the new file to the disk and renames it over the target. */
    void commit() throws WriteException {
      commitAll(List.of(this));
    }

    /** Syncs the new file to the disk, with the target's permissions: nothing is replaced yet. */
    private void prepare() throws WriteException {
      try {
        channel.force(true);
        channel.close();
        Set<PosixFilePermission> permissions = permissions(file);
        if (permissions != null) {
          Files.setPosixFilePermissions(temp, permissions);
        }
      } catch (IOException e) {
        throw new WriteException(failed(e).getMessage());
      }
    }

    /** Abandons the new file unless it was committed: the target stays as it was. */
    @Override
    public void close() {
      if (!committed) {
        try {
          channel.close();
        } catch (IOException e) {
          // Deleted next; the target is untouched.
        }
        deleteQuietly(temp);
      }
    }

    private StreamWriteException failed(IOException e) {
      return new StreamWriteException("cannot write " + shown(target) + ": " + IoProblems.reason(e), e);
    }
  }

  /**
   * Replaces every target by its new file, all or none: the new files are synced first, then a
   * link to each old target is kept aside while the new files are renamed into place; if a rename
   * fails (a folder made read-only mid-run), the targets already replaced get their old files
   * back. Only a crash between the renames can leave some replaced and others not.
   */
  static void commitAll(List<Pending> files) throws WriteException {
    for (Pending p : files) {
      p.prepare();
    }
    List<@Nullable Path> kept = new ArrayList<>();
    try {
      for (Pending p : files) {
        // One file needs nothing kept aside: its rename either happens or does not.
        kept.add(files.size() == 1 ? null : keepAside(p));
      }
      for (int i = 0; i < files.size(); i++) {
        Pending p = files.get(i);
        try {
          p.mover.move(p.temp, p.file);
        } catch (IOException e) {
          throw new WriteException(p.failed(e).getMessage() + putBack(files.subList(0, i), kept));
        }
      }
      for (Pending p : files) {
        p.committed = true;
        syncFolder(p.file.getParent());
      }
    } finally {
      for (Path k : kept) {
        if (k != null) {
          deleteQuietly(k);
        }
      }
    }
  }

  /** A second name for the target's old file, or null when there is none: undoes a replacement. */
  private static @Nullable Path keepAside(Pending p) throws WriteException {
    if (!Files.exists(p.file)) {
      return null;
    }
    Path kept = hiddenBeside(p.file, ".old");
    try {
      try {
        Files.createLink(kept, p.file);
      } catch (UnsupportedOperationException | FileSystemException e) {
        // No hard links here (some file systems): a copy serves as well, only slower.
        Files.copy(p.file, kept, StandardCopyOption.COPY_ATTRIBUTES);
      }
      return kept;
    } catch (IOException e) {
      deleteQuietly(kept);
      throw new WriteException(p.failed(e).getMessage());
    }
  }

  /**
   * Gives the targets already replaced their old files back, and says which could not be: such a
   * target holds this run's output, and its old file stays under the name it was kept aside as.
   */
  private static String putBack(List<Pending> replaced, List<@Nullable Path> kept) {
    StringBuilder lost = new StringBuilder();
    for (int i = replaced.size() - 1; i >= 0; i--) {
      Pending p = replaced.get(i);
      Path old = kept.get(i);
      try {
        if (old == null) {
          Files.deleteIfExists(p.file);   // it did not exist before this command
        } else {
          rename(old, p.file);
        }
      } catch (IOException e) {
        lost.append("; ").append(shown(p.target)).append(" holds this run's output")
            .append(old == null ? "" : ", its old contents are in " + shown(old));
        kept.set(i, null);   // not deleted: the only copy of the old contents
      }
    }
    return lost.length() == 0 ? " (no output was replaced)" : lost.toString();
  }

  /** A new hidden name in the file's folder ({@code .NAME.RANDOM.SUFFIX}), so that a rename stays in its file system. */
  private static Path hiddenBeside(Path file, String suffix) {
    return file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + suffix);
  }

  /** Renames within a folder: atomically where the file system can. */
  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
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

  /**
   * Deletes {@code file} if it is there, and leaves one that cannot be deleted, which each caller
   * can afford: a temporary file here lies beside a target left untouched, and the daemon checks
   * its registrations and proofs before it trusts them.
   */
  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left, as said above.
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
