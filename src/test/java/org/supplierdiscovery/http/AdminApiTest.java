package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.admin.AdminToken;

/** Catalogue changes over HTTP: who may make them, and what buyers see straight after. */
class AdminApiTest {
  private static final String RECORD = ApiTestServer.supplier("quokka", "Quokka Sensors", List.of("active"));

  /** Every admin route and method, with a credential presented one way or another. */
  private static List<HttpRequest.Builder> adminRequests(ApiTestServer api, String authorization, String query) {
    List<HttpRequest.Builder> all = new ArrayList<>();
    all.add(HttpRequest.newBuilder(api.uri("/api/suppliers/quokka" + query)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(RECORD)));
    all.add(HttpRequest.newBuilder(api.uri("/api/suppliers/alpha-rpm" + query)).DELETE());
    all.add(
        HttpRequest.newBuilder(api.uri("/api/suppliers/_bulk" + query)).header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(RECORD.replace("\n", "") + "\n{\"delete\":\"beta-video\"}\n")));
    all.add(HttpRequest.newBuilder(api.uri("/api/suppliers/alpha-rpm/history" + query)));
    if (authorization != null) {
      all.forEach(b -> b.header("Authorization", authorization));
    }
    return all;
  }

  private static void assertNothingWritten(ApiTestServer api, long generation) throws Exception {
    assertEquals(generation, api.catalogue.index.generation());
    assertEquals(6, api.catalogue.index.size());
    assertEquals(404, api.get("/api/suppliers/quokka").statusCode());
  }

  @Test
  void withoutAConfiguredTokenEveryChangeIs403() throws Exception {
    try (ApiTestServer api = new ApiTestServer(AdminToken.none(), ServerSettings.defaults())) {
      long generation = api.catalogue.index.generation();
      for (String auth : new String[]{null, "Bearer " + ApiTestServer.TOKEN, "Bearer anything-at-all-here"}) {
        for (var request : adminRequests(api, auth, "")) {
          HttpResponse<String> r = api.send(request);
          assertEquals(403, r.statusCode(), r.body());
          assertTrue(ApiTestServer.json(r).path("detail").asText().contains("switched off"));
        }
      }
      assertNothingWritten(api, generation);
      assertEquals(200, api.get("/api/search?q=alpha").statusCode());
    }
  }

  @Test
  void missingWrongOrMisplacedTokensAre401AndWriteNothing() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      long generation = api.catalogue.index.generation();
      String[][] cases = {
          {null, ""},
          {"Bearer wrong-token-wrong-token", ""},
          {"Bearer " + ApiTestServer.TOKEN + "x", ""},
          {"Basic " + ApiTestServer.TOKEN, ""},
          {ApiTestServer.TOKEN, ""},
          {null, "?access_token=" + ApiTestServer.TOKEN},
          {null, "?token=" + ApiTestServer.TOKEN},
      };
      for (String[] c : cases) {
        for (var request : adminRequests(api, c[0], c[1])) {
          HttpResponse<String> r = api.send(request);
          assertEquals(401, r.statusCode(), c[0] + c[1] + " " + r.body());
          assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
      }
      assertNothingWritten(api, generation);
    }
  }

  @Test
  void addSuspendAndRemoveAreSeenByTheNextSearch() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      String auth = "Bearer " + ApiTestServer.TOKEN;
      HttpResponse<String> created = api.put("/api/suppliers/quokka", RECORD, auth);
      assertEquals(201, created.statusCode(), created.body());
      long generation = ApiTestServer.json(created).path("generation").asLong();
      var found = ApiTestServer.json(api.get("/api/search?q=quokka"));
      assertEquals(1, found.path("total").asLong());
      assertTrue(found.path("generation").asLong() >= generation);

      double embedded = metric(api, "supplier_vectors_total{source=\"embedded\"}");
      double kept = metric(api, "supplier_vectors_total{source=\"kept\"}");
      String suspended = ApiTestServer.supplier("quokka", "Quokka Sensors", List.of("suspended"));
      assertEquals(200, api.put("/api/suppliers/quokka", suspended, auth).statusCode());
      // a suspension leaves the text its vector is made of as it was: the vector is kept, not embedded again
      assertEquals(embedded, metric(api, "supplier_vectors_total{source=\"embedded\"}"));
      assertEquals(kept + 1, metric(api, "supplier_vectors_total{source=\"kept\"}"));
      assertEquals(0, ApiTestServer.json(api.get("/api/search?q=quokka")).path("total").asLong());
      assertEquals(1, ApiTestServer.json(api.get("/api/search?q=quokka&status=suspended")).path("total").asLong());

      var deleted = api
          .send(HttpRequest.newBuilder(api.uri("/api/suppliers/quokka")).header("Authorization", auth).DELETE());
      assertEquals(200, deleted.statusCode());
      assertEquals(0, ApiTestServer.json(api.get("/api/search?q=quokka&status=suspended")).path("total").asLong());
      assertEquals(404,
          api.send(HttpRequest.newBuilder(api.uri("/api/suppliers/quokka")).header("Authorization", auth).DELETE())
              .statusCode());

      var history = ApiTestServer.json(
          api.send(HttpRequest.newBuilder(api.uri("/api/suppliers/quokka/history")).header("Authorization", auth)));
      assertEquals(3, history.path("changes").size());
      assertEquals("delete", history.path("changes").get(0).path("action").asText());
    }
  }

  @Test
  void invalidRecordsAreNamedAndChangeNothing() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      long generation = api.catalogue.index.generation();
      String bad = RECORD.replace("\"Wearables\"", "\"Blockchain\"");
      HttpResponse<String> r = api.put("/api/suppliers/other", bad, "Bearer " + ApiTestServer.TOKEN);
      assertEquals(400, r.statusCode());
      var errors = ApiTestServer.json(r).path("errors");
      assertEquals("technologyAreas[0]", errors.get(0).path("name").asText());
      assertEquals("id", errors.get(1).path("name").asText());
      assertEquals(400, api.put("/api/suppliers/quokka", "{not json", "Bearer " + ApiTestServer.TOKEN).statusCode());
      assertNothingWritten(api, generation);
    }
  }

  @Test
  void bulkCountsEveryLineAndListsTheRejectedOnes() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      String body = RECORD.replace("\n", "") + "\n{broken\n{\"delete\":\"beta-video\"}\n";
      var r = ApiTestServer.json(api.send(HttpRequest.newBuilder(api.uri("/api/suppliers/_bulk"))
          .header("Authorization", "Bearer " + ApiTestServer.TOKEN).header("Content-Type", "application/x-ndjson")
          .POST(HttpRequest.BodyPublishers.ofString(body))));
      assertEquals(2, r.path("accepted").asInt());
      assertEquals(1, r.path("rejected").asInt());
      assertEquals(2, r.path("lines").get(0).path("line").asInt(), "only the rejected line is listed");
      assertEquals(1, r.path("lines").size());
      assertEquals(404, api.get("/api/suppliers/beta-video").statusCode());
      assertEquals(200, api.get("/api/suppliers/quokka").statusCode());
    }
  }

  @Test
  void searchesNeverFailWhileWritesHappen() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<Integer>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int id = w;
        writers.add(pool.submit(() -> {
          int n = 0;
          for (; n < 40; n++) {
            String sid = "live-" + id + "-" + n;
            HttpResponse<String> r = api.put("/api/suppliers/" + sid,
                ApiTestServer.supplier(sid, "Live " + n, List.of("active")), "Bearer " + ApiTestServer.TOKEN);
            assertEquals(201, r.statusCode(), r.body());
          }
          return n;
        }));
      }
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          int n = 0;
          while (!stop.get()) {
            HttpResponse<String> res = api.get("/api/search?q=remote+monitoring&technologyArea=Wearables");
            assertEquals(200, res.statusCode(), res.body());
            n++;
          }
          return n;
        }));
      }
      for (Future<Integer> w : writers) {
        assertEquals(40, w.get());
      }
      stop.set(true);
      for (Future<Integer> r : readers) {
        assertTrue(r.get() > 0);
      }
      pool.shutdown();
      assertEquals(86, api.catalogue.index.size());
    }
  }

  /** One sample's value from {@code /metrics}, failing when the server does not expose it. */
  private static double metric(ApiTestServer api, String sample) throws Exception {
    String body = api.get("/metrics").body();
    return body.lines()
        .filter(l -> l.startsWith(sample + " "))
        .mapToDouble(l -> Double.parseDouble(l.substring(sample.length() + 1).strip()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(sample + " is not in /metrics:\n" + body));
  }
}
