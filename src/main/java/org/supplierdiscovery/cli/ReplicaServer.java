package org.supplierdiscovery.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.config.ConfigException;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.http.ApiServer;
import org.supplierdiscovery.http.ServerSettings;
import org.supplierdiscovery.index.SupplierDocument;
import org.supplierdiscovery.records.RecordStore;
import org.supplierdiscovery.replication.ConfigFingerprint;
import org.supplierdiscovery.replication.Follower;
import org.supplierdiscovery.replication.PrimaryClient;
import org.supplierdiscovery.replication.ReplicaRole;
import org.supplierdiscovery.replication.ReplicationException;
import org.supplierdiscovery.replication.RevisionCopier;
import org.supplierdiscovery.search.Suggester;

/**
 * {@code serve --replica-of URL}: copies the primary's catalogue into the index directory, then serves
 * every read from it while following the primary. It never writes the index itself and keeps no
 * procurement records (those routes are sent to the primary).
 */
final class ReplicaServer {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaServer.class);
  private final Path configDir;
  private final Path indexDir;
  private final ReplicaOptions options;
  private final ServerSettings settings;
  private final String host;
  private final int port;
  private final RecordStore sharedRecords;

  /** {@code sharedRecords}: the primary's records database, or null to send every records route to it. */
  ReplicaServer(Path configDir, Path indexDir, ReplicaOptions options, ServerSettings settings, String host,
      int port, RecordStore sharedRecords) {
    this.sharedRecords = sharedRecords;
    this.configDir = configDir;
    this.indexDir = indexDir;
    this.options = options;
    this.settings = settings;
    this.host = host;
    this.port = port;
  }

  int run() throws Exception {
    IndexConfig config = new ConfigLoader().load(configDir);
    String fingerprint = ConfigFingerprint.of(configDir, SupplierDocument.layout(new ConceptDictionary(config),
        config.semantic()));
    RevisionCopier copier = new RevisionCopier(indexDir);
    Follower follower = new Follower(new PrimaryClient(options.replicaOf, options.replicaToken()), copier,
        fingerprint, Clock.systemUTC());
    catchUp(follower);
    Engine e = Engine.openReadOnly(config, indexDir);
    follower.follow(e.index(), options.pollInterval);
    RecordStore none = sharedRecords != null ? sharedRecords : RecordStore.inMemory();
    ApiServer server = new ApiServer(settings, e.index(), e.search(), new Suggester(e.index(), config), null,
        AdminToken.none(), none,
        new ReplicaRole(follower, e.index(), options.maxGenerationWait, sharedRecords != null));
    try {
      server.start(host, port);
    } catch (io.javalin.util.JavalinBindException taken) {
      follower.close();
      e.close();
      throw new PortInUseException(host, port, taken);
    }
    ServeCommand.warmInBackground(e);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      follower.close();
      server.stop();
      none.close();
      try {
        e.close();
      } catch (IOException ignored) {
        // the process is ending; a replica holds nothing that is not on the primary
      }
      stopped.countDown();
    }));
    LOG.info("Supplier Discovery replica of {} ready at http://localhost:{}/ with {} suppliers (generation {})",
        options.replicaOf, server.port(), e.index().size(), e.index().generation());
    stopped.await();
    return 0;
  }

  /**
   * Copies the primary's current revision before serving. A replica that holds a revision serves it if
   * the primary cannot be reached; one that holds none waits for the primary. A primary that refuses
   * the token, or has another configuration, stops start-up with the reason.
   */
  private void catchUp(Follower follower) throws IOException, InterruptedException {
    while (true) {
      try {
        follower.syncOnce();
        if (follower.status().refusal().isPresent()) {
          throw new ConfigException("this replica will not serve: " + follower.status().refusal().get());
        }
        return;
      } catch (ReplicationException refused) {
        throw new ConfigException("replication from " + options.replicaOf + " failed: " + refused.getMessage());
      } catch (IOException unreachable) {
        if (new RevisionCopier(indexDir).hasIndex()) {
          LOG.warn("{}; serving the last copied revision meanwhile", follower.status().problem().orElse(""));
          return;
        }
        LOG.warn("{}; waiting for it before serving", follower.status().problem().orElse(unreachable.getMessage()));
        Thread.sleep(options.pollInterval.toMillis());
      }
    }
  }
}
