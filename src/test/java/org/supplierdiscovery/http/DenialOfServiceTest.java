package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.admin.AdminToken;

/**
 * Small requests that used to cost the server seconds or gigabytes: each now gets a small, bounded
 * answer at once, and a request refused for its content never takes a search slot.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DenialOfServiceTest {
  private static final int MAX_ANSWER_BYTES = 64 * 1024;

  /** One search slot, one place in the queue, and a wait long enough that a queued request times the test out. */
  private static ApiTestServer oneSlot(int queued) throws Exception {
    return new ApiTestServer(AdminToken.of(ApiTestServer.TOKEN), new ServerSettings(List.of(), 1, queued, 60_000));
  }

  private static HttpResponse<String> postSearch(ApiTestServer api, String body) throws Exception {
    return api.send(HttpRequest.newBuilder(api.uri("/api/search")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String unknownValues(int count) {
    return IntStream.range(0, count).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void tenThousandUnknownFilterValuesAreRefusedSmallWithoutTakingASearchSlot() throws Exception {
    try (ApiTestServer api = oneSlot(1)) {
      CountDownLatch release = new CountDownLatch(1);
      Thread holder = HeldSlot.hold(api.server.gate(), release);
      // the only slot is taken: had the check run inside the gate, this would wait a minute in the queue
      HttpResponse<String> r = postSearch(api, "{\"filters\":{\"technologyArea\":" + unknownValues(10_000) + "}}");
      assertEquals(400, r.statusCode());
      assertTrue(r.body().length() < MAX_ANSWER_BYTES, "answer of " + r.body().length() + " characters");
      JsonNode problem = ApiTestServer.json(r);
      assertEquals("filters", problem.path("errors").get(0).path("name").asText());
      assertEquals("at most 100 filter values may be given, were 10000",
          problem.path("errors").get(0).path("reason").asText());
      assertEquals(0, api.server.gate().waiting());
      release.countDown();
      holder.join();
    }
  }

  @Test
  void unknownValuesWithinTheLimitAreEachNamedUpToTwentyAndTheRestCounted() throws Exception {
    try (ApiTestServer api = oneSlot(1)) {
      CountDownLatch release = new CountDownLatch(1);
      Thread holder = HeldSlot.hold(api.server.gate(), release);
      HttpResponse<String> r = postSearch(api, "{\"filters\":{\"technologyArea\":" + unknownValues(100) + "}}");
      assertEquals(400, r.statusCode());
      JsonNode problem = ApiTestServer.json(r);
      assertEquals(Problem.MAX_NAMED_ERRORS, problem.path("errors").size());
      assertEquals(80, problem.path("moreErrors").asInt());
      assertTrue(problem.path("detail").asText().endsWith("; and 80 more"), problem.path("detail").asText());
      assertTrue(r.body().length() < MAX_ANSWER_BYTES, "answer of " + r.body().length() + " characters");
      release.countDown();
      holder.join();
    }
  }

  @Test
  void aFilterValueRepeated1025TimesInTheUrlIsA400NamingTheLimitNotA500() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      HttpResponse<String> r = api.get("/api/search?" + "sme=true&".repeat(1_025));
      assertEquals(400, r.statusCode());
      assertEquals("at most 100 filter values may be given, were 1025",
          ApiTestServer.json(r).path("errors").get(0).path("reason").asText());
      HttpResponse<String> twice = api.get("/api/search?sme=true&sme=true");
      assertEquals(400, twice.statusCode());
      assertEquals("value 'true' is given more than once",
          ApiTestServer.json(twice).path("errors").get(0).path("reason").asText());
    }
  }

  @Test
  void lucenesClauseLimitIsA400NotA500() throws Exception {
    int limit = IndexSearcher.getMaxClauseCount();
    // the request limits keep real needs far below Lucene's limit; lowered here, an ordinary need reaches it
    IndexSearcher.setMaxClauseCount(4);
    try (ApiTestServer api = ApiTestServer.withToken()) {
      HttpResponse<String> r = api.get("/api/search?q=remote+monitoring+wearables+for+frailty+wards");
      assertEquals(400, r.statusCode(), r.body());
      assertEquals("makes a query of more than 4 clauses; use fewer words or filters",
          ApiTestServer.json(r).path("errors").get(0).path("reason").asText());
    } finally {
      IndexSearcher.setMaxClauseCount(limit);
    }
  }

  @Test
  void manyUnknownParametersAreNamedUpToTwentyAndCounted() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      String params = IntStream.range(0, 500).mapToObj(i -> "p" + i + "=x").collect(Collectors.joining("&"));
      HttpResponse<String> r = api.get("/api/search?" + params);
      assertEquals(400, r.statusCode());
      JsonNode problem = ApiTestServer.json(r);
      assertEquals(Problem.MAX_NAMED_ERRORS, problem.path("errors").size());
      assertEquals(480, problem.path("moreErrors").asInt());
      assertTrue(r.body().length() < MAX_ANSWER_BYTES, "answer of " + r.body().length() + " characters");
    }
  }

  @Test
  void aLongValueQuotedInAReasonIsClipped() throws Exception {
    try (ApiTestServer api = ApiTestServer.withToken()) {
      HttpResponse<String> r = postSearch(api,
          "{\"filters\":{\"technologyArea\":[\"" + "x".repeat(200_000) + "\"]}}");
      assertEquals(400, r.statusCode());
      assertTrue(r.body().length() < MAX_ANSWER_BYTES, "answer of " + r.body().length() + " characters");
      assertEquals(Problem.ParameterError.MAX_REASON_CHARS,
          ApiTestServer.json(r).path("errors").get(0).path("reason").asText().length());
    }
  }

  @Test
  void anOverloadedServerRefusesBeforeReadingTheRequest() throws Exception {
    try (ApiTestServer api = oneSlot(0)) {
      CountDownLatch release = new CountDownLatch(1);
      Thread holder = HeldSlot.hold(api.server.gate(), release);
      // not even JSON: a 503 rather than a 400 shows the body was never parsed
      HttpResponse<String> r = postSearch(api, "{not json");
      assertEquals(503, r.statusCode());
      assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
      assertEquals(503, api.get("/api/search?colour=blue").statusCode());
      release.countDown();
      holder.join();
      assertEquals(400, postSearch(api, "{not json").statusCode());
    }
  }
}
