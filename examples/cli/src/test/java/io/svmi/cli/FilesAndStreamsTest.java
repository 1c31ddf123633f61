package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the command line writes loses data: files are replaced whole or not at all, an output
 * that names an input is refused, and a failed write to standard output is an error. Inputs that
 * are not files fail at once; {@code -} reads standard input.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FilesAndStreamsTest {
  private static final String UNFORMATTED = "model \"M\" levels { low \"Low\" high \"High\" }\n"
      + "dimension A \"A\" { question A1 \"Q\" { option o \"O\" -> low\n option p \"P\" -> high\n to high \"Do it.\" } }\n";

  @TempDir Path dir;

  /** An output status, and what the run wrote to its two streams. */
  private record Run(int status, String out, String err) {}

  private static Run run(InputStream stdin, OutputFiles outputs, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new StandardInput(stdin), outputs, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Run run(OutputFiles outputs, String... args) {
    return run(InputStream.nullInputStream(), outputs, args);
  }

  /** Opens real channels that take {@code capacity} bytes, then fail as a full disk does. */
  private static OutputFiles diskFullAfter(int capacity) {
    return new OutputFiles((file, options) -> new FullDiskChannel(FileChannel.open(file, options), capacity));
  }

  private List<String> filesInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // Data loss: files are replaced whole or not at all.

  @Test
  void fmt_onADiskThatFillsUpMidWrite_leavesTheFileAsItWas() throws IOException {
    // A model of about 64 KB, so that the write fails after its first 32 KiB, as in the report.
    StringBuilder text = new StringBuilder("model \"M\"   levels { low \"Low\" high \"High\" }\n");
    for (int i = 0; i < 600; i++) {
      text.append("dimension D").append(i).append(" \"D\" {   question Q").append(i)
          .append(" \"Q\" { option o \"O\" -> low option p \"P\" -> high to high \"Do it.\" } }\n");
    }
    Path model = Files.writeString(dir.resolve("m.svmi"), text, UTF_8);

    Run run = run(diskFullAfter(32_768), "fmt", model.toString());

    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertEquals("svmi: cannot write '" + model + "': no space left on device\n", run.err());
    assertEquals(text.toString(), Files.readString(model, UTF_8), "the original is untouched");
    assertEquals(List.of("m.svmi"), filesInDir(), "no temporary file is left behind");
  }

  @Test
  void planOutput_onADiskThatFillsUpMidWrite_leavesTheOldPlan() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.html"), "the old plan", UTF_8);

    Run run = run(diskFullAfter(100), "plan", "--format", "html", "-o", plan.toString());

    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().endsWith("no space left on device\n"), run::toString);
    assertEquals("the old plan", Files.readString(plan, UTF_8));
    assertEquals(List.of("plan.html"), filesInDir());
  }

  @Test
  void permissionDenied_isSaidInWords() throws IOException {
    OutputFiles denied = new OutputFiles((file, options) -> {
      throw new AccessDeniedException(file.toString());
    });
    Run run = run(denied, "plan", "-o", dir.resolve("plan.txt").toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertEquals("svmi: cannot write '" + dir.resolve("plan.txt") + "': permission denied\n", run.err());
    assertEquals("permission denied", IoProblems.reason(new AccessDeniedException("x")));
  }

  @Test
  void fmt_replacesTheFileWhole_keepingItsPermissionsAndLinks() throws IOException {
    Path model = Files.writeString(dir.resolve("m.svmi"), UNFORMATTED, UTF_8);
    Files.setPosixFilePermissions(model, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.svmi"), model.getFileName());

    Run run = run(OutputFiles.ON_DISK, "fmt", link.toString());

    assertEquals(Main.OK, run.status(), run::toString);
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertTrue(Files.readString(model, UTF_8).startsWith("model \"M\"\n"), "the file it points to is formatted");
    assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(model)));
    assertEquals(List.of("link.svmi", "m.svmi"), filesInDir());
  }

  /** Twenty assessments of the small model, one a line, and one that names an unknown option. */
  private Path batchAnswers() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      lines.append("{\"subject\": \"s").append(i).append("\", \"answers\": {\"A1\": \"").append(i % 2 == 0 ? "o" : "p")
          .append("\"}}\n");
    }
    lines.append("{\"subject\": \"bad\", \"answers\": {\"A1\": \"x\"}}\n");
    return Files.writeString(dir.resolve("in.jsonl"), lines, UTF_8);
  }

  @Test
  void batchOutputs_onADiskThatFillsUpMidWrite_areLeftAsTheyWere() throws IOException {
    Path model = Files.writeString(dir.resolve("m.svmi"), UNFORMATTED, UTF_8);
    Path in = batchAnswers();
    Path out = Files.writeString(dir.resolve("out.jsonl"), "old results", UTF_8);
    Path rejects = Files.writeString(dir.resolve("rejects.jsonl"), "old rejects", UTF_8);
    Path summary = Files.writeString(dir.resolve("summary.json"), "old summary", UTF_8);
    List<String> before = filesInDir();

    Run run = run(diskFullAfter(100), "batch", "--model", model.toString(), "--answers", in.toString(),
        "-o", out.toString(), "--rejects", rejects.toString(), "--summary", summary.toString());

    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().endsWith("svmi: cannot write '" + out + "': no space left on device\n"), run::toString);
    assertEquals("old results", Files.readString(out, UTF_8));
    assertEquals("old rejects", Files.readString(rejects, UTF_8));
    assertEquals("old summary", Files.readString(summary, UTF_8));
    assertEquals(before, filesInDir(), "no temporary file is left behind");

    // Only the summary's disk is full: it is written last, and still no output is replaced.
    OutputFiles summaryDiskFull = new OutputFiles((file, options) -> file.getFileName().toString().contains("summary")
        ? new FullDiskChannel(FileChannel.open(file, options), 10) : FileChannel.open(file, options));
    run = run(summaryDiskFull, "batch", "--model", model.toString(), "--answers", in.toString(),
        "-o", out.toString(), "--rejects", rejects.toString(), "--summary", summary.toString());

    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().endsWith("svmi: cannot write '" + summary + "': no space left on device\n"), run::toString);
    assertEquals("old results", Files.readString(out, UTF_8));
    assertEquals("old rejects", Files.readString(rejects, UTF_8));
    assertEquals("old summary", Files.readString(summary, UTF_8));
    assertEquals(before, filesInDir());

    // With room on the disk, all three are replaced, and nothing else is left in the folder.
    run = run(OutputFiles.ON_DISK, "batch", "--model", model.toString(), "--answers", in.toString(),
        "-o", out.toString(), "--rejects", rejects.toString(), "--summary", summary.toString());

    assertEquals(Main.FAILED, run.status(), run::toString);
    assertEquals(20, Files.readAllLines(out, UTF_8).size());
    assertEquals(1, Files.readAllLines(rejects, UTF_8).size());
    assertTrue(Files.readString(summary, UTF_8).contains("\"assessments\""), () -> summary.toString());
    assertEquals(before, filesInDir());
  }

  @Test
  void batchOutputs_whenTheLastRenameFails_areAllLeftAsTheyWere() throws IOException {
    Path model = Files.writeString(dir.resolve("m.svmi"), UNFORMATTED, UTF_8);
    Path in = batchAnswers();
    Path out = Files.writeString(dir.resolve("out.jsonl"), "old results", UTF_8);
    Path rejects = dir.resolve("rejects.jsonl");   // new: it must not exist after a failed run
    Path summary = Files.writeString(dir.resolve("summary.json"), "old summary", UTF_8);
    List<String> before = filesInDir();
    // The summary's folder refuses the rename, as a folder made read-only mid-run does; the
    // results and the rejects have been renamed into place by then.
    List<Path> renamed = new ArrayList<>();
    OutputFiles summaryRefused = new OutputFiles(FileChannel::open, (from, to) -> {
      if (to.getFileName().toString().equals("summary.json")) {
        throw new AccessDeniedException(to.toString());
      }
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      renamed.add(to.getFileName());
    });

    Run run = run(summaryRefused, "batch", "--model", model.toString(), "--answers", in.toString(),
        "-o", out.toString(), "--rejects", rejects.toString(), "--summary", summary.toString());

    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertEquals(List.of(Path.of("out.jsonl"), Path.of("rejects.jsonl")), renamed, "the failure comes after two renames");
    assertTrue(run.err().endsWith("svmi: cannot write '" + summary + "': permission denied (no output was replaced)\n"),
        run::toString);
    assertEquals("old results", Files.readString(out, UTF_8));
    assertFalse(Files.exists(rejects), "an output that did not exist before is removed again");
    assertEquals("old summary", Files.readString(summary, UTF_8));
    assertEquals(before, filesInDir(), "no temporary or kept-aside file is left behind");
  }

  @Test
  void batchOutputs_namingAnInputOrEachOther_areRefusedBeforeAnythingIsWritten() throws IOException {
    Path model = Files.writeString(dir.resolve("m.svmi"), UNFORMATTED, UTF_8);
    Path in = batchAnswers();
    String answers = Files.readString(in, UTF_8);
    Path folder = Files.createDirectory(dir.resolve("answers"));
    Files.writeString(folder.resolve("one.json"), "{\"answers\": {\"A1\": \"o\"}}", UTF_8);
    Path mapping = Files.writeString(dir.resolve("map.txt"), "subject = Name\nanswer A1 = Q1\n", UTF_8);
    Path csv = Files.writeString(dir.resolve("in.csv"), "Name,Q1\r\nx,o\r\n", UTF_8);
    List<String> before = filesInDir();

    String[][] refused = {
        {"--answers", in.toString(), "-o", in.toString()},
        {"--answers", in.toString(), "--rejects", model.toString()},
        {"--answers", folder.toString(), "--summary", folder.resolve("summary.json").toString()},
        {"--answers", csv.toString(), "--mapping", mapping.toString(), "-o", dir.resolve("x/../map.txt").toString()},
    };
    for (String[] args : refused) {
      String[] all = Stream.concat(Stream.of("batch", "--model", model.toString()), Stream.of(args)).toArray(String[]::new);
      Run run = run(OutputFiles.ON_DISK, all);
      assertEquals(Main.BAD_INPUT, run.status(), run::toString);
      assertTrue(run.err().startsWith("svmi: cannot write '" + args[args.length - 1] + "': it is "), run::toString);
      assertTrue(run.err().contains("an input of this command"), run::toString);
    }

    Run twice = run(OutputFiles.ON_DISK, "batch", "--model", model.toString(), "--answers", in.toString(),
        "-o", dir.resolve("out.jsonl").toString(), "--rejects", dir.resolve("./out.jsonl").toString());
    assertEquals(Main.BAD_INPUT, twice.status(), twice::toString);
    assertEquals("svmi: cannot write '" + dir.resolve("./out.jsonl") + "': it is '" + dir.resolve("out.jsonl")
        + "', another output of this command (choose another output file)\n", twice.err());

    assertEquals(UNFORMATTED, Files.readString(model, UTF_8));
    assertEquals(answers, Files.readString(in, UTF_8));
    assertEquals(before, filesInDir(), "nothing written");
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(folder.resolve("one.json")), files.toList());
    }
  }

  /**
   * The same on a real file system that fills up: a 64 KiB tmpfs. Mounting needs root (CI runs as
   * root); elsewhere the test is skipped, and the injected full disk above still runs.
   */
  @Test
  void fmt_onARealFullFileSystem_leavesTheFileAsItWas() throws Exception {
    Path mount = Files.createDirectory(dir.resolve("small"));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
        .redirectErrorStream(true).start();
    boolean mounted = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    assumeTrue(mounted, "cannot mount a tmpfs here (not root, or no permission to mount)");
    try {
      StringBuilder text = new StringBuilder("model \"M\"   levels { low \"Low\" high \"High\" }\n");
      for (int i = 0; i < 350; i++) {
        text.append("dimension D").append(i).append(" \"D\" { question Q").append(i)
            .append(" \"Q\" { option o \"O\" -> low option p \"P\" -> high to high \"Do it.\" } }\n");
      }
      Path model = Files.writeString(mount.resolve("m.svmi"), text, UTF_8);
      assertTrue(Files.size(model) > 32 * 1024, "the model fills more than half the disk");

      Run run = run(OutputFiles.ON_DISK, "fmt", model.toString());

      assertEquals(Main.BAD_INPUT, run.status(), run::toString);
      assertTrue(run.err().endsWith("no space left on device\n"), run::toString);
      assertEquals(text.toString(), Files.readString(model, UTF_8));
      try (Stream<Path> files = Files.list(mount)) {
        assertEquals(List.of(model), files.toList());
      }
    } finally {
      new ProcessBuilder("umount", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  // An output that names an input is refused.

  @Test
  void planOutput_namingTheModel_isRefusedAndTheModelKept() throws IOException {
    Path model = Files.writeString(dir.resolve("m.svmi"), UNFORMATTED, UTF_8);
    Path answers = Files.writeString(dir.resolve("a.json"), "{\"answers\": {\"A1\": \"o\"}}", UTF_8);
    Path linkToAnswers = Files.createSymbolicLink(dir.resolve("link.json"), answers);
    Files.createDirectory(dir.resolve("sub"));

    for (String output : new String[] {
        model.toString(), linkToAnswers.toString(), dir.resolve("sub/../a.json").toString()}) {
      Run run = run(OutputFiles.ON_DISK, "plan", "--model", model.toString(), "--answers", answers.toString(),
          "-o", output);
      assertEquals(Main.BAD_INPUT, run.status(), run::toString);
      assertTrue(run.err().contains("cannot write '" + output + "': it is '"), run::toString);
      assertTrue(run.err().contains("an input of this command"), run::toString);
    }
    assertEquals(UNFORMATTED, Files.readString(model, UTF_8));
    assertEquals("{\"answers\": {\"A1\": \"o\"}}", Files.readString(answers, UTF_8));
  }

  @Test
  void importOutput_insideTheSammFolder_isRefused() throws IOException {
    Path samm = Files.createDirectories(dir.resolve("model/activities"));
    Path yml = Files.writeString(samm.resolve("a.yml"), "id: x\n", UTF_8);
    Run run = run(OutputFiles.ON_DISK, "import-samm", dir.resolve("model").toString(), "-o", yml.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("it is inside '" + dir.resolve("model") + "', an input of this command"), run::toString);
    assertEquals("id: x\n", Files.readString(yml, UTF_8));
  }

  @Test
  void emptyNames_areSaidToBeEmpty() {
    Run run = run(OutputFiles.ON_DISK, "plan", "-o", "");
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertEquals("svmi: the output file name is empty\n", run.err());

    run = run(OutputFiles.ON_DISK, "plan", "--answers", "");
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("cannot read '': the file name is empty"), run::toString);
  }

  @Test
  void planOutput_overADevice_isRefusedWithoutTouchingIt() {
    Run run = run(OutputFiles.ON_DISK, "plan", "-o", "/dev/null");
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertEquals("svmi: cannot write '/dev/null': it is not a regular file\n", run.err());
    assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
  }

  // Standard output.

  @Test
  void failedWriteToStandardOutput_isExitStatusTwoWithOneLine() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (OutputStream full = new FileOutputStream("/dev/full")) {
      status = Main.run(InputStream.nullInputStream(), full, err, "plan");
    }
    assertEquals(Main.BAD_INPUT, status);
    assertEquals("svmi: cannot write to standard output: no space left on device\n", err.toString(UTF_8));
  }

  @Test
  void readerClosingThePipe_endsTheCommandQuietly() throws IOException {
    OutputStream closedPipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(InputStream.nullInputStream(), closedPipe, err, "plan");
    assertEquals(Main.OK, status);
    assertEquals("", err.toString(UTF_8));
  }

  /** A real pipe whose reader takes one line and goes, as {@code svmi fmt - | head -1} does. */
  @Test
  void realPipeClosedAfterOneLine_endsTheCommandQuietly() throws Exception {
    StringBuilder text = new StringBuilder("model \"M\" levels { low \"Low\" high \"High\" }\n");
    for (int i = 0; i < 3000; i++) {
      text.append("dimension D").append(i).append(" \"D\" { question Q").append(i)
          .append(" \"Q\" { option o \"O\" -> low option p \"P\" -> high to high \"Do it.\" } }\n");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "fmt", "-").start();
    try (OutputStream in = child.getOutputStream()) {
      in.write(text.toString().getBytes(UTF_8));
    }
    InputStream out = child.getInputStream();
    int c;
    StringBuilder first = new StringBuilder();
    while ((c = out.read()) != '\n' && c >= 0) {
      first.append((char) c);
    }
    out.close();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the command ended");
    assertEquals("model \"M\"", first.toString());
    assertEquals("", new String(child.getErrorStream().readAllBytes(), UTF_8));
    assertEquals(Main.OK, child.exitValue());
  }

  // Inputs that are not files, and standard input.

  @Test
  void namedPipeAsAnswers_failsAtOnce() throws Exception {
    Path fifo = dir.resolve("answers.json");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Run run = run(OutputFiles.ON_DISK, "plan", "--answers", fifo.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("cannot read '" + fifo + "': it is a named pipe, not a file"), run::toString);
    assertTrue(run.err().contains("give '-' and redirect it to standard input"), run::toString);
  }

  @Test
  void deviceAndDirectory_failAtOnce() {
    Run device = run(OutputFiles.ON_DISK, "check", "/dev/zero");
    assertEquals(Main.BAD_INPUT, device.status(), device::toString);
    assertTrue(device.err().contains("cannot read '/dev/zero': it is a character device, not a file"), device::toString);

    Run folder = run(OutputFiles.ON_DISK, "plan", "--answers", dir.toString());
    assertEquals(Main.BAD_INPUT, folder.status(), folder::toString);
    assertTrue(folder.err().contains("it is a directory, not a file"), folder::toString);
  }

  @Test
  void dash_readsStandardInput_underTheSameLimit() throws IOException {
    byte[] walsall = Files.readAllBytes(Path.of("examples/assessments/walsall.json"));
    Run fromStdin = run(new ByteArrayInputStream(walsall), OutputFiles.ON_DISK, "plan", "--answers", "-");
    assertEquals(Main.OK, fromStdin.status(), fromStdin::toString);
    assertEquals(run(OutputFiles.ON_DISK, "plan").out(), fromStdin.out());

    byte[] tooBig = " ".repeat(io.svmi.report.Answers.MAX_BYTES + 1).getBytes(UTF_8);
    Run big = run(new ByteArrayInputStream(tooBig), OutputFiles.ON_DISK, "plan", "--answers", "-");
    assertEquals(Main.BAD_INPUT, big.status(), big::toString);
    assertTrue(big.err().contains("error[E0105]: '<stdin>' is larger than 1024 KiB"), big::toString);

    Run twice = run(new ByteArrayInputStream(walsall), OutputFiles.ON_DISK, "plan", "--model", "-", "--answers", "-");
    assertEquals(Main.BAD_INPUT, twice.status(), twice::toString);
    assertTrue(twice.err().contains("cannot read standard input twice"), twice::toString);
  }

  /** A real file channel that accepts {@code capacity} bytes and then fails as a full disk does. */
  private static final class FullDiskChannel extends FileChannel {
    private final FileChannel real;
    private long left;

    FullDiskChannel(FileChannel real, long capacity) {
      this.real = real;
      this.left = capacity;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (left <= 0) {
        throw new IOException("No space left on device");
      }
      int n = (int) Math.min(left, src.remaining());
      ByteBuffer part = src.slice(src.position(), n);
      int written = real.write(part);
      src.position(src.position() + written);
      left -= written;
      return written;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return real.read(dsts, offset, length);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      long total = 0;
      for (int i = offset; i < offset + length; i++) {
        total += write(srcs[i]);
      }
      return total;
    }

    @Override
    public long position() throws IOException {
      return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      real.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      real.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
      return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return real.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      real.close();
    }
  }
}
