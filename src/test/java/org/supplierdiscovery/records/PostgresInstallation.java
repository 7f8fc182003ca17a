package org.supplierdiscovery.records;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where PostgreSQL's server programs are ({@code -Dpostgres.bin}, else the newest
 * {@code /usr/lib/postgresql/N/bin} that Debian's {@code postgresql} package installs, else the
 * {@code PATH}), and as whom they run: the current user, or, as root, which PostgreSQL refuses, the
 * {@code postgres} user through {@code runuser}.
 */
record PostgresInstallation(Path bin, Optional<String> runAs) {
  private static final String SERVICE_USER = "postgres";

  /** Why the tests cannot run a server here, or null. */
  static String missing() {
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      return "PostgreSQL tests need the server programs initdb and pg_ctl (Debian: apt-get install postgresql;"
          + " elsewhere -Dpostgres.bin=DIR)";
    }
    if (isRoot() && !hasUser(SERVICE_USER)) {
      return "PostgreSQL will not run as root, and there is no '" + SERVICE_USER + "' user to run it as";
    }
    return null;
  }

  static PostgresInstallation find() {
    return new PostgresInstallation(binaries().orElseThrow(),
        isRoot() ? Optional.of(SERVICE_USER) : Optional.empty());
  }

  /** The command line that runs {@code program} as the user that owns the cluster. */
  List<String> command(String program) {
    List<String> command = new ArrayList<>();
    runAs.ifPresent(user -> command.addAll(List.of("runuser", "-u", user, "--")));
    command.add(bin.resolve(program).toString());
    return command;
  }

  /** Gives the cluster's directory to the user the server runs as. */
  void handOver(Path dir) throws IOException {
    if (runAs.isPresent()) {
      UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName(runAs.get());
      Files.setOwner(dir, owner);
    }
  }

  private static Optional<Path> binaries() {
    String configured = System.getProperty("postgres.bin");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(PostgresInstallation::hasServer);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(PostgresInstallation::hasServer)
            .max(Comparator.comparingInt(PostgresInstallation::majorVersion));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException ignored) {
        // fall back to the PATH
      }
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(s -> !s.isBlank()).map(Path::of).filter(PostgresInstallation::hasServer).findFirst();
  }

  private static boolean hasServer(Path bin) {
    return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
  }

  private static int majorVersion(Path bin) {
    String name = bin.getParent().getFileName().toString();
    return name.matches("\\d+") ? Integer.parseInt(name) : 0;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean hasUser(String name) {
    try {
      Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
