package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What {@link DaemonClient} and {@link Daemon} say to each other on one loopback connection.
 *
 * <p>The client opens with {@link #MAGIC}, {@link #VERSION} and the name of a proof: the daemon
 * makes that file in its private directory and says {@link #PROVED}, and the client, having seen
 * the file, knows it reached a daemon of its own user, not whoever took the port of a daemon that
 * died. Only then does it send its request: the daemon's token (its registration file holds it),
 * the {@link DaemonAddress#key() key} of the directory and settings it runs in, a kind
 * ({@link #RUN}, {@link #STATUS} or {@link #STOP}) and the command's arguments.
 * The daemon answers with frames, each a type byte and, for {@link #OUT}, {@link #ERR} and
 * {@link #REFUSED}, a length and that many bytes. For a command: {@link #READY} once a worker is
 * free, to which the client says {@link #GO} (or, having waited too long, closes: then nothing is
 * run); then the command's standard output and error in the order they were flushed,
 * {@link #WANT_STDIN} when the command reads standard input (the client then sends {@link #STDIN}
 * frames and {@link #STDIN_END}, from a thread of its own, while it reads the answer), and last
 * {@link #EXIT} with the status. {@link #REFUSED} (the daemon serves other settings, or is busy)
 * means the client runs the command itself: nothing has been run.
 */
final class DaemonProtocol {
  static final int MAGIC = 0x53564d49;   // "SVMI"
  static final int VERSION = 3;
  static final int TOKEN_BYTES = 32;

  static final byte RUN = 1;
  static final byte STATUS = 2;
  static final byte STOP = 3;

  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte WANT_STDIN = 3;
  static final byte EXIT = 4;
  static final byte REFUSED = 5;
  static final byte STDIN = 6;
  static final byte STDIN_END = 7;
  static final byte READY = 8;
  static final byte GO = 9;
  static final byte PROVED = 10;

  /** The most arguments, and bytes in one string or frame, either side accepts. */
  static final int MAX_ARGS = 10_000;
  static final int MAX_BYTES = 1 << 20;
  /** Frames of output and input are at most this long; longer writes are split. */
  static final int CHUNK = 1 << 16;

  private DaemonProtocol() {}

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    return new String(readBytes(in), UTF_8);
  }

  /** A length and that many bytes; a length out of range is a protocol error. */
  static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_BYTES) {
      throw new ProtocolException("a frame of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  /** Writes {@code text} in UTF-8 as one frame of the given type ({@link #OUT}, {@link #REFUSED}). */
  static void writeText(DataOutputStream out, byte type, String text) throws IOException {
    byte[] bytes = text.getBytes(UTF_8);
    synchronized (out) {
      writeFrames(out, type, bytes, 0, bytes.length);
    }
  }

  /** Writes {@code b} as frames of the given type, each at most {@link #CHUNK} bytes. */
  static void writeFrames(DataOutputStream out, byte type, byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, CHUNK);
      out.writeByte(type);
      out.writeInt(n);
      out.write(b, off, n);
      off += n;
      len -= n;
    }
  }

  /** The other side broke the protocol: the connection is closed without an answer. */
  static final class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    ProtocolException(String what) {
      super("svmi daemon protocol: " + what);
    }
  }

  /**
   * Standard input for a command run by the daemon: asks the client for it on the first read
   * ({@link #WANT_STDIN}), then reads its {@link #STDIN} frames until {@link #STDIN_END}.
   */
  static final class RemoteInput extends java.io.InputStream {
    private final DataInputStream in;
    private final Runnable ask;
    private byte[] chunk = new byte[0];
    private int next;
    private boolean asked;
    private boolean ended;

    RemoteInput(DataInputStream in, Runnable ask) {
      this.in = in;
      this.ask = ask;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (next == chunk.length) {
        if (ended) {
          return -1;
        }
        if (!asked) {
          asked = true;
          ask.run();
        }
        byte type = in.readByte();
        if (type == STDIN_END) {
          ended = true;
        } else if (type == STDIN) {
          chunk = readBytes(in);
          next = 0;
        } else {
          throw new ProtocolException("frame " + type + " while reading standard input");
        }
      }
      int n = Math.min(len, chunk.length - next);
      System.arraycopy(chunk, next, b, off, n);
      next += n;
      return n;
    }
  }

  /** One of the command's two output streams, written as frames of one type. */
  static final class FramedOutput extends OutputStream {
    private final DataOutputStream out;
    private final byte type;

    FramedOutput(DataOutputStream out, byte type) {
      this.out = out;
      this.type = type;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      synchronized (out) {
        writeFrames(out, type, b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      synchronized (out) {
        out.flush();
      }
    }
  }
}
