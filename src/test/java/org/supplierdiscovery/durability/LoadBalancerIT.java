package org.supplierdiscovery.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/**
 * {@code deploy/haproxy.cfg} in front of three real servers, one in the primary's place and two in the
 * replicas': reads take turns on the replicas, writes and records reach only the primary, a replica
 * killed with SIGKILL costs no request and is taken out by its failing health check, and with both
 * replicas gone the primary answers reads. Which server answered a read is read from each server's own
 * request counter in /metrics, not from anything the balancer says.
 */
class LoadBalancerIT {
  private static final String TOKEN = "balancer-test-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void readsTakeTurnsOnTheReplicasWritesReachThePrimaryAndAKilledReplicaIsTakenOut() throws Exception {
    Path haproxy = Balancer.haproxyOrSkip();
    List<ServerProcess> servers = startServers();
    ServerProcess primary = servers.get(0);
    ServerProcess replica1 = servers.get(1);
    ServerProcess replica2 = servers.get(2);
    try (Balancer balancer = Balancer.start(haproxy, primary.port, replica1.port, replica2.port,
        dir.resolve("haproxy.log"))) {
      for (String server : List.of("replica1", "replica2", "primary")) {
        balancer.awaitState("replicas", server, "UP");
      }
      balancer.awaitState("primary", "primary", "UP");

      List<ServerProcess> answered = new ArrayList<>();
      for (HttpRequest.Builder read : reads(balancer)) {
        answered.add(answeredBy(servers, () -> ok(balancer, read)));
      }
      ServerProcess first = answered.get(0);
      ServerProcess second = answered.get(1);
      assertNotEquals(primary, first);
      assertNotEquals(primary, second);
      assertNotEquals(first, second);
      assertEquals(List.of(first, second, first, second, first, second), answered);

      writesAndRecordsReachThePrimary(balancer, servers);

      replica2.kill9();
      // a request that cannot connect to the dead replica is sent to the other one
      for (int i = 0; i < 4; i++) {
        assertEquals(replica1, answeredBy(servers, () -> ok(balancer, search(balancer))));
      }
      balancer.awaitState("replicas", "replica2", "DOWN");
      assertEquals(replica1, answeredBy(servers, () -> ok(balancer, search(balancer))));

      replica1.kill9();
      balancer.awaitState("replicas", "replica1", "DOWN");
      assertEquals(primary, answeredBy(servers, () -> ok(balancer, search(balancer))));

      primary.kill9();
      balancer.awaitState("primary", "primary", "DOWN");
      HttpResponse<String> none = balancer.send(HttpRequest.newBuilder(balancer.uri("/api/search?q=remote")));
      assertEquals(503, none.statusCode());
      assertEquals("application/problem+json; charset=utf-8", none.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("5", none.headers().firstValue("Retry-After").orElseThrow());
      assertEquals(503, JSON.readTree(none.body()).get("status").asInt());
    } finally {
      servers.forEach(ServerProcess::close);
    }
  }

  private void writesAndRecordsReachThePrimary(Balancer balancer, List<ServerProcess> servers) throws Exception {
    String record = """
        {"id":"balanced-rpm","name":"Balanced Remote Care","summary":"Wearable remote monitoring.",
         "technologyAreas":["Wearables"],"capabilities":["Remote monitoring"],
         "listings":[{"framework":"Spark DPS","status":"active","since":"2026-11-01"}]}""";
    HttpResponse<String> put = balancer.send(HttpRequest.newBuilder(balancer.uri("/api/suppliers/balanced-rpm"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(record)));
    assertEquals(201, put.statusCode(), put.body());
    List<Integer> found = new ArrayList<>();
    for (ServerProcess s : servers) {
      found.add(s.send(HttpRequest.newBuilder(s.uri("/api/suppliers/balanced-rpm"))).statusCode());
    }
    // only the primary has it: the replicas here are plain servers that copy nothing
    assertEquals(List.of(200, 404, 404), found);

    HttpResponse<String> org = balancer.send(HttpRequest.newBuilder(balancer.uri("/api/organisations"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Balanced ICB\"}")));
    assertEquals(201, org.statusCode(), org.body());
    String key = "Bearer " + JSON.readTree(org.body()).get("key").asText();
    // the key exists only in the primary's records: a GET of projects routed to a replica would be 401
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> projects = balancer.send(HttpRequest.newBuilder(balancer.uri("/api/projects"))
          .header("Authorization", key));
      assertEquals(200, projects.statusCode(), projects.body());
    }
  }

