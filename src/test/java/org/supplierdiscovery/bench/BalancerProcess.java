package org.supplierdiscovery.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * HAProxy running {@code deploy/haproxy.cfg} as shipped, its addresses given through the environment,
 * listening on a free loopback port. One replica is the same server named in both replica lines.
 */
final class BalancerProcess implements AutoCloseable {
  private final Process process;
  final URI base;

  private BalancerProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  /** Checks the configuration, starts HAProxy in the foreground and waits until a search through it answers. */
  static BalancerProcess start(Path haproxy, Path config, URI primary, URI replica1, URI replica2, Path log)
      throws Exception {
    int port = freePort();
    Map<String, String> env = Map.of("SD_LISTEN", "127.0.0.1:" + port, "SD_STATS", "127.0.0.1:" + freePort(),
        "SD_PRIMARY", hostPort(primary), "SD_REPLICA_1", hostPort(replica1), "SD_REPLICA_2", hostPort(replica2));
    if (command(haproxy, config, env, log, "-c").start().waitFor() != 0) {
      throw new IllegalStateException(config + " is not valid: " + Files.readString(log));
    }
    BalancerProcess b = new BalancerProcess(command(haproxy, config, env, log, "-db").start(),
        URI.create("http://127.0.0.1:" + port));
    b.awaitSearch(Duration.ofSeconds(30));
    return b;
  }

  private static ProcessBuilder command(Path haproxy, Path config, Map<String, String> env, Path log, String mode) {
    ProcessBuilder pb = new ProcessBuilder(haproxy.toString(), mode, "-f", config.toAbsolutePath().toString());
    pb.environment().putAll(env);
    return pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
  }

  private void awaitSearch(Duration limit) throws Exception {
    HttpClient client = LoadGenerator.newClient();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("haproxy exited with " + process.exitValue());
      }
      try {
        HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/search?q=care")).timeout(Duration.ofSeconds(5))
            .build();
        if (client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no search answered through haproxy within " + limit);
  }

  private static String hostPort(URI uri) {
    return uri.getHost() + ":" + uri.getPort();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
