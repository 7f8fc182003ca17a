package org.supplierdiscovery.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.supplierdiscovery.Requirement;

/**
 * HAProxy running {@code deploy/haproxy.cfg} exactly as shipped, its addresses given through the
 * environment: listening and showing its statistics on free loopback ports, in front of a primary and
 * two replicas.
 */
final class Balancer implements AutoCloseable {
  static final Path CONFIG = Path.of("deploy/haproxy.cfg");
  private final Process process;
  private final int port;
  private final int statsPort;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Balancer(Process process, int port, int statsPort) {
    this.process = process;
    this.port = port;
    this.statsPort = statsPort;
  }

  /** HAProxy's program, or the test is skipped (failed under CI=true) when it is not installed. */
  static Path haproxyOrSkip() {
    Optional<Path> found = Stream.concat(
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)),
        Stream.of("/usr/sbin", "/usr/local/sbin"))
        .filter(d -> !d.isBlank()).map(d -> Path.of(d, "haproxy")).filter(Files::isExecutable).findFirst();
    if (found.isEmpty()) {
      Requirement.unmet("The load balancer test needs HAProxy (Debian: apt-get install haproxy)");
    }
    return found.orElseThrow();
  }

  /** Checks the configuration, then starts HAProxy in the foreground in front of the three servers. */
  static Balancer start(Path haproxy, int primary, int replica1, int replica2, Path log) throws Exception {
    int port = freePort();
    int stats = freePort();
    Map<String, String> env = Map.of("SD_LISTEN", "127.0.0.1:" + port, "SD_STATS", "127.0.0.1:" + stats,
        "SD_PRIMARY", "127.0.0.1:" + primary, "SD_REPLICA_1", "127.0.0.1:" + replica1, "SD_REPLICA_2",
        "127.0.0.1:" + replica2);
    Process check = haproxy(haproxy, env, log, "-c").start();
    if (check.waitFor() != 0) {
      throw new IllegalStateException(CONFIG + " is not valid: " + Files.readString(log));
    }
    return new Balancer(haproxy(haproxy, env, log, "-db").start(), port, stats);
  }

  private static ProcessBuilder haproxy(Path haproxy, Map<String, String> env, Path log, String mode) {
    ProcessBuilder pb = new ProcessBuilder(haproxy.toString(), mode, "-f", CONFIG.toAbsolutePath().toString());
    pb.environment().putAll(env);
    return pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until HAProxy's health checks say {@code server} of {@code backend} is in the given state. */
  void awaitState(String backend, String server, String state) throws Exception {
    while (!state.equals(state(backend, server))) {
      if (!process.isAlive()) {
        throw new IllegalStateException("haproxy exited with " + process.exitValue());
      }
      Thread.sleep(50);
    }
  }

  /** A server's state in HAProxy's statistics (UP, DOWN, ...), or "" while they are not served yet. */
  String state(String backend, String server) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
        .timeout(Duration.ofSeconds(5)).build();
    String csv;
    try {
      csv = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException notYet) {
      return "";
    }
    List<String> lines = csv.lines().toList();
    List<String> header = Arrays.asList(lines.getFirst().replaceFirst("^# ", "").split(",", -1));
    int status = header.indexOf("status");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells.length > status && cells[0].equals(backend) && cells[1].equals(server)) {
        return cells[status].split(" ", -1)[0];
      }
    }
    return "";
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

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
