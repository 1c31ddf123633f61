package io.svmi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Listens on a loopback port, prints it, and then prints how many bytes its first connection
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
        long received = 0;
        try {
          for (int n; (n = in.read(new byte[4096])) >= 0; ) {
            received += n;
          }
        } catch (SocketTimeoutException stillOpen) {
          // What was sent by now is all there is.
        }
        System.out.println(received);
      }
    }
  }
}
