package org.supplierdiscovery.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.admin.CatalogueAdmin;
import org.supplierdiscovery.cli.Engine;
import org.supplierdiscovery.http.ApiServer;
import org.supplierdiscovery.http.ServerSettings;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.ingest.LoadReport;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.search.Suggester;

/**
 * The real server, in process, on a free loopback port: the project's configuration, an index built
 * in a temporary directory from the web fixture, and the page served from the classpath.
 */
final class WebTestServer implements AutoCloseable {
  static final Path CONFIG = Path.of("index-config");
  static final Path FIXTURE = Path.of("src/test/resources/web/suppliers.jsonl");
  /** The admin's token, with which a test creates buyer organisations. */
  static final String ADMIN_TOKEN = "web-test-admin-token-0123456789";

  private final Engine engine;
  private final CatalogueWriter writer;
  private final ApiServer server;

  private WebTestServer(Engine engine, CatalogueWriter writer, ApiServer server) {
    this.engine = engine;
    this.writer = writer;
    this.server = server;
  }

  static WebTestServer start(Path indexDir) throws IOException {
    return start(indexDir, FIXTURE);
  }

  /** A server over {@code data}, loaded into an empty index at {@code indexDir}. */
  static WebTestServer start(Path indexDir, Path data) throws IOException {
    Engine engine = Engine.open(CONFIG, indexDir);
    LoadReport report = engine.loader().load(data, line -> {});
    if (!report.rejected().isEmpty()) {
      throw new IllegalStateException(data + " has rejected records: " + report.rejected());
    }
    CatalogueWriter writer = engine.writer();
    CatalogueAdmin admin = new CatalogueAdmin(new SupplierValidator(engine.config().taxonomy()), writer,
        engine.index());
    ApiServer server = new ApiServer(
        ServerSettings.defaults(), engine.index(), engine.search(),
        new Suggester(engine.index(), engine.config()), admin, AdminToken.of(ADMIN_TOKEN))
        .start("127.0.0.1", 0);
    return new WebTestServer(engine, writer, server);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  @Override
  public void close() throws IOException {
    server.stop();
    writer.close();
    engine.close();
  }
}
