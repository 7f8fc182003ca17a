package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.index.FaultyDirectory;
import org.supplierdiscovery.index.FaultyDirectory.Fault;
import org.supplierdiscovery.index.FaultyDirectory.Stage;

/** A disk fault over real HTTP: writes answer 507 or 503 naming it, /health shows it, both recover once it clears. */
@Timeout(30)
class WriteFaultApiTest {
  private static final String AUTH = "Bearer " + ApiTestServer.TOKEN;
  private final FaultyDirectory directory = new FaultyDirectory(new ByteBuffersDirectory());
  private final ApiTestServer api;

  WriteFaultApiTest() throws Exception {
    api = new ApiTestServer(AdminToken.of(ApiTestServer.TOKEN), ServerSettings.defaults(), directory);
  }

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  @Test
  void aFullDiskAnswers507WhileSearchesAndHealthGoOnAndTheNextWriteAfterItSucceeds() throws Exception {
    directory.fail(Fault.NO_SPACE, Stage.COMMIT);
    HttpResponse<String> refused = api.put("/api/suppliers/acme-rpm", record("acme-rpm"), AUTH);
    assertEquals(507, refused.statusCode());
    assertProblemNaming(refused, "no space left on the disk holding the index");
    HttpResponse<String> bulk = api.send(HttpRequest.newBuilder(api.uri("/api/suppliers/_bulk"))
        .header("Content-Type", "application/x-ndjson").header("Authorization", AUTH)
        .POST(HttpRequest.BodyPublishers.ofString(record("acme-bulk").replace("\n", "") + "\n")));
    assertEquals(507, bulk.statusCode());

    HttpResponse<String> health = api.get("/health");
    assertEquals(200, health.statusCode());
    JsonNode h = ApiTestServer.json(health);
    assertEquals("ready", h.path("search").asText());
    assertEquals("failing: no space left on the disk holding the index", h.path("writes").asText());
    assertTrue(h.has("writesFailingSince"), h.toString());
    assertEquals(200, api.get("/api/search?q=wearable").statusCode());
    assertEquals(404, api.get("/api/suppliers/acme-rpm").statusCode());

    directory.heal();
    assertEquals(201, api.put("/api/suppliers/acme-rpm", record("acme-rpm"), AUTH).statusCode());
    JsonNode healed = ApiTestServer.json(api.get("/health"));
    assertEquals("ready", healed.path("writes").asText());
    assertFalse(healed.has("writesFailingSince"), healed.toString());
    assertEquals(7, healed.path("documents").asLong());
  }

  @Test
  void healthShowsTheFaultOnlyWhileItLasts() throws Exception {
    directory.fail(Fault.PERMISSION, Stage.FLUSH);
    assertEquals(503, api.put("/api/suppliers/acme-rpm", record("acme-rpm"), AUTH).statusCode());
    assertTrue(ApiTestServer.json(api.get("/health")).path("writes").asText().startsWith("failing: permission denied"));
    directory.heal();
    JsonNode health = ApiTestServer.json(api.get("/health"));
    while (!health.path("writes").asText().equals("ready")) {
      Thread.onSpinWait();
      health = ApiTestServer.json(api.get("/health"));
    }
    assertEquals(1, health.path("generation").asLong());
    assertFalse(health.has("writesFailingSince"), health.toString());
  }

  @ParameterizedTest
  @MethodSource("org.supplierdiscovery.index.FaultyDirectory#everyFaultAndStage")
  void everyFaultOnFlushOrCommitIsNamedAndClearsWithTheNextWrite(Fault fault, Stage stage) throws Exception {
    directory.fail(fault, stage);
    HttpResponse<String> refused = api.put("/api/suppliers/acme-rpm", record("acme-rpm"), AUTH);
    String cause = switch (fault) {
      case NO_SPACE -> "no space left on the disk holding the index";
      case READ_ONLY -> "the file system holding the index is read-only";
      case PERMISSION -> "permission denied writing ";
    };
    assertEquals(fault == Fault.NO_SPACE ? 507 : 503, refused.statusCode());
    assertEquals(fault == Fault.NO_SPACE ? List.of() : List.of("5"), refused.headers().allValues("Retry-After"));
    JsonNode problem = ApiTestServer.json(refused);
    assertTrue(problem.path("errors").path(0).path("reason").asText().startsWith(cause), problem.toString());
    JsonNode health = ApiTestServer.json(api.get("/health"));
    assertTrue(health.path("writes").asText().startsWith("failing: " + cause), health.toString());
    assertEquals("ready", health.path("search").asText());
    assertEquals(200, api.get("/api/search?q=wearable").statusCode());

    directory.heal();
    assertEquals(201, api.put("/api/suppliers/acme-rpm", record("acme-rpm"), AUTH).statusCode());
    assertEquals("ready", ApiTestServer.json(api.get("/health")).path("writes").asText());
  }

  private static void assertProblemNaming(HttpResponse<String> r, String cause) throws Exception {
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    JsonNode problem = ApiTestServer.json(r);
    assertTrue(problem.path("detail").asText().contains(cause), problem.toString());
    assertEquals(cause, problem.path("errors").path(0).path("reason").asText());
  }

  private static String record(String id) {
    return ApiTestServer.supplier(id, "Acme Remote Care", List.of("active"));
  }
}
