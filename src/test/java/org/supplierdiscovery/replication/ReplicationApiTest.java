package org.supplierdiscovery.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A primary and a replica on loopback: copy, follow, read-your-writes, redirects, faults. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReplicationApiTest {
  @TempDir
  Path dir;

  @Test
  void theReplicaAnswersAsThePrimaryAtTheSameGeneration() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      String search = "/api/search?q=remote+monitoring&size=20";
      JsonNode onPrimary = ReplicaPair.json(pair.get(pair.primaryUri(search)));
      HttpResponse<String> r = pair.get(pair.replicaUri(search));
      JsonNode onReplica = ReplicaPair.json(r);
      assertEquals(200, r.statusCode());
      assertEquals(onPrimary.path("generation"), onReplica.path("generation"));
      assertEquals(ids(onPrimary), ids(onReplica));
      assertEquals(onPrimary.path("facets"), onReplica.path("facets"));
      assertEquals(onPrimary.path("generation").asText(), r.headers().firstValue("Catalogue-Generation").orElseThrow());
      assertEquals(pair.get(pair.primaryUri("/api/suppliers/alpha-rpm")).body(),
          pair.get(pair.replicaUri("/api/suppliers/alpha-rpm")).body());
      assertEquals(pair.get(pair.primaryUri("/api/suggest?q=remo")).body(),
          pair.get(pair.replicaUri("/api/suggest?q=remo")).body());
      assertEquals(200, pair.get(pair.replicaUri("/")).statusCode());
    }
  }

  @Test
  void aWriteOnThePrimaryReachesTheReplicaAtItsNextPoll() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      long generation = pair.put("zeta-wear", "Zeta Wearables");
      assertEquals(404, pair.get(pair.replicaUri("/api/suppliers/zeta-wear")).statusCode());
      pair.sync();
      HttpResponse<String> r = pair.get(pair.replicaUri("/api/suppliers/zeta-wear"));
      assertEquals(200, r.statusCode());
      assertEquals(Long.toString(generation), r.headers().firstValue("Catalogue-Generation").orElseThrow());
      JsonNode health = ReplicaPair.json(pair.get(pair.replicaUri("/health")));
      assertEquals("replica", health.path("role").asText());
      assertEquals(generation, health.path("generation").asLong());
      assertEquals(generation, health.path("primaryGeneration").asLong());
      assertEquals(0, health.path("lag").asLong());
      assertEquals("current", health.path("replication").asText());
      assertTrue(health.path("primaryReachable").asBoolean());
    }
  }

  @Test
  void aReadNamingMinGenerationWaitsForTheReplicaToCatchUp() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      pair.follower.follow(pair.replicaEngine.index(), Duration.ofMillis(20));
      long generation = pair.put("omega-band", "Omegaband");
      HttpResponse<String> r = pair.get(pair.replicaUri("/api/search?q=omegaband&minGeneration=" + generation));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(generation, ReplicaPair.json(r).path("generation").asLong());
      assertEquals(List.of("omega-band"), ids(ReplicaPair.json(r)));
      HttpResponse<String> body = pair.send(HttpRequest.newBuilder(pair.replicaUri("/api/search"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"omegaband\", \"minGeneration\": " + generation + "}")));
      assertEquals(200, body.statusCode(), body.body());
      HttpResponse<String> supplier = pair.get(pair.replicaUri("/api/suppliers/omega-band?minGeneration="
          + generation));
      assertEquals(200, supplier.statusCode());
    }
  }

  @Test
  void aGenerationThatDoesNotArriveInTimeIs503WithRetryAfter() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"), ReplicaPair.FINGERPRINT, Duration.ofMillis(50))) {
      long ahead = ReplicaPair.json(pair.get(pair.replicaUri("/health"))).path("generation").asLong() + 1;
      HttpResponse<String> r = pair.get(pair.replicaUri("/api/search?q=remote&minGeneration=" + ahead));
      assertEquals(503, r.statusCode());
      assertEquals("1", r.headers().firstValue("Retry-After").orElseThrow());
      assertEquals("minGeneration", ReplicaPair.json(r).path("errors").path(0).path("name").asText());
      assertEquals(503, pair.get(pair.replicaUri("/api/suppliers/alpha-rpm?minGeneration=" + ahead)).statusCode());
    }
  }

  @Test
  void minGenerationIsAWholeNumberGivenOnce() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      for (String bad : List.of("abc", "-1", "", "1.5", "%D9%A1")) {
        HttpResponse<String> r = pair.get(pair.replicaUri("/api/search?q=remote&minGeneration=" + bad));
        assertEquals(400, r.statusCode(), bad);
        assertEquals("minGeneration", ReplicaPair.json(r).path("errors").path(0).path("name").asText(), bad);
      }
      assertEquals(400, pair.get(pair.replicaUri("/api/search?minGeneration=1&minGeneration=1")).statusCode());
      assertEquals(400, pair.get(pair.replicaUri("/api/suppliers/alpha-rpm?minGeneration=x")).statusCode());
      HttpResponse<String> body = pair.send(HttpRequest.newBuilder(pair.replicaUri("/api/search"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"minGeneration\": -3}")));
      assertEquals(400, body.statusCode());
      assertEquals(200, pair.get(pair.replicaUri("/api/search?q=remote&minGeneration=0")).statusCode());
    }
  }

  @Test
  void changesSentToAReplicaAreRedirectedToThePrimaryWith307() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      HttpResponse<String> r = pair.send(ReplicaPair.putRequest(pair.replicaUri("/api/suppliers/zeta-wear?x=1"),
          "zeta-wear", "Zeta"));
      assertEquals(307, r.statusCode());
      String location = r.headers().firstValue("Location").orElseThrow();
      assertEquals(pair.primaryUri("/api/suppliers/zeta-wear?x=1").toString(), location);
      HttpResponse<String> resent = pair.send(ReplicaPair.putRequest(pair.primaryUri("/api/suppliers/zeta-wear"),
          "zeta-wear", "Zeta"));
      assertEquals(201, resent.statusCode());
      for (String path : List.of("/api/suppliers/alpha-rpm/history", "/api/projects", "/api/organisations")) {
        HttpResponse<String> g = pair.get(pair.replicaUri(path));
        assertEquals(307, g.statusCode(), path);
        assertEquals(pair.primaryUri(path).toString(), g.headers().firstValue("Location").orElseThrow());
      }
      assertEquals(307, pair.send(HttpRequest.newBuilder(pair.replicaUri("/api/suppliers/alpha-rpm")).DELETE())
          .statusCode());
    }
  }

  @Test
  void withThePrimaryGoneReadsGoOnFromTheLastRevisionAndChangesAre503() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      long generation = ReplicaPair.json(pair.get(pair.replicaUri("/health"))).path("generation").asLong();
      pair.stopPrimary();
      assertThrows(IOException.class, pair.follower::syncOnce);
      assertEquals(200, pair.get(pair.replicaUri("/api/search?q=remote")).statusCode());
      HttpResponse<String> health = pair.get(pair.replicaUri("/health"));
      assertEquals(200, health.statusCode());
      JsonNode h = ReplicaPair.json(health);
      assertFalse(h.path("primaryReachable").asBoolean());
      assertTrue(h.path("replication").asText().startsWith("stale: the primary at "), h.toString());
      assertEquals("failing: the primary is unreachable", h.path("writes").asText());
      assertEquals(generation, h.path("generation").asLong());
      HttpResponse<String> put = pair.send(ReplicaPair.putRequest(pair.replicaUri("/api/suppliers/zeta-wear"),
          "zeta-wear", "Zeta"));
      assertEquals(503, put.statusCode());
      assertEquals("5", put.headers().firstValue("Retry-After").orElseThrow());
    }
  }

  @Test
  void aReplicaWithAnotherConfigurationRefusesToServeAndSaysWhy() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      Follower other = new Follower(pair.follower.primary(), new RevisionCopier(dir.resolve("other")),
          "another-config", java.time.Clock.systemUTC());
      other.syncOnce();
      assertTrue(other.status().refusal().orElseThrow().startsWith("its index-config differs from the primary's"));
      assertFalse(new RevisionCopier(dir.resolve("other")).hasIndex(), "nothing was copied");
    }
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index2"))) {
      // the primary's configuration changes under a running replica
      Follower changed = new Follower(pair.follower.primary(), new RevisionCopier(dir.resolve("index2")),
          "changed", java.time.Clock.systemUTC());
      changed.syncOnce();
      org.supplierdiscovery.http.ApiServer refusing = new org.supplierdiscovery.http.ApiServer(
          org.supplierdiscovery.http.ServerSettings.defaults(), pair.replicaEngine.index(), pair.replicaEngine.search(),
          new org.supplierdiscovery.search.Suggester(pair.replicaEngine.index(),
              org.supplierdiscovery.TestCatalogue.config()),
          null, org.supplierdiscovery.admin.AdminToken.none(), org.supplierdiscovery.records.RecordStore.inMemory(),
          new ReplicaRole(changed, pair.replicaEngine.index(), Duration.ofSeconds(1))).start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + refusing.port();
        HttpResponse<String> health = pair.get(java.net.URI.create(base + "/health"));
        assertEquals(503, health.statusCode());
        String replication = ReplicaPair.json(health).path("replication").asText();
        assertTrue(replication.startsWith("refusing: its index-config"), health.body());
        HttpResponse<String> search = pair.get(java.net.URI.create(base + "/api/search?q=remote"));
        assertEquals(503, search.statusCode());
        assertTrue(ReplicaPair.json(search).path("detail").asText().contains("index-config differs"), search.body());
      } finally {
        refusing.stop();
      }
    }
  }

  @Test
  void replicationNeedsItsToken() throws Exception {
    try (ReplicaPair pair = new ReplicaPair(dir.resolve("index"))) {
      assertEquals(401, pair.get(pair.primaryUri("/replication/revision")).statusCode());
      HttpResponse<String> wrong = pair.send(HttpRequest.newBuilder(pair.primaryUri("/replication/revision"))
          .header("Authorization", "Bearer not-the-token-at-all"));
      assertEquals(401, wrong.statusCode());
      HttpResponse<String> admin = pair.send(HttpRequest.newBuilder(pair.primaryUri("/replication/revision"))
          .header("Authorization", "Bearer " + ReplicaPair.ADMIN));
      assertEquals(200, admin.statusCode());
      HttpResponse<String> bad = pair.send(HttpRequest.newBuilder(pair.primaryUri(
          "/replication/sessions/nope/files/segments_1")).header("Authorization", "Bearer " + ReplicaPair.REPLICATION));
      assertEquals(404, bad.statusCode());
    }
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }
}
