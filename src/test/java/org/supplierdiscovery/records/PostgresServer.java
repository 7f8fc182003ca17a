package org.supplierdiscovery.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.supplierdiscovery.Requirement;

/**
 * A throwaway PostgreSQL server for tests: a cluster made by {@code initdb} in a temporary directory,
 * served on a free loopback port (no Unix socket outside that directory, trust authentication, no
 * fsync: it holds nothing worth keeping), and deleted when closed. PostgreSQL refuses to run as root,
 * so as root (a CI machine) the cluster belongs to the {@code postgres} user that Debian's package
 * creates, and each program runs as that user through {@code runuser}.
 */
public final class PostgresServer implements AutoCloseable {
  static final String USER = "supplier_discovery";
  private static final long COMMAND_SECONDS = 60;

  private final PostgresInstallation installation;
  private final Path dir;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();
  private final Thread stopAtExit;
  private volatile boolean running;

  private PostgresServer(PostgresInstallation installation, Path dir, int port) {
    this.installation = installation;
    this.dir = dir;
    this.port = port;
    this.stopAtExit = new Thread(this::stopQuietly, "stop-test-postgres");
  }

  /**
   * A new server, started; or the test is skipped (failed under CI=true) when PostgreSQL is not
   * installed or will not start, with the reason.
   */
  public static PostgresServer startOrSkip() {
    String missing = PostgresInstallation.missing();
    if (missing != null) {
      Requirement.unmet(missing);
    }
    try {
      return start(PostgresInstallation.find());
    } catch (IOException e) {
      Requirement.unmet("PostgreSQL tests could not start a server: " + e.getMessage());
      throw new AssertionError(e);
    }
  }

  private static PostgresServer start(PostgresInstallation installation) throws IOException {
    Path dir = Files.createTempDirectory("supplier-discovery-postgres-");
    installation.handOver(dir);
    PostgresServer server = new PostgresServer(installation, dir, freePort());
    try {
      server.run("initdb", "-D", server.data(), "-U", USER, "--auth=trust", "--encoding=UTF8", "--no-locale",
          "--no-sync");
      server.restart();
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The server's port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** A new empty database on this server: its JDBC URL. */
  public String createDatabase() {
    String name = "records_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres")); var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a database on the test server", e);
    }
    return url(name);
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
  }

  /** Stops the server at once (clients are disconnected); {@link #restart} brings it back, data kept. */
  public void stop() throws IOException {
    run("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "30", "stop");
    running = false;
    Runtime.getRuntime().removeShutdownHook(stopAtExit);
  }

  /** Starts the server, on the same port and data, and waits until it accepts connections. */
  public void restart() throws IOException {
    String options = "-p " + port + " -c listen_addresses=127.0.0.1 -k '" + dir + "' -c fsync=off"
        + " -c synchronous_commit=off -c full_page_writes=off";
    run("pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-o", options, "-w", "-t", "30",
        "start");
    running = true;
    // a JVM ended early (a Failsafe time-out) would otherwise leave the server running
    Runtime.getRuntime().addShutdownHook(stopAtExit);
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  /** Runs one of PostgreSQL's programs to completion, as the user that owns the cluster. */
  private void run(String program, String... args) throws IOException {
    List<String> command = new ArrayList<>(installation.command(program));
    command.addAll(List.of(args));
    Path log = dir.resolve("commands.log");
    // run from the cluster's own directory: the user it runs as may not be allowed into the build's
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    try {
      if (!p.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(program + " did not finish within " + COMMAND_SECONDS + " s" + logTail());
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(program + " interrupted", e);
    }
    if (p.exitValue() != 0) {
      throw new IOException(program + " exited with " + p.exitValue() + logTail());
    }
  }

  private String logTail() {
    StringBuilder tail = new StringBuilder();
    for (String name : List.of("commands.log", "server.log")) {
      Path log = dir.resolve(name);
      try {
        if (Files.isRegularFile(log)) {
          List<String> lines = Files.readAllLines(log);
          tail.append("\n").append(name).append(":\n")
              .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
      } catch (IOException e) {
        tail.append("\n(").append(name).append(" unreadable: ").append(e.getMessage()).append(')');
      }
    }
    return tail.toString();
  }

  private void stopQuietly() {
    if (running) {
      try {
        run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "-t", "30", "stop");
        running = false;
      } catch (IOException ignored) {
        // the directory is removed next; a server left behind is reported by its own log
      }
    }
  }

  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException exiting) {
      // called from the hook itself
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
