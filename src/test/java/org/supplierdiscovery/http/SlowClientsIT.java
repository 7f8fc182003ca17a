package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three hundred clients each declare a 100,000-byte search body and send it a byte a second. The
 * server keeps answering /health and searches while they are stalled, and ends each of them with 408
 * at the body deadline although every byte resets the idle timeout.
 */
class SlowClientsIT {
  private static final int CLIENTS = 300;
  private static final byte[] HEAD = ("POST /api/search HTTP/1.1\r\nHost: localhost\r\n"
      + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII);

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void slowUploadsNeitherStarveTheServerNorLastBeyondTheBodyDeadline() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor()) {
      List<Socket> clients = new ArrayList<>();
      try {
        for (int i = 0; i < CLIENTS; i++) {
          Socket s = new Socket(InetAddress.getLoopbackAddress(), api.server.port());
          s.getOutputStream().write(HEAD);
          clients.add(s);
        }
        ScheduledFuture<?> trickling = trickle.scheduleAtFixedRate(() -> clients.forEach(SlowClientsIT::oneByte), 1, 1,
            TimeUnit.SECONDS);

        assertEquals(200, api.get("/health").statusCode());
        assertEquals(200, api.get("/api/search?q=remote+monitoring").statusCode());
        long answered = clients.stream().filter(SlowClientsIT::hasAnswer).count();
        assertEquals(0, answered, "slow clients answered before /health and a search were");

        for (Socket s : clients) {
          String status = statusLine(s);
          assertTrue(status.startsWith("HTTP/1.1 408 "), status);
        }
        trickling.cancel(false);
      } finally {
        for (Socket s : clients) {
          s.close();
        }
      }
    }
  }

  private static void oneByte(Socket s) {
    try {
      OutputStream out = s.getOutputStream();
      out.write(' ');
      out.flush();
    } catch (IOException closedByTheServer) {
      // the server has answered and closed: nothing more to send
    }
  }

  private static boolean hasAnswer(Socket s) {
    try {
      return s.getInputStream().available() > 0;
    } catch (IOException e) {
      return true;
    }
  }

  private static String statusLine(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }
}
