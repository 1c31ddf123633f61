package io.svmi.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable array of bytes that compact JSON is written into, byte for byte as the module's
 * compact Jackson generator ({@link Json#compactGenerator}) writes it: strings in UTF-8, with
 * {@code "}, {@code \}, and the control characters escaped as Jackson escapes them, nothing else
 * escaped. Not thread-safe: each worker of a batch has its own.
 */
final class JsonBytes {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** For each ASCII character: 0 written as is, a letter for its short escape, -1 for \\u00XX. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  private byte[] bytes;
  private int size;

  JsonBytes(int capacity) {
    this.bytes = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  int capacity() {
    return bytes.length;
  }

  /** Forgets what was written from {@code size} on. */
  void truncate(int size) {
    this.size = size;
  }

  /** Forgets what was written, keeping the array. */
  void clear() {
    size = 0;
  }

  /** The bytes written from {@code from} on, copied. */
  byte[] copy(int from) {
    return Arrays.copyOfRange(bytes, from, size);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
  }

  JsonBytes raw(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
    return this;
  }

  JsonBytes raw(char c) {
    room(1);
    bytes[size++] = (byte) c;
    return this;
  }

  /** ASCII text that needs no escaping (keys, punctuation), as is. */
  JsonBytes ascii(String s) {
    int n = s.length();
    room(n);
    for (int i = 0; i < n; i++) {
      bytes[size++] = (byte) s.charAt(i);
    }
    return this;
  }

  JsonBytes number(long n) {
    return ascii(Long.toString(n));
  }

  JsonBytes bool(boolean b) {
    return ascii(b ? "true" : "false");
  }

  /** A JSON string, quoted and escaped. */
  JsonBytes string(String s) {
    int n = s.length();
    room(n + 2);
    bytes[size++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return rest(s, i);
      }
      byte e = ESCAPES[c];
      if (e == 0) {
        if (size == bytes.length) {
          room(1);
        }
        bytes[size++] = (byte) c;
      } else {
        escape(c, e);
      }
    }
    room(1);
    bytes[size++] = '"';
    return this;
  }

  private void escape(char c, byte e) {
    room(6);
    bytes[size++] = '\\';
    if (e > 0) {
      bytes[size++] = e;
    } else {
      bytes[size++] = 'u';
      bytes[size++] = '0';
      bytes[size++] = '0';
      bytes[size++] = HEX[c >> 4];
      bytes[size++] = HEX[c & 0xF];
    }
  }

  /**
   * The string from {@code i} on, which holds a character beyond ASCII: in UTF-8, except that each
   * half of a surrogate pair is written as an escape, as Jackson writes it by default.
   */
  private JsonBytes rest(String s, int i) {
    int n = s.length();
    for (; i < n; i++) {
      char c = s.charAt(i);
      room(6);
      if (c < 0x80) {
        byte e = ESCAPES[c];
        if (e == 0) {
          bytes[size++] = (byte) c;
        } else {
          escape(c, e);
        }
      } else if (c < 0x800) {
        bytes[size++] = (byte) (0xC0 | (c >> 6));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        bytes[size++] = '\\';
        bytes[size++] = 'u';
        bytes[size++] = HEX[c >> 12];
        bytes[size++] = HEX[(c >> 8) & 0xF];
        bytes[size++] = HEX[(c >> 4) & 0xF];
        bytes[size++] = HEX[c & 0xF];
      } else {
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    room(1);
    bytes[size++] = '"';
    return this;
  }

  /** {@code "key":} */
  JsonBytes key(String key) {
    return string(key).raw(':');
  }

  /** {@code "key":"value"} or {@code "key":null}. */
  JsonBytes field(String key, java.util.Optional<String> value) {
    key(key);
    return value.isPresent() ? string(value.get()) : ascii("null");
  }

  JsonBytes field(String key, String value) {
    return key(key).string(value);
  }
}
