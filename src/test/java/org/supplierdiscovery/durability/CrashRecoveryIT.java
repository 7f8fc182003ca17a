package org.supplierdiscovery.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/**
 * Runs the server in its own JVM, writes to it from several clients, kills it with SIGKILL after a
 * seeded-random number of acknowledged writes (with more in flight), restarts it, and checks that
 * every acknowledged write survived and the index is clean.
 */
class CrashRecoveryIT {
  private static final String TOKEN = "crash-test-token";
  private static final int CYCLES = 5;
  private static final int WRITERS = 4;

  @TempDir
  Path dir;

  /**
   * For each id with an acknowledged write: the acknowledged name and any name sent after it (a write
   * in flight at the kill may or may not have landed; an acknowledged one must have).
   */
  private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void nothingAcknowledgedIsLostAcrossKillNine() throws Exception {
    Path index = dir.resolve("index");
    Path log = dir.resolve("server.log");
    Random random = new Random(42);
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      try (ServerProcess server = ServerProcess.start(index, TestCatalogue.TINY, TOKEN, log)) {
        verifyAcknowledged(server);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch acks = new CountDownLatch(5 + random.nextInt(60));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          int round = cycle;
          pool.execute(() -> write(server, round, writer, stop, acks));
        }
        assertTrue(acks.await(2, TimeUnit.MINUTES), "the server acknowledged too few writes in cycle " + cycle);
        server.kill9();
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "writers stopped after the kill");
      }
    }
    try (ServerProcess server = ServerProcess.start(index, TestCatalogue.TINY, TOKEN, log)) {
      verifyAcknowledged(server);
    }
    System.out.println("acknowledged writes checked after " + CYCLES + " kill -9 cycles: " + acknowledged.size());
    try (FSDirectory d = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(d)) {
      assertTrue(check.checkIndex().clean, "CheckIndex found problems");
    }
  }

  private void write(ServerProcess server, int cycle, int writer, AtomicBoolean stop, CountDownLatch acks) {
    for (int i = 0; !stop.get(); i++) {
      // Each writer owns its ids; every third write replaces an earlier one of its own.
      String id = "crash-" + cycle + "-" + writer + "-" + (i % 3 == 2 ? i - 1 : i);
      String name = "Crash Supplier " + cycle + " " + writer + " " + i;
      acknowledged.computeIfPresent(id, (k, names) -> append(names, name));
      try {
        var response = server.send(
            HttpRequest.newBuilder(server.uri("/api/suppliers/" + id))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(record(id, name))));
        if (response.statusCode() / 100 == 2) {
          acknowledged.put(id, List.of(name));
          acks.countDown();
        }
      } catch (Exception killed) {
        return;
      }
    }
  }

  private void verifyAcknowledged(ServerProcess server) throws Exception {
    List<String> missing = new ArrayList<>();
    for (var e : acknowledged.entrySet()) {
      var r = server.send(HttpRequest.newBuilder(server.uri("/api/suppliers/" + e.getKey())));
      if (r.statusCode() != 200 || e.getValue().stream().noneMatch(n -> r.body().contains("\"name\":\"" + n + "\""))) {
        missing.add(e.getKey() + " (" + r.statusCode() + ")");
      }
    }
    assertEquals(List.of(), missing, "acknowledged writes lost");
  }

  private static List<String> append(List<String> names, String name) {
    List<String> more = new ArrayList<>(names);
    more.add(name);
    return List.copyOf(more);
  }

  private static String record(String id, String name) {
    return """
        {"id":"%s","name":"%s","summary":"Remote monitoring written during a crash test.",
         "technologyAreas":["Wearables"],"capabilities":["Remote monitoring"],
         "listings":[{"framework":"Spark DPS","status":"active","since":"2025-01-01"}]}"""
        .formatted(id, name);
  }
}
