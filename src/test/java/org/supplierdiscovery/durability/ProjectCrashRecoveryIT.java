package org.supplierdiscovery.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/**
 * Creates projects in the server's own record database from several clients, kills the server with
 * SIGKILL after a seeded-random number of acknowledged creates, restarts it, and checks that every
 * acknowledged project (and the organisation and key it belongs to) survived.
 */
class ProjectCrashRecoveryIT {
  private static final String TOKEN = "crash-test-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CYCLES = 3;
  private static final int WRITERS = 4;

  @TempDir
  Path dir;

  /** Acknowledged project ids and their names. */
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void noAcknowledgedProjectIsLostAcrossKillNine() throws Exception {
    Path index = dir.resolve("index");
    Path log = dir.resolve("server.log");
    Random random = new Random(42);
    String key;
    try (ServerProcess server = ServerProcess.start(index, TestCatalogue.TINY, TOKEN, log)) {
      var created = server.send(json(server, "/api/organisations", "{\"name\":\"Crash ICB\"}", "Bearer " + TOKEN));
      assertEquals(201, created.statusCode(), created.body());
      key = "Bearer " + JSON.readTree(created.body()).get("key").asText();
      server.kill9();
    }
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      try (ServerProcess server = ServerProcess.start(index, TestCatalogue.TINY, TOKEN, log)) {
        verifyAcknowledged(server, key);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch acks = new CountDownLatch(5 + random.nextInt(40));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
          String prefix = "Project " + cycle + " " + w + " ";
          pool.execute(() -> create(server, key, prefix, stop, acks));
        }
        assertTrue(acks.await(2, TimeUnit.MINUTES), "the server acknowledged too few creates in cycle " + cycle);
        server.kill9();
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "writers stopped after the kill");
      }
    }
    try (ServerProcess server = ServerProcess.start(index, TestCatalogue.TINY, TOKEN, log)) {
      verifyAcknowledged(server, key);
    }
    System.out.println("acknowledged projects checked after " + CYCLES + " kill -9 cycles: " + acknowledged.size());
  }

  private void create(ServerProcess server, String key, String prefix, AtomicBoolean stop, CountDownLatch acks) {
    for (int i = 0; !stop.get(); i++) {
      try {
        var r = server.send(json(server, "/api/projects", "{\"name\":\"" + prefix + i + "\"}", key));
        if (r.statusCode() == 201) {
          acknowledged.put(JSON.readTree(r.body()).get("id").asText(), prefix + i);
          acks.countDown();
        }
      } catch (Exception killed) {
        return;
      }
    }
  }

  private void verifyAcknowledged(ServerProcess server, String key) throws Exception {
    var r = server.send(HttpRequest.newBuilder(server.uri("/api/projects")).header("Authorization", key));
    assertEquals(200, r.statusCode(), r.body());
    Map<String, String> found = new ConcurrentHashMap<>();
    for (JsonNode p : JSON.readTree(r.body()).get("projects")) {
      found.put(p.get("id").asText(), p.get("name").asText());
    }
    List<String> missing = new ArrayList<>();
    acknowledged.forEach((id, name) -> {
      if (!name.equals(found.get(id))) {
        missing.add(id + " " + name);
      }
    });
    assertEquals(List.of(), missing, "acknowledged projects lost");
  }

  private static HttpRequest.Builder json(ServerProcess server, String path, String body, String authorization) {
    return HttpRequest.newBuilder(server.uri(path)).header("Authorization", authorization)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
  }
}
