package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Which daemon may run a command for this process, and where it registers.
 *
 * <p>A daemon serves one <em>key</em>: every setting, beyond a command's arguments and files, that
 * its output or the files it writes can depend on: the jar (path, time and size, so that a rebuilt
 * jar gets a new daemon), the Java installation, the working directory (relative paths resolve
 * against it), the file mode mask and the user and groups (new files' permissions and group, what
 * may be read) and the environment variables the JVM or svmi read. A command
 * run by the daemon therefore does what the same command run in a fresh JVM does. Daemons register
 * in a private directory ({@code $SVMI_DAEMON_DIR}, else {@code $XDG_RUNTIME_DIR/svmi}, else
 * {@code ~/.cache/svmi/daemons}), one file per key named by its hash.
 */
record DaemonAddress(Path directory, String key) {
  /** The environment variables a command's result can depend on (the locale, the time zone, svmi's own, the JVM's). */
  static final List<String> ENVIRONMENT = List.of(
      "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC", "LC_COLLATE", "LC_TIME",
      "TZ", "SVMI_DEBUG", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  /**
   * The address for a process with this environment and these system properties: the key of its
   * settings, and the directory daemons register in.
   */
  static DaemonAddress of(Map<String, String> env, Properties system) {
    StringBuilder key = new StringBuilder("svmi daemon ").append(DaemonProtocol.VERSION).append('\n');
    for (String entry : system.getProperty("java.class.path", "").split(File.pathSeparator)) {
      File file = new File(entry).getAbsoluteFile();
      key.append("class path ").append(file).append(' ').append(file.lastModified()).append(' ')
          .append(file.length()).append('\n');
    }
    key.append("java ").append(system.getProperty("java.home")).append('\n');
    key.append("directory ").append(system.getProperty("user.dir")).append('\n');
    // New files' permissions and group, and which files the command may read.
    String status = processStatus();
    for (String field : List.of("Umask", "Uid", "Gid", "Groups")) {
      key.append(field).append(' ').append(field(status, field).orElse("unknown")).append('\n');
    }
    for (String name : ENVIRONMENT) {
      String value = env.get(name);
      key.append("env ").append(name).append(value == null ? " unset" : "=" + value).append('\n');
    }
    return new DaemonAddress(directory(env, system).toAbsolutePath(), key.toString());
  }

  /** This process's {@code /proc/self/status}, or "" where there is none. */
  private static String processStatus() {
    try (InputStream in = new FileInputStream("/proc/self/status")) {
      return new String(in.readNBytes(64 * 1024), UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** A field of {@code /proc/self/status} ({@code Umask}, {@code Uid}, {@code Gid}, {@code Groups}); empty where there is none. */
  private static Optional<String> field(String status, String name) {
    String label = "\n" + name + ":";
    int at = status.indexOf(label);
    if (at < 0) {
      return Optional.empty();
    }
    int end = status.indexOf('\n', at + 1);
    return Optional.of(status.substring(at + label.length(), end < 0 ? status.length() : end).strip());
  }

  private static Path directory(Map<String, String> env, Properties system) {
    String chosen = env.get("SVMI_DAEMON_DIR");
    if (chosen != null && !chosen.isEmpty()) {
      return Path.of(chosen);
    }
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isEmpty()) {
      return Path.of(runtime, "svmi");
    }
    return Path.of(system.getProperty("user.home"), ".cache", "svmi", "daemons");
  }

  /** The key's hash, naming its files: 16 hexadecimal digits of FNV-1a. */
  String name() {
    long hash = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return HexFormat.of().toHexDigits(hash);
  }

  /** The file a daemon serving this key writes once it listens: its port, token and process. */
  Path registration() {
    return directory.resolve(name() + ".daemon");
  }

  /** Held by the daemon serving this key while it lives: a second one started for it exits. */
  Path lock() {
    return directory.resolve(name() + ".lock");
  }

  /**
   * The file a daemon makes, when a client asks, to prove that it is this user's (only this user
   * can make files in the {@link #privateDirectory}); {@code name} as {@link #isProofName} allows.
   */
  Path proof(String name) {
    return directory.resolve(name + ".proof");
  }

  /** A proof's name: 1 to 32 lower-case hexadecimal digits (never a path). */
  static boolean isProofName(String name) {
    if (name.isEmpty() || name.length() > 32) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** The daemon's own output (JVM warnings, a crash): written when it starts, and read by no one else. */
  Path log() {
    return directory.resolve(name() + ".log");
  }

  /**
   * Removes the lock and log of every key that no daemon serves and that were last written more
   * than {@code age} ago: each jar rebuilt, directory used or setting changed leaves a key's two
   * files behind. A key whose lock another daemon holds is left alone.
   */
  void removeLeftovers(Duration age) {
    long before = System.currentTimeMillis() - age.toMillis();
    try (DirectoryStream<Path> locks = Files.newDirectoryStream(directory, "*.lock")) {
      for (Path lock : locks) {
        String name = lock.getFileName().toString();
        Path log = directory.resolve(name.substring(0, name.length() - ".lock".length()) + ".log");
        if (lock.equals(lock()) || Files.getLastModifiedTime(lock).toMillis() > before
            || (Files.exists(log) && Files.getLastModifiedTime(log).toMillis() > before)) {
          continue;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
            FileLock held = channel.tryLock()) {
          if (held != null) {
            Files.deleteIfExists(log);
            Files.delete(lock);
          }
        } catch (IOException | OverlappingFileLockException e) {
          // In use, or gone meanwhile: left for another time.
        }
      }
    } catch (IOException e) {
      // Nothing removed this time.
    }
  }

  /** The directory, made if missing: private to this user, or the daemon is not used. */
  Path privateDirectory() throws IOException {
    if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(directory.getParent());
      try {
        Files.createDirectory(directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // Made by another process meanwhile: checked below like any other.
      }
    }
    if (!isPrivate(directory)) {
      throw new IOException(directory + " is not a directory that only " + System.getProperty("user.name")
          + " can read and write: the svmi daemon is not used");
    }
    return directory;
  }

  /** True when the directory belongs to this user and no one else may read, write or enter it. */
  static boolean isPrivate(Path directory) throws IOException {
    PosixFileAttributes attributes =
        Files.readAttributes(directory, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Set<PosixFilePermission> permissions = attributes.permissions();
    return attributes.isDirectory()
        && attributes.owner().getName().equals(System.getProperty("user.name"))
        && !permissions.contains(PosixFilePermission.GROUP_READ)
        && !permissions.contains(PosixFilePermission.GROUP_WRITE)
        && !permissions.contains(PosixFilePermission.GROUP_EXECUTE)
        && !permissions.contains(PosixFilePermission.OTHERS_READ)
        && !permissions.contains(PosixFilePermission.OTHERS_WRITE)
        && !permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
  }

  /** What a daemon's registration file says: where it listens, its token, its process and directory. */
  record Registration(int port, byte[] token, long pid, String directory) {
    /** The registration in {@code file}, or empty when there is none or it cannot be read. */
    static Optional<Registration> read(Path file) {
      byte[] bytes;
      try (InputStream in = new FileInputStream(file.toFile())) {
        bytes = in.readNBytes(64 * 1024);
      } catch (IOException e) {
        return Optional.empty();
      }
      try {
        Properties p = new Properties();
        p.load(new java.io.StringReader(new String(bytes, UTF_8)));
        byte[] token = HexFormat.of().parseHex(p.getProperty("token", ""));
        if (token.length != DaemonProtocol.TOKEN_BYTES) {
          return Optional.empty();
        }
        return Optional.of(new Registration(Integer.parseInt(p.getProperty("port", "")), token,
            Long.parseLong(p.getProperty("pid", "")), p.getProperty("directory", "")));
      } catch (IOException | IllegalArgumentException e) {   // a number or hex digits that are not
        return Optional.empty();
      }
    }

    /** Writes the registration as {@code file} in one step (a new file renamed over it), readable by this user only. */
    void write(Path file) throws IOException {
      Path temp = file.resolveSibling(file.getFileName() + "." + pid + ".new");
      Files.deleteIfExists(temp);
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Properties p = new Properties();
      p.setProperty("port", Integer.toString(port));
      p.setProperty("token", HexFormat.of().formatHex(token));
      p.setProperty("pid", Long.toString(pid));
      p.setProperty("directory", directory);
      try (var out = Files.newOutputStream(temp)) {
        p.store(out, "svmi daemon");
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
