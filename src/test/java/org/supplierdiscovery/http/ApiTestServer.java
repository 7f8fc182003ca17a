package org.supplierdiscovery.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.admin.CatalogueAdmin;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.ProcurementSettings;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.records.RecordStore;
import org.supplierdiscovery.search.SearchService;
import org.supplierdiscovery.search.Suggester;

/** The real server on a free loopback port over the six-supplier fixture, with a real HTTP client. */
final class ApiTestServer implements AutoCloseable {
  static final String TOKEN = "test-admin-token-0123456789";
  final TestCatalogue catalogue;
  final CatalogueWriter writer;
  final ApiServer server;
  /** The server's record database, for tests that reach past the API (e.g. to alter a stored event). */
  final RecordStore records;
  private final HttpClient http = HttpClient.newHttpClient();

  ApiTestServer(AdminToken token, ServerSettings settings) throws Exception {
    this(token, settings, new ByteBuffersDirectory());
  }

  /** The server over an index in {@code directory} (e.g. one that fails on demand). */
  ApiTestServer(AdminToken token, ServerSettings settings, Directory directory) throws Exception {
    this(token, settings, directory, TestCatalogue.config().procurement(), RecordStore.inMemory());
  }

  /**
   * The server with its own settings for procurement records (e.g. a small freeze limit), keeping records
   * in {@code records}, closed with the server.
   */
  ApiTestServer(AdminToken token, ServerSettings settings, Directory directory, ProcurementSettings procurement,
      RecordStore records) throws Exception {
    catalogue = TestCatalogue.load(directory, TestCatalogue.TINY, Clock.systemUTC());
    writer = catalogue.writer;
    this.records = records;
    CatalogueAdmin admin = new CatalogueAdmin(new SupplierValidator(TestCatalogue.config().taxonomy()), writer,
        catalogue.index);
    IndexConfig c = TestCatalogue.config();
    SearchService search = procurement.equals(c.procurement())
        ? catalogue.search
        : new SearchService(catalogue.index, new IndexConfig(c.taxonomy(), c.indexAnalyzer(), c.queryAnalyzer(),
            c.spellingAnalyzer(), c.synonymGroups(), c.ranking(), c.facets(), c.englishWords(), procurement,
            c.semantic()));
    server = new ApiServer(settings, catalogue.index, search, new Suggester(catalogue.index, c), admin, token,
        records).start("127.0.0.1", 0);
  }

  static ApiTestServer withToken() throws Exception {
    return new ApiTestServer(AdminToken.of(TOKEN), ServerSettings.defaults());
  }

  /** With the admin token, and at most {@code limit} suppliers to a frozen list. */
  static ApiTestServer withFreezeLimit(int limit) throws Exception {
    return new ApiTestServer(AdminToken.of(TOKEN), ServerSettings.defaults(), new ByteBuffersDirectory(),
        new ProcurementSettings(limit, java.util.Map.of(), 30), RecordStore.inMemory());
  }

  /** With the admin token, keeping records in {@code records} (closed by {@link #close}). */
  static ApiTestServer withToken(RecordStore records) throws Exception {
    return new ApiTestServer(AdminToken.of(TOKEN), ServerSettings.defaults(), new ByteBuffersDirectory(),
        TestCatalogue.config().procurement(), records);
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with an optional JSON body and an optional Authorization header. */
  HttpResponse<String> call(String method, String path, String body, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  HttpResponse<String> put(String path, String body, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  /** A new buyer organisation's key, as an Authorization header value. */
  String organisationKey(String name) throws Exception {
    HttpResponse<String> r = call("POST", "/api/organisations", "{\"name\":\"" + name + "\"}", "Bearer " + TOKEN);
    if (r.statusCode() != 201) {
      throw new AssertionError(r.body());
    }
    return "Bearer " + json(r).get("key").asText();
  }

  /** A new project of the organisation with this key, with {@code search} saved in it (none if null); its id. */
  String project(String key, String name, String search) throws Exception {
    HttpResponse<String> r = call("POST", "/api/projects", "{\"name\":\"" + name + "\"}", key);
    String id = json(r).path("id").asText();
    if (r.statusCode() != 201
        || (search != null && call("POST", "/api/projects/" + id + "/searches", search, key).statusCode() != 201)) {
      throw new AssertionError(r.body());
    }
    return id;
  }

  /** A project of {@code key}'s organisation with {@code search} saved and frozen; fails unless each step succeeds. */
  String frozenProject(String key, String name, String search) throws Exception {
    String id = project(key, name, search);
    HttpResponse<String> frozen = call("POST", "/api/projects/" + id + "/freeze", null, key);
    if (frozen.statusCode() != 201) {
      throw new AssertionError(frozen.statusCode() + " " + frozen.body());
    }
    return id;
  }

  /** The ids of a search answer's hits, in order. */
  static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  /** Sends raw bytes, for requests a well-behaved client cannot make (bad escapes, huge lines). */
  RawResponse raw(String requestLine, String... headers) throws Exception {
    try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
      for (String h : headers) {
        head.append(h).append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int split = text.indexOf("\r\n\r\n");
      return new RawResponse(status, text.substring(0, split), text.substring(split + 4));
    }
  }

  record RawResponse(int status, String headers, String body) {
    boolean isProblem() {
      return headers.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json");
    }
  }

  static String supplier(String id, String name, List<String> statuses) {
    StringBuilder listings = new StringBuilder();
    String[] frameworks = {"Spark DPS", "Digital Care Services Catalogue", "GP IT Futures"};
    for (int i = 0; i < statuses.size(); i++) {
      listings.append(i == 0 ? "" : ",").append("{\"framework\":\"").append(frameworks[i]).append("\",\"status\":\"")
          .append(statuses.get(i)).append("\",\"since\":\"2025-01-01\"")
          .append(statuses.get(i).equals("active") ? "" : ",\"reason\":\"performance\"").append('}');
    }
    return """
        {"id":"%s","name":"%s","summary":"Wearable remote monitoring for frailty.","technologyAreas":["Wearables"],
         "capabilities":["Remote monitoring"],"listings":[%s]}""".formatted(id, name, listings);
  }

  @Override
  public void close() throws IOException {
    server.stop();
    records.close();
    writer.close();
    catalogue.close();
  }
}
