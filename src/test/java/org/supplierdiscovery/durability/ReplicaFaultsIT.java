package org.supplierdiscovery.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/**
 * A primary and a read replica as separate processes: the replica killed -9 in the middle of a copy,
 * the primary gone and back, and a replica with another configuration.
 */
class ReplicaFaultsIT {
  private static final String TOKEN = "replica-test-token-0123";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aReplicaKilledMidCopyServesItsLastCompleteRevisionAndCatchesUp() throws Exception {
    Path log = dir.resolve("servers.log");
    Path replicaIndex = dir.resolve("replica");
    try (ServerProcess primary = ServerProcess.start(dir.resolve("primary"), TestCatalogue.TINY, TOKEN, log);
        HoldingProxy proxy = new HoldingProxy(primary.uri("/"))) {
      long before;
      try (ServerProcess replica = ServerProcess.startReplica(replicaIndex, proxy.uri(), TOKEN, log)) {
        before = health(replica).path("generation").asLong();
        assertEquals(health(primary).path("generation").asLong(), before);
        proxy.holdNextFile();
        long after = put(primary, "omega-band");
        assertEquals(before + 1, after);
        assertTrue(proxy.awaitHolding(60), "the replica began copying generation " + after);
        replica.kill9();
      }
      assertTrue(Files.exists(replicaIndex.resolveSibling("replica.incoming")), "killed with a copy under way");
      assertEquals(before, committedGeneration(replicaIndex));
      assertClean(replicaIndex);
      proxy.release();
      try (ServerProcess replica = ServerProcess.startReplica(replicaIndex, primary.uri("/"), TOKEN, log)) {
        long after = health(primary).path("generation").asLong();
        HttpResponse<String> r = replica.send(HttpRequest.newBuilder(
            replica.uri("/api/suppliers/omega-band?minGeneration=" + after)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode h = awaitHealth(replica, x -> x.path("replication").asText().equals("current"));
        assertEquals(after, h.path("generation").asLong());
        assertEquals(0, h.path("lag").asLong());
      }
      assertFalse(Files.exists(replicaIndex.resolveSibling("replica.incoming")));
      assertClean(replicaIndex);
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void withThePrimaryGoneAReplicaServesStaleReadsRefusesChangesAndResumesWhenItReturns() throws Exception {
    Path log = dir.resolve("servers.log");
    Path primaryIndex = dir.resolve("primary");
    int port = ServerProcess.freePort();
    ServerProcess primary = ServerProcess.startOn(port, primaryIndex, TestCatalogue.TINY, TOKEN, log);
    try (ServerProcess replica = ServerProcess.startReplica(dir.resolve("replica"), primary.uri("/"), TOKEN, log)) {
      long generation = health(replica).path("generation").asLong();
      primary.kill9();
      JsonNode stale = awaitHealth(replica, h -> !h.path("primaryReachable").asBoolean());
      assertTrue(stale.path("replication").asText().startsWith("stale: the primary at "), stale.toString());
      assertEquals(generation, stale.path("generation").asLong());
      assertEquals(200, replica.send(HttpRequest.newBuilder(replica.uri("/api/search?q=remote"))).statusCode());
      HttpResponse<String> change = replica.send(HttpRequest.newBuilder(replica.uri("/api/suppliers/omega-band"))
          .header("Authorization", "Bearer " + TOKEN).DELETE());
      assertEquals(503, change.statusCode());
      try (ServerProcess back = ServerProcess.startOn(port, primaryIndex, TestCatalogue.TINY, TOKEN, log)) {
        long after = put(back, "omega-band");
        HttpResponse<String> r = replica.send(HttpRequest.newBuilder(
            replica.uri("/api/search?q=omega&minGeneration=" + after)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(after, JSON.readTree(r.body()).path("generation").asLong());
        assertTrue(awaitHealth(replica, h -> h.path("primaryReachable").asBoolean()).path("writes").asText()
            .startsWith("sent to the primary"));
      }
    } finally {
      primary.close();
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aReplicaWithAnotherIndexConfigRefusesToStartAndSaysWhy() throws Exception {
    Path log = dir.resolve("servers.log");
    Path config = dir.resolve("index-config");
    try (Stream<Path> files = Files.list(Path.of("index-config"))) {
      Files.createDirectories(config);
      for (Path f : files.toList()) {
        Files.copy(f, config.resolve(f.getFileName()));
      }
    }
    Files.writeString(config.resolve("synonyms.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
    try (ServerProcess primary = ServerProcess.start(dir.resolve("primary"), TestCatalogue.TINY, TOKEN, log)) {
      Path replicaLog = dir.resolve("replica.log");
      Process replica = ServerProcess.launch(ServerProcess.freePort(), TOKEN, replicaLog, "--index",
          dir.resolve("replica").toString(), "--replica-of", primary.uri("/").toString(), "--config",
          config.toString());
      assertTrue(replica.waitFor(60, TimeUnit.SECONDS));
      assertEquals(2, replica.exitValue());
      String said = Files.readString(replicaLog);
      assertTrue(said.contains("error: configuration error: this replica will not serve: its index-config differs"
          + " from the primary's"), said);
    }
  }

  private static long put(ServerProcess server, String id) throws Exception {
    String body = """
        {"id":"%s","name":"Omegaband","summary":"Wearable remote monitoring.","technologyAreas":["Wearables"],
         "listings":[{"framework":"Spark DPS","status":"active","since":"2025-01-01"}]}""".formatted(id);
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/suppliers/" + id))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(201, r.statusCode(), r.body());
    return JSON.readTree(r.body()).path("generation").asLong();
  }

  private static JsonNode health(ServerProcess server) throws Exception {
    return JSON.readTree(server.send(HttpRequest.newBuilder(server.uri("/health"))).body());
  }

  /** Asks /health until it says what {@code wanted} looks for; the test's time-out bounds the wait. */
  private static JsonNode awaitHealth(ServerProcess server, Predicate<JsonNode> wanted) throws Exception {
    while (true) {
      JsonNode h = health(server);
      if (wanted.test(h)) {
        return h;
      }
      Thread.sleep(Duration.ofMillis(50));
    }
  }

  private static long committedGeneration(Path index) throws Exception {
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(d)) {
      return Long.parseLong(reader.getIndexCommit().getUserData().get("generation"));
    }
  }

  private static void assertClean(Path index) throws Exception {
    try (FSDirectory d = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(d)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean, "CheckIndex found problems in " + index);
    }
  }
}
