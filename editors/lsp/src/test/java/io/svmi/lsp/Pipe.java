package io.svmi.lsp;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A one-way in-memory stream pair. Unlike java.io's piped streams it does not fail when the thread
 * that wrote last has ended (LSP4J writes from whichever thread answers).
 */
final class Pipe {
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int read;
  private boolean closed;

  final OutputStream out = new OutputStream() {
    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (Pipe.this) {
        buffer.write(b, off, len);
        Pipe.this.notifyAll();
      }
    }

    @Override
    public void close() {
      synchronized (Pipe.this) {
        closed = true;
        Pipe.this.notifyAll();
      }
    }
  };

  final InputStream in = new InputStream() {
    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      synchronized (Pipe.this) {
        while (read == buffer.size() && !closed) {
          try {
            Pipe.this.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
          }
        }
        if (read == buffer.size()) {
          return -1;
        }
        byte[] all = buffer.toByteArray();
        int n = Math.min(len, all.length - read);
        System.arraycopy(all, read, b, off, n);
        read += n;
        if (read == all.length) {
          buffer.reset();
          read = 0;
        }
        return n;
      }
    }
  };
}