  /** One of each kind of read: the page, a search by query and by body, suggestions, facets, a supplier. */
  private static List<HttpRequest.Builder> reads(Balancer balancer) {
    return List.of(HttpRequest.newBuilder(balancer.uri("/")), search(balancer),
        HttpRequest.newBuilder(balancer.uri("/api/search")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"remote monitoring\"}")),
        HttpRequest.newBuilder(balancer.uri("/api/suggest?q=remo")),
        HttpRequest.newBuilder(balancer.uri("/api/facets")),
        HttpRequest.newBuilder(balancer.uri("/api/suppliers/alpha-rpm")));
  }

  private static HttpRequest.Builder search(Balancer balancer) {
    return HttpRequest.newBuilder(balancer.uri("/api/search?q=" + URLEncoder.encode("remote monitoring",
        StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> ok(Balancer balancer, HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = balancer.send(request);
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }

  @FunctionalInterface
  private interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** The one live server whose count of answered requests went up by one during {@code call}. */
  private static ServerProcess answeredBy(List<ServerProcess> servers, Call call) throws Exception {
    List<Long> before = requestCounts(servers);
    call.send();
    List<Long> after = requestCounts(servers);
    // a server counts a request once its answer is written, which may be just after the client has it
    while (sum(after) == sum(before)) {
      Thread.sleep(10);
      after = requestCounts(servers);
    }
    List<ServerProcess> answered = new ArrayList<>();
    for (int i = 0; i < servers.size(); i++) {
      long added = after.get(i) - before.get(i);
      if (added != 0) {
        assertEquals(1, added, "requests answered by server " + i);
        answered.add(servers.get(i));
      }
    }
    assertEquals(1, answered.size(), "servers that answered one request: " + answered.size());
    return answered.getFirst();
  }

  private static long sum(List<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Each server's answered requests from its own /metrics, but for /metrics itself and the balancer's
   * health checks; a dead server counts as 0.
   */
  private static List<Long> requestCounts(List<ServerProcess> servers) throws Exception {
    List<Long> counts = new ArrayList<>();
    for (ServerProcess s : servers) {
      long count = 0;
      if (s.process.isAlive()) {
        for (String line : s.send(HttpRequest.newBuilder(s.uri("/metrics"))).body().lines().toList()) {
          if (line.startsWith("http_requests_total{") && !line.contains("route=\"/metrics\"")
              && !line.contains("route=\"/health\"")) {
            count += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          }
        }
      }
      counts.add(count);
    }
    return counts;
  }

  /**
   * The primary and two replicas, started side by side, each with its own data directory (its index
   * and its records database beside it) loaded from the fixture.
   */
  private List<ServerProcess> startServers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<ServerProcess>> starting = new ArrayList<>();
    for (String name : List.of("primary", "replica1", "replica2")) {
      starting.add(pool.submit(() -> ServerProcess.start(dir.resolve(name).resolve("index"), TestCatalogue.TINY,
          TOKEN, dir.resolve(name + ".log"))));
    }
    pool.shutdown();
    List<ServerProcess> servers = new ArrayList<>();
    try {
      for (Future<ServerProcess> f : starting) {
        servers.add(f.get());
      }
      return servers;
    } catch (ExecutionException e) {
      starting.forEach(f -> {
        if (f.state() == Future.State.SUCCESS) {
          f.resultNow().close();
        }
      });
      throw e;
    }
  }
}
