package org.supplierdiscovery.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.records.RecordStore;

/**
 * A replica that shares the primary's records database (as PostgreSQL is shared) serves a buyer's
 * projects itself; only freezing goes to the primary, whose catalogue commits it pins.
 */
@Timeout(60)
class SharedRecordsReplicaTest {
  @TempDir
  Path dir;

  private static HttpResponse<String> call(ReplicaPair pair, URI uri, String method, String body, String auth)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return pair.send(b.header("Authorization", auth));
  }

  @Test
  void projectsAreServedByTheReplicaAndFreezingIsSentToThePrimary() throws Exception {
    try (RecordStore shared = RecordStore.inMemory();
        ReplicaPair pair = new ReplicaPair(dir.resolve("index"), ReplicaPair.FINGERPRINT, Duration.ofSeconds(5),
            shared)) {
      HttpResponse<String> org = call(pair, pair.primaryUri("/api/organisations"), "POST", "{\"name\":\"Leeds ICB\"}",
          "Bearer " + ReplicaPair.ADMIN);
      assertEquals(201, org.statusCode(), org.body());
      String key = "Bearer " + ReplicaPair.json(org).path("key").asText();

      HttpResponse<String> created = call(pair, pair.replicaUri("/api/projects"), "POST", "{\"name\":\"Wards\"}", key);
      assertEquals(201, created.statusCode(), created.body());
      String id = ReplicaPair.json(created).path("id").asText();
      assertEquals(201, call(pair, pair.replicaUri("/api/projects/" + id + "/searches"), "POST",
          "{\"q\":\"remote monitoring\"}", key).statusCode());
      assertEquals(List.of(id), ids(ReplicaPair.json(call(pair, pair.primaryUri("/api/projects"), "GET", null, key))
          .path("projects")));

      String freeze = "/api/projects/" + id + "/freeze";
      HttpResponse<String> redirected = call(pair, pair.replicaUri(freeze), "POST", null, key);
      assertEquals(307, redirected.statusCode());
      assertEquals(pair.primaryUri(freeze).toString(), redirected.headers().firstValue("Location").orElseThrow());
      assertEquals(201, call(pair, pair.primaryUri(freeze), "POST", null, key).statusCode());

      JsonNode frozen = ReplicaPair.json(call(pair, pair.replicaUri(freeze), "GET", null, key));
      String first = frozen.path("suppliers").path(0).path("id").asText();
      assertEquals(200, call(pair, pair.replicaUri("/api/projects/" + id + "/decisions/" + first), "PUT",
          "{\"decision\":\"shortlisted\"}", key).statusCode());

      List<String> types = new ArrayList<>();
      ReplicaPair.json(call(pair, pair.primaryUri("/api/projects/" + id + "/events"), "GET", null, key))
          .path("events").forEach(e -> types.add(e.path("type").asText()));
      assertEquals(List.of("create", "save-search", "freeze", "decide"), types);
      assertTrue(ReplicaPair.json(call(pair, pair.replicaUri("/api/projects/" + id + "/events/verify"), "GET", null,
          key)).path("intact").asBoolean());
    }
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }
}
