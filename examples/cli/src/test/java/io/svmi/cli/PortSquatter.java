package io.svmi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Listens on a loopback port, prints it, and then prints in hexadecimal what its first connection
 * sent: run as another user by {@code DaemonTest}, it stands for someone who took the port a dead
 * daemon's registration still names.
 */
final class PortSquatter {
  private PortSquatter() {}

  public static void main(String[] args) throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      System.out.println(server.getLocalPort());
      System.out.flush();
      try (Socket client = server.accept()) {
        client.setSoTimeout(5_000);
        InputStream in = client.getInputStream();
        java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
        try {
          byte[] buffer = new byte[4096];
          for (int n; (n = in.read(buffer)) >= 0; ) {
            received.write(buffer, 0, n);
          }
        } catch (SocketTimeoutException stillOpen) {
          // What was sent by now is all there is.
        }
        System.out.println(java.util.HexFormat.of().formatHex(received.toByteArray()));
      }
    }
  }
}
