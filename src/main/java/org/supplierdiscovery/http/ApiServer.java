package org.supplierdiscovery.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.admin.CatalogueAdmin;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CommitPins;
import org.supplierdiscovery.index.WriteHealth;
import org.supplierdiscovery.records.OrganisationKey;
import org.supplierdiscovery.records.Organisations;
import org.supplierdiscovery.records.RecordStore;
import org.supplierdiscovery.search.SearchService;
import org.supplierdiscovery.semantic.SupplierVectors;
import org.supplierdiscovery.search.Suggester;

/**
 * The HTTP API and the buyer page. All routes are listed in {@link #routes}; controllers only read
 * requests and write responses; every error leaves through {@link Problems}.
 */
public final class ApiServer {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  static final long IDLE_TIMEOUT_MS = 10_000;

  /**
   * A request's body must have arrived this long after the request started, else 408. The largest
   * body (256 KiB) takes about two seconds at 1 Mbit/s; a client trickling a byte at a time (each byte
   * resets the idle timeout) is cut off here instead of holding its request for minutes.
   */
  static final long BODY_DEADLINE_MS = 10_000;

  private final Javalin app;
  private final SearchGate gate;
  private final RecordStore records;
  private boolean ownedRecords;

  /** A server that keeps procurement records in memory only, gone when it stops. */
  public ApiServer(
      ServerSettings settings, CatalogueIndex index, SearchService search, Suggester suggester,
      CatalogueAdmin admin, AdminToken token) throws IOException {
    this(settings, index, search, suggester, admin, token, RecordStore.inMemory());
    this.ownedRecords = true;
  }

  public ApiServer(
      ServerSettings settings, CatalogueIndex index, SearchService search, Suggester suggester,
      CatalogueAdmin admin, AdminToken token, RecordStore records) throws IOException {
    this(settings, index, search, suggester, admin, token, records, ServerRole.ALONE);
  }

  /**
   * A server in a role: a primary publishing its commits, or a read replica, which has no {@code
   * admin} (null) since its role sends every change to the primary.
   */
  public ApiServer(
      ServerSettings settings, CatalogueIndex index, SearchService search, Suggester suggester,
      CatalogueAdmin admin, AdminToken token, RecordStore records, ServerRole role) throws IOException {
    Metrics metrics = new Metrics(() -> safeSize(index), index::generation, index::sizeInBytes,
        admin == null ? () -> SupplierVectors.Counts.NONE : admin::vectorCounts);
    this.gate = new SearchGate(settings.maxConcurrentSearches(), settings.maxQueuedSearches(),
        settings.queueWaitMillis());
    GenerationWait freshness = new GenerationWait(index, role.generationWait());
    SearchController searches = new SearchController(search, suggester, gate, freshness);
    SupplierController suppliers = new SupplierController(search, admin, new AdminGuard(token), freshness);
    HealthController health = new HealthController(index, admin == null ? WriteHealth::ready : admin::writes,
        metrics, role);
    Cors cors = new Cors(settings.corsOrigins());
    this.records = records;
    Organisations organisations = new Organisations(records, new OrganisationKey(new SecureRandom()),
        Clock.systemUTC());
    OrganisationController orgs = new OrganisationController(organisations, new AdminGuard(token));
    BuyerGuard buyers = new BuyerGuard(organisations);
    ProcurementRoutes procurement = new ProcurementRoutes(records, index, search,
        admin == null ? CommitPins.NONE : admin.pins(), gate, buyers,
        Clock.systemUTC());
    this.app = Javalin.create(config -> {
      configure(config, metrics, cors, searches, suppliers, health);
      // after the security headers, so a refused request carries them too
      config.routes.before(role::before);
      organisationRoutes(config, orgs);
      procurement.register(config.routes);
      role.routes(config.routes);
    });
  }

  private static void configure(
      JavalinConfig config, Metrics metrics, Cors cors, SearchController searches,
      SupplierController suppliers, HealthController health) {
    config.startup.showJavalinBanner = false;
    // a request waiting on a slow upload parks a virtual thread, not one of a fixed pool's threads,
    // so stalled clients cannot leave /health and searches without a thread
    config.concurrency.useVirtualThreads = true;
    config.http.maxRequestSize = Requests.MAX_BODY;
    config.http.prefer405over404 = true;
    config.jetty.modifyServer(server -> {
      server.setErrorHandler(new JettyProblemHandler());
      // Javalin puts its servlet context inside this wrapper
      server.setHandler(new BodyDeadline(BODY_DEADLINE_MS));
    });
    config.jetty.modifyHttpConfiguration(http -> {
      // a 1 MB query string is refused with 414 before any parsing; 16 KiB is far above any real search
      http.setRequestHeaderSize(16 * 1024);
      http.setSendServerVersion(false);
      // a client that declares a body and never sends it holds a thread for this long, not Jetty's 30 s
      http.setIdleTimeout(IDLE_TIMEOUT_MS);
    });
    if (ApiServer.class.getResource("/public/index.html") != null) {
      config.staticFiles.add("/public", Location.CLASSPATH, Set.of());
    }
    config.requestLogger
        .http((ctx, ms) -> metrics.record(route(ctx), ctx.method().name(), ctx.statusCode(), ms / 1000.0));
    routes(config, cors, searches, suppliers, health);
    Problems.register(config.routes);
  }

  private static void routes(
      JavalinConfig config, Cors cors, SearchController searches, SupplierController suppliers,
      HealthController health) {
    config.routes.before(ctx -> headers(ctx, cors));
    config.routes.options("/api/*", cors::preflight);
    config.routes.get("/api/search", searches::searchByQuery);
    config.routes.post("/api/search", searches::searchByBody);
    config.routes.get("/api/facets", searches::facets);
    config.routes.get("/api/suggest", searches::suggest);
    config.routes.post("/api/suppliers/_bulk", suppliers::bulk);
    config.routes.get("/api/suppliers/{id}", suppliers::get);
    config.routes.put("/api/suppliers/{id}", suppliers::put);
    config.routes.delete("/api/suppliers/{id}", suppliers::delete);
    config.routes.get("/api/suppliers/{id}/history", suppliers::history);
    config.routes.get("/health", health::health);
    config.routes.get("/metrics", health::metrics);
    config.routes.get("/openapi.json", health::openApi);
  }

  private static void organisationRoutes(JavalinConfig config, OrganisationController orgs) {
    config.routes.post("/api/organisations", orgs::create);
    config.routes.get("/api/organisations", orgs::list);
  }

  private static void headers(Context ctx, Cors cors) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Referrer-Policy", "no-referrer");
    cors.allow(ctx);
  }

  private static String route(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException none) {
      return "unmatched";
    }
  }

  private static long safeSize(CatalogueIndex index) {
    try {
      return index.size();
    } catch (IOException e) {
      return -1;
    }
  }

  public ApiServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The cap on concurrent searches, for tests that hold its slots. */
  SearchGate gate() {
    return gate;
  }

  public void stop() {
    app.stop();
    gate.close();
    if (ownedRecords) {
      records.close();
    }
  }
}
