package org.supplierdiscovery.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
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
import org.supplierdiscovery.TestCatalogue;

/**
 * A primary on the sample catalogue and two read replicas, each its own process on loopback: every write
 * on the primary reaches both replicas within a bounded lag, and at the same generation all three give
 * the same answers (searches minus their timing, facets, type-ahead, supplier records).
 */
class ReplicaSetIT {
  private static final String TOKEN = "replica-set-test-token-0123";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Replicas poll every 100 ms (ServerProcess); a bound of 100 polls leaves room for a loaded machine. */
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final int WRITES = 5;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void writesOnThePrimaryReachBothReplicasWithinTheBoundAndAllThreeAnswerAlike() throws Exception {
    Path log = dir.resolve("servers.log");
    try (ServerProcess primary = ServerProcess.start(dir.resolve("primary"), TestCatalogue.SAMPLE, TOKEN, log);
        ServerProcess replica1 = ServerProcess.startReplica(dir.resolve("replica-1"), primary.uri("/"), TOKEN, log);
        ServerProcess replica2 = ServerProcess.startReplica(dir.resolve("replica-2"), primary.uri("/"), TOKEN, log)) {
      List<ServerProcess> replicas = List.of(replica1, replica2);
      List<Long> lagsMs = new ArrayList<>();
      long generation = 0;
      for (int i = 0; i < WRITES; i++) {
        HttpResponse<String> put = primary.send(write(primary, "lag-probe-" + i));
        assertEquals(201, put.statusCode(), put.body());
        long acked = System.nanoTime();
        generation = JSON.readTree(put.body()).path("generation").asLong();
        for (ServerProcess replica : replicas) {
          Duration lag = visibleAfter(replica, "lag-probe-" + i, generation, acked);
          assertTrue(lag.compareTo(BOUND) <= 0, "write " + i + " reached a replica after " + lag + ", over " + BOUND);
          lagsMs.add(lag.toMillis());
        }
      }
      System.out.println("[replica lag] commit to visible, ms, " + WRITES + " writes x 2 replicas: " + lagsMs);

      List<ServerProcess> all = List.of(primary, replica1, replica2);
      for (ServerProcess server : all) {
        assertEquals(generation, generation(server));
      }
      for (String read : reads(generation)) {
        String expected = answer(primary, read, generation);
        assertEquals(expected, answer(replica1, read, generation), "replica 1, " + read);
        assertEquals(expected, answer(replica2, read, generation), "replica 2, " + read);
      }
      assertEquals(expectedProbes(), sameSearch(all, generation));
      for (ServerProcess server : all) {
        assertEquals(generation, generation(server), "no server moved on while the answers were compared");
      }
    }
  }

  /** How long after {@code acked} the replica first answered the supplier from {@code generation}. */
  private static Duration visibleAfter(ServerProcess replica, String id, long generation, long acked)
      throws Exception {
    URI uri = replica.uri("/api/suppliers/" + id + "?minGeneration=" + generation);
    long deadline = acked + BOUND.toNanos();
    while (System.nanoTime() < deadline) {
      // the replica holds the request until it serves the generation, up to its own wait, then 503
      HttpResponse<String> r = replica.send(HttpRequest.newBuilder(uri));
      if (r.statusCode() == 200) {
        assertEquals(Long.toString(generation), r.headers().firstValue("Catalogue-Generation").orElseThrow());
        return Duration.ofNanos(System.nanoTime() - acked);
      }
      assertEquals(503, r.statusCode(), r.body());
    }
    return Duration.ofNanos(System.nanoTime() - acked);
  }

  /** GET reads compared across the three servers; those that take minGeneration name it. */
  private static List<String> reads(long generation) {
    String at = "&minGeneration=" + generation;
    return List.of(
        "/api/search?q=virtual+ward+platform" + at,
        "/api/search?q=remote+monitoring&technologyArea=Wearables&sort=name" + at,
        "/api/search?q=lag+probe&size=20" + at,
        "/api/search?q=" + at,
        "/api/search?q=frailty&page=2" + at,
        "/api/search?q=remot+monitring" + at,
        "/api/suppliers/lag-probe-0?minGeneration=" + generation,
        "/api/suppliers/abbeyfield-vitals?minGeneration=" + generation,
        "/api/facets",
        "/api/suggest?q=vir");
  }

  /** A read's body with the search's own timing taken out, after checking its status and generation. */
  private static String answer(ServerProcess server, String read, long generation) throws Exception {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri(read)));
    assertEquals(200, r.statusCode(), read + ": " + r.body());
    r.headers().firstValue("Catalogue-Generation")
        .ifPresent(g -> assertEquals(Long.toString(generation), g, read));
    JsonNode body = JSON.readTree(r.body());
    if (body instanceof ObjectNode o && o.has("tookMs")) {
      assertEquals(generation, o.path("generation").asLong(), read);
      o.remove("tookMs");
    }
    return body.toString();
  }

  /** The probes written, as a search for them ranks them, from every server (a POST with minGeneration). */
  private static List<List<String>> sameSearch(List<ServerProcess> servers, long generation) throws Exception {
    List<List<String>> ids = new ArrayList<>();
    for (ServerProcess s : servers) {
      HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/api/search"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"q\":\"Lagprobe\",\"size\":10,\"sort\":\"name\",\"minGeneration\":" + generation + "}")));
      assertEquals(200, r.statusCode(), r.body());
      List<String> found = new ArrayList<>();
      JSON.readTree(r.body()).path("hits").forEach(h -> found.add(h.path("id").asText()));
      ids.add(found);
    }
    return ids;
  }

  private static List<List<String>> expectedProbes() {
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < WRITES; i++) {
      probes.add("lag-probe-" + i);
    }
    return List.of(probes, probes, probes);
  }

  private static HttpRequest.Builder write(ServerProcess primary, String id) {
    String body = """
        {"id":"%s","name":"Lagprobe %s","summary":"Wearable remote monitoring for frailty virtual wards.",
         "technologyAreas":["Wearables"],"capabilities":["Remote monitoring"],
         "listings":[{"framework":"Spark DPS","status":"active","since":"2026-11-01"}]}"""
        .formatted(id, id.substring(id.lastIndexOf('-') + 1));
    return HttpRequest.newBuilder(primary.uri("/api/suppliers/" + id)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
  }

  private static long generation(ServerProcess server) throws Exception {
    return JSON.readTree(server.send(HttpRequest.newBuilder(server.uri("/health"))).body()).path("generation")
        .asLong();
  }
}
