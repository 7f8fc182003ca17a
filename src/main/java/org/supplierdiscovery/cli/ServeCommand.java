package org.supplierdiscovery.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.admin.CatalogueAdmin;
import org.supplierdiscovery.http.ApiServer;
import org.supplierdiscovery.http.ServerSettings;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.ingest.LoadReport;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.records.RecordStore;
import org.supplierdiscovery.replication.ConfigFingerprint;
import org.supplierdiscovery.replication.PrimaryRole;
import org.supplierdiscovery.replication.Publisher;
import org.supplierdiscovery.search.Suggester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the HTTP API and the buyer page, loading the catalogue first if the index is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the search API and the buyer page.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin
  EngineOptions engine;

  @Mixin
  ReplicaOptions replication;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--host", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host = "0.0.0.0";

  @Option(names = "--data", paramLabel = "FILE", description = "Catalogue loaded when the index is empty (default: ${DEFAULT-VALUE}).")
  Path data = EngineOptions.HOME.resolve("sample-data/suppliers.jsonl");

  @Option(names = "--admin-token-file", paramLabel = "FILE", description = "File holding the admin bearer token (else $"
      + AdminToken.ENV + "; without either, changes are off).")
  Path adminTokenFile;

  @Option(names = "--records-url", paramLabel = "JDBC_URL", description = "Database of procurement records (else $"
      + RecordStore.ENV + "; default: an embedded H2 file beside the index).")
  String recordsUrl;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Allow cross-origin calls from this origin; repeatable. Off by default.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--max-concurrent-searches", description = "Searches answered at once (default: 2 x cores).")
  int maxConcurrentSearches = ServerSettings.defaults().maxConcurrentSearches();

  @Option(names = "--max-queued-searches", description = "Searches that may wait for a turn, up to a second, before 503 (default: 16 x the concurrent cap).")
  Integer maxQueuedSearches;

  @Override
  public Integer call() throws Exception {
    if (replication.replicaOf != null) {
      checkPortFree();
      return new ReplicaServer(engine.config, engine.index, replication, settings(), host, port).run();
    }
    AdminToken token = loadToken();
    AdminToken replicationToken = replication.primaryToken();
    checkPortFree();
    RecordStore records = openRecords();
    Engine e;
    try {
      e = Engine.open(engine.config, engine.index);
    } catch (IOException | RuntimeException failed) {
      records.close();
      throw failed;
    }
    loadIfEmpty(e);
    CatalogueWriter writer = e.writer();
    CatalogueAdmin admin = new CatalogueAdmin(new SupplierValidator(e.config().taxonomy()), writer, e.index());
    Publisher publisher = Publisher.of(writer, e.index().directory(),
        ConfigFingerprint.of(engine.config, writer.layout()));
    ApiServer server = new ApiServer(settings(), e.index(), e.search(), new Suggester(e.index(), e.config()), admin,
        token, records, new PrimaryRole(publisher, replicationToken, token, replication.maxGenerationWait));
    try {
      server.start(host, port);
    } catch (JavalinBindException taken) {
      records.close();
      e.close();
      throw new PortInUseException(host, port, taken);
    }
    warmInBackground(e);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      records.close();
      try {
        e.close();
      } catch (IOException ignored) {
        // the process is ending; committed changes are already durable
      }
      stopped.countDown();
    }));
    LOG.info("Supplier Discovery ready at http://localhost:{}/ with {} suppliers (generation {}); catalogue changes {}",
        server.port(), e.index().size(), e.index().generation(), token.enabled() ? "enabled" : "off (no admin token)");
    stopped.await();
    return 0;
  }

  private ServerSettings settings() {
    return new ServerSettings(corsOrigins, maxConcurrentSearches,
        maxQueuedSearches != null ? maxQueuedSearches : 16 * maxConcurrentSearches,
        ServerSettings.defaults().queueWaitMillis());
  }

  /** Searches answer from the start; this only spares the first ones building the facet bitsets. */
  static void warmInBackground(Engine e) {
    Thread.ofPlatform().name("warm-up").daemon().start(() -> {
      long start = System.nanoTime();
      try {
        e.search().warm();
        LOG.info("facet bitsets built in {} ms", (System.nanoTime() - start) / 1_000_000);
      } catch (IOException | RuntimeException failed) {
        LOG.warn("building the facet bitsets ahead of the first search failed; searches build them", failed);
      }
    });
  }

  /** Fails before anything is loaded when the port is taken; the server binds it again just after. */
  private void checkPortFree() throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("in use")) {
        throw new PortInUseException(host, port, e);
      }
      throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /**
   * The records database: the option, else the environment, else a file beside the index. Opened
   * before the index, so a bad URL stops start-up before anything is loaded; the URL is not repeated in
   * the message, since it may hold a password.
   */
  private RecordStore openRecords() {
    String env = System.getenv(RecordStore.ENV);
    String url = recordsUrl != null
        ? recordsUrl
        : env != null && !env.isBlank() ? env : RecordStore.fileUrl(engine.index.toAbsolutePath().getParent());
    try {
      return RecordStore.open(url);
    } catch (java.sql.SQLException | org.flywaydb.core.api.FlywayException e) {
      throw new org.supplierdiscovery.config.ConfigException("the records database (--records-url or "
          + RecordStore.ENV + ") cannot be opened: " + e.getMessage());
    }
  }

  private AdminToken loadToken() throws IOException {
    if (adminTokenFile != null && !Files.isRegularFile(adminTokenFile)) {
      throw new NoSuchFileException(adminTokenFile.toString());
    }
    try {
      return AdminToken.load(Optional.ofNullable(adminTokenFile), Optional.ofNullable(System.getenv(AdminToken.ENV)));
    } catch (IllegalArgumentException bad) {
      throw new org.supplierdiscovery.config.ConfigException(bad.getMessage());
    }
  }

  private void loadIfEmpty(Engine e) throws IOException {
    if (e.index().size() > 0) {
      return;
    }
    if (!Files.isRegularFile(data)) {
      throw new NoSuchFileException(data.toString());
    }
    LoadReport report = e.loader().load(data, line -> {});
    report.rejected().forEach(r -> LOG.warn("rejected {}", r));
    LOG.info("Loaded {} suppliers from {} ({} rejected) in {} ms", report.loaded(), data, report.rejected().size(),
        report.took().toMillis());
  }
}
