package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.replication.ReplicaPair;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.records.RecordStore;

/**
 * The OpenAPI document matches what the server really does: every answer the calls below provoke has
 * its status listed for its route, and its body validates against the documented JSON Schema with a
 * real validator (every array item, enum and bound). Together the calls reach every listed status but
 * the 408 of a stalled body, which {@code SlowClientsIT} provokes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenApiContractTest {
  static final String BEARER = "Bearer " + ApiTestServer.TOKEN;
  static ApiTestServer api;
  static JsonNode spec;
  static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** A valid value for each documented search parameter. */
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("q", "remote monitoring"), Map.entry("technologyArea", "Wearables"),
      Map.entry("framework", "Spark DPS"), Map.entry("lot", "Lot 1 - Digital triage"),
      Map.entry("capability", "Remote monitoring"), Map.entry("pathway", "Frailty"), Map.entry("standard", "DTAC"),
      Map.entry("region", "London"), Map.entry("sme", "true"), Map.entry("status", "active"),
      Map.entry("sort", "name"), Map.entry("page", "1"), Map.entry("size", "5"), Map.entry("asTyped", "true"),
      Map.entry("minGeneration", "0"));

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
    HttpResponse<String> r = api.get("/openapi.json");
    assertEquals(200, r.statusCode());
    spec = ApiTestServer.json(r);
    assertEquals("3.1.0", spec.path("openapi").asText());
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void readsAnswerAsDocumented() throws Exception {
    holds("/api/search", "get", api.get("/api/search?q=remote+monitoring&technologyArea=Wearables"));
    holds("/api/search", "get", api.get("/api/search?status=active&status=suspended&status=expired&size=100"));
    holds("/api/search", "get", api.get("/api/search?colour=blue"));
    JsonNode suspendedOnly = ApiTestServer.json(api.get("/api/search?q=epsilon"));
    assertEquals("suspended", suspendedOnly.path("includeStatus").path(0).path("status").asText());
    holds("/api/search", "get", api.get("/api/search?q=epsilon"));
    JsonNode relaxed = ApiTestServer.json(api.get("/api/search?q=%2Bwearable+%2Bzorgblat"));
    assertEquals("fewer-words", relaxed.path("relaxed").path("step").asText());
    holds("/api/search", "get", api.get("/api/search?q=%2Bwearable+%2Bzorgblat"));
    holds("/api/search", "get", api.get("/api/search?q=see+my+GP+without+going+in"));
    JsonNode byMeaning = ApiTestServer.json(api.get("/api/search?q=stop+grandma+tumbling+over"));
    assertEquals("meaning", byMeaning.path("relaxed").path("step").asText(), byMeaning.toString());
    holds("/api/search", "get", api.get("/api/search?q=stop+grandma+tumbling+over"));
    holds("/api/facets", "get", api.get("/api/facets"));
    holds("/api/facets", "get", api.get("/api/facets?q=x"));
    holds("/api/suggest", "get", api.get("/api/suggest?q=remo"));
    holds("/api/suggest", "get", api.get("/api/suggest"));
    holds("/api/suppliers/{id}", "get", api.get("/api/suppliers/alpha-rpm"));
    holds("/api/suppliers/{id}", "get", api.get("/api/suppliers/alpha-rpm?fields=name"));
    holds("/api/suppliers/{id}", "get", api.get("/api/suppliers/no-such-supplier"));
    holds("/health", "get", api.get("/health"));
    holds("/metrics", "get", api.get("/metrics"));
    holds("/openapi.json", "get", api.get("/openapi.json"));
    ApiTestServer.RawResponse tooLong = api.raw("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1");
    holds("/api/search", "get", tooLong.status(), tooLong.headers(), tooLong.body());
    List<String> documentedGets = new ArrayList<>();
    spec.path("paths").properties().forEach(p -> {
      if (p.getValue().has("get")) {
        documentedGets.add(p.getKey());
      }
    });
    assertEquals(List.of("/api/facets", "/api/organisations", "/api/projects", "/api/projects/{id}",
        "/api/projects/{id}/allocation", "/api/projects/{id}/allocation/verify", "/api/projects/{id}/compare",
        "/api/projects/{id}/decisions", "/api/projects/{id}/events", "/api/projects/{id}/events/verify",
        "/api/projects/{id}/export.csv", "/api/projects/{id}/export.pdf", "/api/projects/{id}/freeze",
        "/api/projects/{id}/freeze/verify", "/api/projects/{id}/outcome", "/api/projects/{id}/searches", "/api/search",
        "/api/suggest", "/api/suppliers/{id}", "/api/suppliers/{id}/history", "/health", "/metrics", "/openapi.json",
        "/replication/revision", "/replication/sessions/{id}/files/{name}"),
        documentedGets.stream().sorted().toList());
  }

  @Test
  void searchBodiesAnswerAsDocumented() throws Exception {
    holds("/api/search", "post", post("/api/search", "application/json", "{\"q\":\"remote monitoring\"}"));
    holds("/api/search", "post", post("/api/search", "application/json",
        "{\"q\":\"\",\"all\":{\"technologyArea\":[\"Wearables\",\"Data\"]},\"not\":{\"sme\":[\"true\"]}}"));
    holds("/api/search", "post", post("/api/search", "application/json", "{\"q\":241}"));
    ApiTestServer.RawResponse huge = api.raw("POST /api/search HTTP/1.1", "Content-Type: application/json",
        "Content-Length: 300000");
    holds("/api/search", "post", huge.status(), huge.headers(), huge.body());
    holds("/api/search", "post", post("/api/search", "text/plain", "q=x"));
  }

  @Test
  void writesAnswerAsDocumented() throws Exception {
    String record = ApiTestServer.supplier("openapi-check", "Contract Ltd", List.of("active"));
    holds("/api/suppliers/{id}", "put", api.put("/api/suppliers/openapi-check", record, BEARER));
    holds("/api/suppliers/{id}", "put", api.put("/api/suppliers/openapi-check", record, BEARER));
    holds("/api/suppliers/{id}", "put", api.put("/api/suppliers/openapi-check", "{\"id\":7}", BEARER));
    holds("/api/suppliers/{id}", "put", api.put("/api/suppliers/openapi-check", record, null));
    holds("/api/suppliers/{id}", "put", api.send(HttpRequest.newBuilder(api.uri("/api/suppliers/openapi-check"))
        .header("Authorization", BEARER).header("Content-Type", "text/plain")
        .PUT(HttpRequest.BodyPublishers.ofString(record))));
    // a body declared too large is refused before it is read: sent as headers alone, so the answer
    // cannot race the client still sending a body the server will not read
    ApiTestServer.RawResponse bigPut = api.raw("PUT /api/suppliers/openapi-check HTTP/1.1",
        "Content-Type: application/json", "Authorization: " + BEARER, "Content-Length: 300000");
    holds("/api/suppliers/{id}", "put", bigPut.status(), bigPut.headers(), bigPut.body());
    holds("/api/suppliers/{id}/history", "get", api.send(HttpRequest.newBuilder(
        api.uri("/api/suppliers/openapi-check/history")).header("Authorization", BEARER)));
    holds("/api/suppliers/{id}/history", "get", api.get("/api/suppliers/openapi-check/history"));
    holds("/api/suppliers/_bulk", "post", post("/api/suppliers/_bulk", "application/x-ndjson",
        record.replace("\n", " ") + "\n{\"delete\":\"openapi-check\"}\n{\"id\":\n"));
    holds("/api/suppliers/_bulk", "post", api.send(HttpRequest.newBuilder(api.uri("/api/suppliers/_bulk"))
        .header("Content-Type", "application/x-ndjson").header("Authorization", BEARER)
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'{', (byte) 0xff, '}'}))));
    holds("/api/suppliers/_bulk", "post", post("/api/suppliers/_bulk", "text/plain", record));
    ApiTestServer.RawResponse bigBulk = api.raw("POST /api/suppliers/_bulk HTTP/1.1",
        "Content-Type: application/x-ndjson", "Authorization: " + BEARER, "Content-Length: 300000");
    holds("/api/suppliers/_bulk", "post", bigBulk.status(), bigBulk.headers(), bigBulk.body());
    holds("/api/suppliers/_bulk", "post", api.send(HttpRequest.newBuilder(api.uri("/api/suppliers/_bulk"))
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(record))));
    holds("/api/suppliers/{id}", "delete", delete("/api/suppliers/openapi-check", null));
    holds("/api/suppliers/{id}", "delete", delete("/api/suppliers/no-such-supplier", BEARER));
    holds("/api/suppliers/{id}", "put", api.put("/api/suppliers/openapi-check", record, BEARER));
    holds("/api/suppliers/{id}", "delete", delete("/api/suppliers/openapi-check", BEARER));
  }

  @Test
  void changesSwitchedOffAndAFullServerAnswerAsDocumented() throws Exception {
    try (ApiTestServer closed = new ApiTestServer(AdminToken.none(), new ServerSettings(List.of(), 1, 0, 1_000))) {
      String record = ApiTestServer.supplier("openapi-off", "Off Ltd", List.of("active"));
      holds("/api/suppliers/{id}", "put", closed.put("/api/suppliers/openapi-off", record, BEARER));
      holds("/api/suppliers/_bulk", "post", closed.send(HttpRequest.newBuilder(closed.uri("/api/suppliers/_bulk"))
          .header("Content-Type", "application/x-ndjson").header("Authorization", BEARER)
          .POST(HttpRequest.BodyPublishers.ofString(record))));
      holds("/api/suppliers/{id}", "delete", closed.send(HttpRequest
          .newBuilder(closed.uri("/api/suppliers/openapi-off")).header("Authorization", BEARER).DELETE()));
      holds("/api/suppliers/{id}/history", "get", closed.send(HttpRequest
          .newBuilder(closed.uri("/api/suppliers/openapi-off/history")).header("Authorization", BEARER)));
      CountDownLatch release = new CountDownLatch(1);
      Thread holder = HeldSlot.hold(closed.server.gate(), release);
      holds("/api/search", "get", closed.get("/api/search?q=x"));
      holds("/api/search", "post", closed.send(HttpRequest.newBuilder(closed.uri("/api/search"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))));
      holds("/api/facets", "get", closed.get("/api/facets"));
      holds("/api/suggest", "get", closed.get("/api/suggest?q=remo"));
      release.countDown();
      holder.join();
    }
  }

  @Test
  void theValidatorRefusesWhatTheDocumentForbids() throws Exception {
    ObjectNode schema = spec.deepCopy();
    schema.put("$ref", "#/components/schemas/Problem");
    String wrongItem = "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":400,\"detail\":\"d\","
        + "\"errors\":[{\"name\":\"a\",\"reason\":\"r\"},{\"name\":\"b\"}]}";
    assertEquals(1, SCHEMAS.getSchema(schema).validate(Json.MAPPER.readTree(wrongItem)).size());
    schema.put("$ref", "#/components/schemas/SearchResponse");
    String body = api.get("/api/search?q=remote+monitoring").body();
    assertEquals(List.of(), SCHEMAS.getSchema(schema).validate(Json.MAPPER.readTree(body)));
    String badSort = body.replaceFirst("\"sort\":\"relevance\"", "\"sort\":\"price\"");
    assertEquals(1, SCHEMAS.getSchema(schema).validate(Json.MAPPER.readTree(badSort)).size(), badSort);
  }

  @Test
  void everyDocumentedSearchParameterIsAcceptedAndOthersRefused() throws Exception {
    for (JsonNode p : spec.path("paths").path("/api/search").path("get").path("parameters")) {
      String name = p.path("name").asText();
      String value = SAMPLES.get(name.replaceFirst("\\.(all|not)$", ""));
      assertTrue(value != null, "no sample for documented parameter " + name);
      HttpResponse<String> r = api.get("/api/search?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      assertEquals(200, r.statusCode(), name + ": " + r.body());
      holds("/api/search", "get", r);
    }
    assertEquals(400, api.get("/api/search?limit=5").statusCode());
  }

  @Test
  void procurementRecordsAnswerAsDocumented() throws Exception {
    HttpResponse<String> org = call("POST", "/api/organisations", "{\"name\":\"Contract ICB\"}", BEARER);
    holds("/api/organisations", "post", org);
    holds("/api/organisations", "post", call("POST", "/api/organisations", "{\"name\":\"\"}", BEARER));
    holds("/api/organisations", "post", call("POST", "/api/organisations", "{\"name\":\"x\"}", null));
    holds("/api/organisations", "get", call("GET", "/api/organisations", null, BEARER));
    String key = "Bearer " + ApiTestServer.json(org).get("key").asText();
    HttpResponse<String> project = call("POST", "/api/projects", "{\"name\":\"Contract\"}", key);
    holds("/api/projects", "post", project);
    holds("/api/projects", "post", call("POST", "/api/projects", "{\"name\":\"Contract\"}", null));
    holds("/api/projects", "get", call("GET", "/api/projects", null, key));
    String id = ApiTestServer.json(project).get("id").asText();
    holds("/api/projects/{id}", "get", call("GET", "/api/projects/" + id, null, key));
    holds("/api/projects/{id}", "get", call("GET", "/api/projects/no-such-project", null, key));
    holds("/api/projects/{id}", "patch", call("PATCH", "/api/projects/" + id, "{\"name\":\"Renamed\"}", key));
    holds("/api/projects/{id}", "patch", call("PATCH", "/api/projects/" + id, "{\"title\":\"x\"}", key));
    HttpResponse<String> saved = call("POST", "/api/projects/" + id + "/searches", "{\"q\":\"remote monitoring\"}",
        key);
    holds("/api/projects/{id}/searches", "post", saved);
    holds("/api/projects/{id}/searches", "post",
        call("POST", "/api/projects/" + id + "/searches", "{\"size\":0}", key));
    holds("/api/projects/{id}/searches", "get", call("GET", "/api/projects/" + id + "/searches", null, key));
    String activate = "/api/projects/" + id + "/searches/" + ApiTestServer.json(saved).get("id").asText() + "/activate";
    holds("/api/projects/{id}/searches/{searchId}/activate", "post", call("POST", activate, null, key));
    holds("/api/projects/{id}/searches/{searchId}/activate", "post",
        call("POST", "/api/projects/" + id + "/searches/nope/activate", null, key));
  }

  @Test
  void frozenSearchesAnswerAsDocumented() throws Exception {
    String key = api.organisationKey("Freeze ICB");
    String id = api.project(key, "Frozen", "{\"q\":\"remote monitoring\"}");
    String empty = api.project(key, "Empty", null);
    holds("/api/projects/{id}/freeze", "get", call("GET", "/api/projects/" + id + "/freeze", null, key));
    holds("/api/projects/{id}/freeze", "post", call("POST", "/api/projects/" + id + "/freeze", null, key));
    holds("/api/projects/{id}/freeze", "post", call("POST", "/api/projects/" + id + "/freeze", null, key));
    holds("/api/projects/{id}/freeze", "post", call("POST", "/api/projects/" + empty + "/freeze", null, key));
    holds("/api/projects/{id}/freeze", "post", call("POST", "/api/projects/" + id + "/freeze?x=1", null, key));
    holds("/api/projects/{id}/freeze", "post", call("POST", "/api/projects/" + id + "/freeze", null, null));
    holds("/api/projects/{id}/freeze", "get", call("GET", "/api/projects/" + id + "/freeze", null, key));
    holds("/api/projects/{id}/freeze", "get", call("GET", "/api/projects/" + id + "/freeze?x=1", null, key));
    holds("/api/projects/{id}/freeze", "get", call("GET", "/api/projects/" + id + "/freeze", null, null));
    holds("/api/projects/{id}/freeze/verify", "get", call("GET", "/api/projects/" + id + "/freeze/verify", null, key));
    holds("/api/projects/{id}/freeze/verify", "get",
        call("GET", "/api/projects/" + id + "/freeze/verify?x=1", null, key));
    holds("/api/projects/{id}/freeze/verify", "get", call("GET", "/api/projects/nope/freeze/verify", null, key));
    holds("/api/projects/{id}/freeze/verify", "get", call("GET", "/api/projects/" + id + "/freeze/verify", null, null));
    holds("/api/projects/{id}/close", "post", call("POST", "/api/projects/" + id + "/close", null, key));
    holds("/api/projects/{id}/close", "post", call("POST", "/api/projects/" + id + "/close?x=1", null, key));
    holds("/api/projects/{id}/close", "post", call("POST", "/api/projects/nope/close", null, key));
    holds("/api/projects/{id}/close", "post", call("POST", "/api/projects/" + id + "/close", null, null));
    holds("/api/projects/{id}/freeze/verify", "get", call("GET", "/api/projects/" + id + "/freeze/verify", null, key));
    holds("/api/projects/{id}", "patch", call("PATCH", "/api/projects/" + id, "{\"name\":\"Late\"}", key));
    holds("/api/projects/{id}/searches", "post", call("POST", "/api/projects/" + id + "/searches", "{}", key));
    holds("/api/projects/{id}/events", "get", call("GET", "/api/projects/" + id + "/events", null, key));
    holds("/api/projects/{id}/events", "get", call("GET", "/api/projects/" + id + "/events?x=1", null, key));
    holds("/api/projects/{id}/events", "get", call("GET", "/api/projects/nope/events", null, key));
    holds("/api/projects/{id}/events", "get", call("GET", "/api/projects/" + id + "/events", null, null));
    holds("/api/projects/{id}/events/verify", "get", call("GET", "/api/projects/" + id + "/events/verify", null, key));
    holds("/api/projects/{id}/events/verify", "get",
        call("GET", "/api/projects/" + id + "/events/verify?x=1", null, key));
    holds("/api/projects/{id}/events/verify", "get", call("GET", "/api/projects/nope/events/verify", null, key));
    holds("/api/projects/{id}/events/verify", "get",
        call("GET", "/api/projects/" + id + "/events/verify", null, null));
  }

  @Test
  void exportsAnswerAsDocumented() throws Exception {
    String key = api.organisationKey("Export ICB");
    String id = api.project(key, "Exported", "{\"q\":\"remote monitoring\"}");
    String other = api.organisationKey("Other ICB");
    for (String ext : new String[]{"csv", "pdf"}) {
      String route = "/api/projects/{id}/export." + ext;
      String path = "/api/projects/" + id + "/export." + ext;
      holds(route, "get", call("GET", path, null, key)); // 409: not frozen yet
      holds(route, "get", call("GET", path + "?x=1", null, key));
      holds(route, "get", call("GET", path, null, null));
      holds(route, "get", call("GET", path, null, other));
    }
    assertEquals(201, call("POST", "/api/projects/" + id + "/freeze", null, key).statusCode());
    for (String ext : new String[]{"csv", "pdf"}) {
      HttpResponse<String> r = call("GET", "/api/projects/" + id + "/export." + ext, null, key);
      assertEquals(200, r.statusCode());
      holds("/api/projects/{id}/export." + ext, "get", r);
    }
    HttpResponse<String> events = call("GET", "/api/projects/" + id + "/events", null, key);
    holds("/api/projects/{id}/events", "get", events);
  }

  @Test
  void decisionsAndComparisonsAnswerAsDocumented() throws Exception {
    String key = api.organisationKey("Decision ICB");
    String id = api.project(key, "Decided", "{\"q\":\"remote monitoring wearables\"}");
    String open = api.project(key, "Open", "{\"q\":\"triage\"}");
    String decide = "/api/projects/{id}/decisions/{supplierId}";
    String shortlist = "{\"decision\":\"shortlisted\"}";
    holds("/api/projects/{id}/decisions", "get", call("GET", "/api/projects/" + id + "/decisions", null, key));
    holds(decide, "put", call("PUT", "/api/projects/" + open + "/decisions/gamma-triage", shortlist, key));
    assertEquals(201, call("POST", "/api/projects/" + id + "/freeze", null, key).statusCode());
    holds(decide, "put", call("PUT", "/api/projects/" + id + "/decisions/alpha-rpm", shortlist, key));
    holds(decide, "put", call("PUT", "/api/projects/" + id + "/decisions/delta-wear",
        "{\"decision\":\"excluded\",\"reason\":\"No alerts.\"}", key));
    holds(decide, "put",
        call("PUT", "/api/projects/" + id + "/decisions/delta-wear", "{\"decision\":\"excluded\"}", key));
    holds(decide, "put", call("PUT", "/api/projects/nope/decisions/delta-wear", shortlist, key));
    holds(decide, "put", call("PUT", "/api/projects/" + id + "/decisions/delta-wear", shortlist, null));
    holds(decide, "put", api.send(HttpRequest.newBuilder(api.uri("/api/projects/" + id + "/decisions/delta-wear"))
        .header("Authorization", key).header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers
            .ofString(shortlist))));
    ApiTestServer.RawResponse big = api.raw("PUT /api/projects/" + id + "/decisions/delta-wear HTTP/1.1",
        "Content-Type: application/json", "Authorization: " + key, "Content-Length: 300000");
    holds(decide, "put", big.status(), big.headers(), big.body());
    holds("/api/projects/{id}/decisions", "get", call("GET", "/api/projects/" + id + "/decisions", null, key));
    holds("/api/projects/{id}/decisions", "get", call("GET", "/api/projects/" + id + "/decisions?x=1", null, key));
    holds("/api/projects/{id}/decisions", "get", call("GET", "/api/projects/nope/decisions", null, key));
    holds("/api/projects/{id}/decisions", "get", call("GET", "/api/projects/" + id + "/decisions", null, null));
    String compare = "/api/projects/" + id + "/compare?suppliers=";
    holds("/api/projects/{id}/compare", "get", call("GET", compare + "alpha-rpm", null, key));
    holds("/api/projects/{id}/compare", "get", call("GET", compare + "alpha-rpm,delta-wear", null, key));
    holds("/api/projects/{id}/compare", "get", call("GET", compare, null, key));
    holds("/api/projects/{id}/compare", "get", call("GET", "/api/projects/nope/compare?suppliers=a", null, key));
    holds("/api/projects/{id}/compare", "get", call("GET", compare + "alpha-rpm", null, null));
  }

  @Test
  void outcomesAnswerAsDocumented() throws Exception {
    String key = api.organisationKey("Outcome ICB");
    String id = api.project(key, "Ended", "{\"q\":\"remote monitoring wearables\"}");
    String path = "/api/projects/" + id + "/outcome";
    String award = "{\"outcome\":\"awarded\",\"supplierId\":\"alpha-rpm\",\"value\":99.5,\"start\":\"2027-01-01\","
        + "\"end\":\"2027-12-31\"}";
    holds("/api/projects/{id}/outcome", "get", call("GET", path, null, key));
    holds("/api/projects/{id}/outcome", "put", call("PUT", path, award, key));
    assertEquals(201, call("POST", "/api/projects/" + id + "/freeze", null, key).statusCode());
    holds("/api/projects/{id}/outcome", "put", call("PUT", path, award, key));
    holds("/api/projects/{id}/outcome", "get", call("GET", path, null, key));
    holds("/api/projects/{id}/outcome", "put", call("PUT", path, "{\"outcome\":\"cancelled\",\"reason\":\"Gone.\"}",
        key));
    holds("/api/projects/{id}/outcome", "get", call("GET", path, null, key));
    holds("/api/projects/{id}/outcome", "put", call("PUT", path, "{\"outcome\":\"cancelled\"}", key));
    holds("/api/projects/{id}/outcome", "put", call("PUT", "/api/projects/nope/outcome", award, key));
    holds("/api/projects/{id}/outcome", "put", call("PUT", path, award, null));
    holds("/api/projects/{id}/outcome", "put", api.send(HttpRequest.newBuilder(api.uri(path))
        .header("Authorization", key).header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers
            .ofString(award))));
    ApiTestServer.RawResponse big = api.raw("PUT " + path + " HTTP/1.1", "Content-Type: application/json",
        "Authorization: " + key, "Content-Length: 300000");
    holds("/api/projects/{id}/outcome", "put", big.status(), big.headers(), big.body());
    holds("/api/projects/{id}/outcome", "get", call("GET", path + "?x=1", null, key));
    holds("/api/projects/{id}/outcome", "get", call("GET", path, null, null));
    holds("/api/projects/{id}/outcome", "get", call("GET", "/api/projects/nope/outcome", null, key));
  }

  @Test
  void aFailingRecordDatabaseAnswers503AsDocumented() throws Exception {
    try (ApiTestServer failing = ApiTestServer.withToken()) {
      String key = failing.organisationKey("Failing ICB");
      String id = failing.project(key, "Doomed", null);
      failing.records.close();
      for (String[] c : new String[][]{{"post", "/api/projects/{id}/freeze", "/freeze"}, {"get",
          "/api/projects/{id}/events", "/events"}, {"post", "/api/projects/{id}/close", "/close"},
          {"get", "/api/projects/{id}/export.csv", "/export.csv"}}) {
        HttpResponse<String> r = failing.call(c[0].toUpperCase(java.util.Locale.ROOT), "/api/projects/" + id + c[2],
            null, key);
        assertEquals(503, r.statusCode(), r.body());
        holds(c[1], c[0], r);
      }
    }
  }

  @Test
  void allocationsAnswerAsDocumented() throws Exception {
    String key = api.organisationKey("Allocation ICB");
    String id = api.project(key, "Triage", "{\"q\":\"\",\"filters\":{\"sme\":[\"true\"]}}");
    String path = "/api/projects/" + id + "/allocation";
    String lot1 = "{\"framework\":\"Online Consultation and Video Consultation DPS\",\"lot\":\"Lot 1 - Digital triage\"}";
    holds("/api/projects/{id}/allocation", "get", call("GET", path, null, key));
    holds("/api/projects/{id}/allocation/verify", "get", call("GET", path + "/verify", null, key));
    holds("/api/projects/{id}/allocation", "post", call("POST", path, "{\"framework\":\"Online Consultation and Video"
        + " Consultation DPS\",\"lot\":\"Lot 3 - Digital triage\"}", key));
    holds("/api/projects/{id}/allocation", "post", call("POST", path, "{\"framework\":\"G-Cloud 14\",\"lot\":\"Lot 1 -"
        + " Cloud hosting\"}", key));
    holds("/api/projects/{id}/allocation", "post", call("POST", path, "{\"lot\":1}", key));
    holds("/api/projects/{id}/allocation", "post", call("POST", path, lot1, null));
    holds("/api/projects/{id}/allocation", "post", api.send(HttpRequest.newBuilder(api.uri(path))
        .header("Authorization", key).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(lot1))));
    holds("/api/projects/{id}/allocation", "post", call("POST", "/api/projects/nope/allocation", lot1, key));
    HttpResponse<String> made = call("POST", path, lot1, key);
    assertEquals(201, made.statusCode(), made.body());
    holds("/api/projects/{id}/allocation", "post", made);
    holds("/api/projects/{id}/allocation", "post", call("POST", path, lot1, key));
    holds("/api/projects/{id}/allocation", "get", call("GET", path, null, key));
    holds("/api/projects/{id}/allocation", "get", call("GET", path + "?x=1", null, key));
    holds("/api/projects/{id}/allocation", "get", call("GET", path, null, null));
    holds("/api/projects/{id}/allocation/verify", "get", call("GET", path + "/verify", null, key));
    holds("/api/projects/{id}/allocation/verify", "get", call("GET", path + "/verify?x=1", null, key));
    holds("/api/projects/{id}/allocation/verify", "get", call("GET", path + "/verify", null, null));
  }

  @Test
  void noticesOfChangesSinceAFreezeAnswerAsDocumented() throws Exception {
    String key = api.organisationKey("Notice ICB");
    String id = api.project(key, "Noticed", "{\"q\":\"\",\"filters\":{\"technologyArea\":[\"Wearables\"]}}");
    assertEquals(201, call("POST", "/api/projects/" + id + "/freeze", null, key).statusCode());
    String suspended = ApiTestServer.supplier("notice-check", "Notice Ltd", List.of("suspended"));
    String active = ApiTestServer.supplier("notice-check", "Notice Ltd", List.of("active"));
    assertEquals(201, api.put("/api/suppliers/notice-check", active, BEARER).statusCode());
    String other = api.project(key, "Noticed later", "{\"q\":\"notice\"}");
    assertEquals(201, call("POST", "/api/projects/" + other + "/freeze", null, key).statusCode());
    assertEquals(200, api.put("/api/suppliers/notice-check", suspended, BEARER).statusCode());
    HttpResponse<String> frozen = call("GET", "/api/projects/" + other + "/freeze", null, key);
    assertEquals("suspended", ApiTestServer.json(frozen).at("/notices/0/change").asText(), frozen.body());
    holds("/api/projects/{id}/freeze", "get", frozen);
    holds("/api/projects/{id}/searches", "get", call("GET", "/api/projects/" + other + "/searches", null, key));
    assertEquals(200, call("DELETE", "/api/suppliers/notice-check", null, BEARER).statusCode());
    HttpResponse<String> deleted = call("GET", "/api/projects/" + other + "/freeze", null, key);
    assertEquals("deleted", ApiTestServer.json(deleted).at("/notices/0/change").asText(), deleted.body());
    holds("/api/projects/{id}/freeze", "get", deleted);
    holds("/api/projects/{id}/searches", "get", call("GET", "/api/projects/" + id + "/searches", null, key));
  }

  @Test
  void everyRecordsRouteAnswersAsDocumentedWhenTheRecordsDatabaseFails() throws Exception {
    RecordStore records = RecordStore.inMemory();
    try (ApiTestServer failing = ApiTestServer.withToken(records)) {
      String key = RecordsUnavailable.organisationKey(failing, "Failing ICB");
      String id = ApiTestServer.json(failing.call("POST", "/api/projects", "{\"name\":\"P\"}", key)).get("id")
          .asText();
      records.close();
      String[][] calls = {{"/api/organisations", "post", "{\"name\":\"x\"}", BEARER},
          {"/api/organisations", "get", null, BEARER}, {"/api/projects", "post", "{\"name\":\"x\"}", key},
          {"/api/projects", "get", null, key}, {"/api/projects/{id}", "get", null, key},
          {"/api/projects/{id}", "patch", "{\"name\":\"x\"}", key},
          {"/api/projects/{id}/searches", "post", "{\"q\":\"x\"}", key},
          {"/api/projects/{id}/searches", "get", null, key},
          {"/api/projects/{id}/searches/{searchId}/activate", "post", null, key},
          {"/api/projects/{id}/allocation", "post", "{\"framework\":\"x\",\"lot\":\"y\"}", key},
          {"/api/projects/{id}/allocation", "get", null, key},
          {"/api/projects/{id}/allocation/verify", "get", null, key}};
      for (String[] c : calls) {
        String path = c[0].replace("{id}", id).replace("{searchId}", "s");
        HttpResponse<String> r = failing.call(c[1].toUpperCase(java.util.Locale.ROOT), path, c[2], c[3]);
        assertEquals(503, r.statusCode(), c[1] + " " + path);
        holds(c[0], c[1], r);
      }
    }
  }

  @Test
  void replicationAndReplicasAnswerAsDocumented(@TempDir Path dir) throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("replica"), ReplicaPair.FINGERPRINT, Duration.ofMillis(20))) {
      String token = "Bearer " + ReplicaPair.REPLICATION;
      holds("/replication/revision", "get", pair.send(HttpRequest.newBuilder(pair.primaryUri("/replication/revision"))
          .header("Authorization", token)));
      holds("/replication/revision", "get", pair.get(pair.primaryUri("/replication/revision")));
      HttpResponse<String> opened = pair.send(HttpRequest.newBuilder(pair.primaryUri("/replication/sessions"))
          .header("Authorization", token).POST(HttpRequest.BodyPublishers.noBody()));
      holds("/replication/sessions", "post", opened);
      String session = ReplicaPair.json(opened).path("id").asText();
      String file = "/replication/sessions/" + session + "/files/"
          + ReplicaPair.json(opened).path("revision").path("files").path(0).path("name").asText();
      holds("/replication/sessions/{id}/files/{name}", "get", pair.send(HttpRequest.newBuilder(pair.primaryUri(file))
          .header("Authorization", token)));
      holds("/replication/sessions/{id}", "delete", pair.send(HttpRequest.newBuilder(
          pair.primaryUri("/replication/sessions/" + session)).header("Authorization", token).DELETE()));
      holds("/replication/sessions/{id}/files/{name}", "get", pair.send(HttpRequest.newBuilder(pair.primaryUri(file))
          .header("Authorization", token)));
      holds("/health", "get", pair.get(pair.primaryUri("/health")));
      holds("/health", "get", pair.get(pair.replicaUri("/health")));
      holds("/api/search", "get", pair.get(pair.replicaUri("/api/search?q=remote&minGeneration=1")));
      holds("/api/search", "get", pair.get(pair.replicaUri("/api/search?q=remote&minGeneration=999")));
      holds("/api/suppliers/{id}", "get", pair.get(pair.replicaUri("/api/suppliers/alpha-rpm?minGeneration=999")));
      holds("/api/suppliers/{id}", "put", pair.send(ReplicaPair.putRequest(pair.replicaUri("/api/suppliers/x"), "x",
          "X")));
      holds("/api/projects", "get", pair.get(pair.replicaUri("/api/projects")));
      pair.stopPrimary();
      assertThrows(IOException.class, pair.follower::syncOnce);
      holds("/health", "get", pair.get(pair.replicaUri("/health")));
      holds("/api/suppliers/{id}", "delete", pair.send(HttpRequest.newBuilder(pair.replicaUri("/api/suppliers/x"))
          .DELETE()));
    }
  }

  private static HttpResponse<String> call(String method, String path, String body, String authorization)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return api.send(b);
  }

  private static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", type).header("Authorization", BEARER)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> delete(String path, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).DELETE();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return api.send(b);
  }

  private static void holds(String route, String method, HttpResponse<String> r) throws Exception {
    holds(route, method, r.statusCode(), "content-type: " + r.headers().firstValue("Content-Type").orElse(""),
        r.body());
  }

  /** The status is listed for the route, and the body validates against the schema given for its type. */
  private static void holds(String route, String method, int status, String headers, String body) throws Exception {
    String where = method.toUpperCase(java.util.Locale.ROOT) + " " + route + " " + status;
    String pointer = "/paths/" + route.replace("~", "~0").replace("/", "~1") + "/" + method + "/responses/" + status;
    JsonNode response = at(pointer);
    assertFalse(response.isMissingNode(), where + " is not in the OpenAPI document; body: " + body);
    if (response.has("$ref")) {
      pointer = response.path("$ref").asText().substring(1);
      response = at(pointer);
    }
    if (!response.has("content")) {
      assertEquals("", body, where + " is documented without a body");
      return;
    }
    String type = contentType(headers);
    assertTrue(response.path("content").has(type), where + " answered " + type + ", not documented");
    if (!type.equals("application/json") && !type.equals("application/problem+json")) {
      return;
    }
    ObjectNode schema = spec.deepCopy();
    schema.put("$ref", "#" + pointer + "/content/" + type.replace("/", "~1") + "/schema");
    List<Error> errors = SCHEMAS.getSchema(schema).validate(Json.MAPPER.readTree(body));
    assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList(), where);
  }

  private static JsonNode at(String pointer) {
    return spec.at(pointer);
  }

  private static String contentType(String headers) {
    for (String line : headers.split("\r?\n", -1)) {
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        return lower.substring("content-type:".length()).strip().split(";", -1)[0].strip();
      }
    }
    return "";
  }
}
