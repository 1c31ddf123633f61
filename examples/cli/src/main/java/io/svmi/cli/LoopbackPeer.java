package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.List;
import java.util.OptionalLong;

/**
 * Whose socket is at the other end of a loopback connection, from Linux's {@code /proc/net/tcp}
 * tables: {@link DaemonClient} sends its token, arguments and standard input only to a daemon of
 * the same user. A registration can outlive its daemon (killed outright, or its machine
 * restarted), and another user may then listen on the port it names.
 */
final class LoopbackPeer {
  private LoopbackPeer() {}

  /** True when the socket at the other end of {@code socket} belongs to this process's user; false when that cannot be told. */
  static boolean isThisUsers(Socket socket) {
    OptionalLong uid = effectiveUid(DaemonAddress.statusField("Uid").orElse(""));
    if (uid.isEmpty()) {
      return false;
    }
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      String text;
      try (InputStream in = new FileInputStream(table)) {
        text = new String(in.readAllBytes(), UTF_8);
      } catch (IOException e) {
        continue;
      }
      // The far end's own entry: its port is the local one there, and this socket's the remote one.
      OptionalLong owner = ownerOf(text, socket.getPort(), socket.getLocalPort());
      if (owner.isPresent()) {
        return owner.getAsLong() == uid.getAsLong();
      }
    }
    return false;
  }

  /**
   * The user id of the socket in a {@code /proc/net/tcp} table whose local port is
   * {@code localPort} and remote port {@code remotePort}; empty when the table has none.
   */
  static OptionalLong ownerOf(String table, int localPort, int remotePort) {
    for (String line : table.split("\n")) {
      String[] fields = line.strip().split("\\s+");
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid ...
      if (fields.length < 8 || !fields[0].endsWith(":")) {
        continue;
      }
      try {
        if (port(fields[1]) == localPort && port(fields[2]) == remotePort) {
          return OptionalLong.of(Long.parseLong(fields[7]));
        }
      } catch (NumberFormatException e) {
        // The header, or a line this reader does not know: not the entry.
      }
    }
    return OptionalLong.empty();
  }

  /** The effective user id in a {@code Uid:} field of {@code /proc/self/status} (real, effective, saved, file system). */
  static OptionalLong effectiveUid(String uidField) {
    String[] ids = uidField.strip().split("\\s+");
    try {
      return ids.length >= 2 ? OptionalLong.of(Long.parseLong(ids[1])) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static int port(String address) {
    int colon = address.lastIndexOf(':');
    if (colon < 0) {
      throw new NumberFormatException(address);
    }
    return Integer.parseInt(address.substring(colon + 1), 16);
  }
}
