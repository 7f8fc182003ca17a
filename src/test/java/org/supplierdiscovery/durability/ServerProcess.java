package org.supplierdiscovery.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The real server in a JVM of its own, started from the test classpath, that a test can kill -9. */
final class ServerProcess implements AutoCloseable {
  final int port;
  final Process process;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServerProcess(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  static ServerProcess start(Path index, Path data, String token, Path log) throws Exception {
    return startOn(freePort(), index, data, token, log);
  }

  /** A server (a primary) on {@code port}, e.g. to restart one where its replicas expect it. */
  static ServerProcess startOn(int port, Path index, Path data, String token, Path log) throws Exception {
    return started(port, launch(port, token, log, "--index", index.toString(), "--data", data.toString()));
  }

  /** A read replica of {@code primary}, polling every 100 ms, presenting {@code token}. */
  static ServerProcess startReplica(Path index, URI primary, String token, Path log) throws Exception {
    int port = freePort();
    return started(port, launch(port, token, log, "--index", index.toString(), "--replica-of", primary.toString(),
        "--poll-interval", "100ms"));
  }

  private static ServerProcess started(int port, Process process) throws Exception {
    ServerProcess server = new ServerProcess(port, process);
    server.awaitReady(Duration.ofSeconds(60));
    return server;
  }

  /** {@code serve} on {@code port} with {@code options} in a JVM of its own, its output appended to {@code log}. */
  static Process launch(int port, String token, Path log, String... options) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(
        java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.supplierdiscovery.cli.Main", "serve", "--port", Integer.toString(port)));
    command.addAll(List.of(options));
    if (!command.contains("--config")) {
      command.addAll(List.of("--config", Path.of("index-config").toAbsolutePath().toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("SUPPLIER_DISCOVERY_ADMIN_TOKEN", token);
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return pb.start();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitReady(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue());
      }
      try {
        if (send(HttpRequest.newBuilder(uri("/health"))).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("server not ready within " + limit);
  }

  /** SIGKILL: no shutdown hooks, no chance to flush anything. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
