package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A catalogue of hostile and mistaken requests: each gets a quick 4xx problem, or a plain answer. */
class BadInputTest {
  static ApiTestServer api;

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @AfterEach
  void stillHealthy() throws Exception {
    assertEquals(200, api.get("/health").statusCode());
  }

  private static String q(String text) {
    return "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("leading wildcard is a plain word", q("*abc"), 200, null),
        Arguments.of("regex is plain words", q("/.*a.{30}/"), 200, null),
        Arguments.of("fuzzy syntax is plain words", q("a~2"), 200, null),
        Arguments.of("5,000 OR'd terms in the URL", q("a OR ".repeat(5_000) + "a"), 414, null),
        Arguments.of("10,000 brackets in the URL", q("(".repeat(10_000)), 414, null),
        Arguments.of("1,001 characters", q("a".repeat(1_001)), 400, "q"),
        Arguments.of("65 terms", q("word ".repeat(65)), 400, "q"),
        Arguments.of("huge size", "/api/search?size=1000000", 400, "size"),
        Arguments.of("zero size", "/api/search?size=0", 400, "size"),
        Arguments.of("page beyond the window", "/api/search?page=10000000", 400, "page"),
        Arguments.of("page not a number", "/api/search?page=two", 400, "page"),
        Arguments.of("page empty", "/api/search?page=", 400, "page"),
        Arguments.of("page in Arabic-Indic digits", "/api/search?page=%D9%A2", 400, "page"),
        Arguments.of("size in fullwidth digits", "/api/search?size=%EF%BC%95", 400, "size"),
        Arguments.of("a filter value 1,025 times", "/api/search?" + "sme=true&".repeat(1_025), 400, "filters"),
        Arguments.of("suggest without q", "/api/suggest", 400, "q"),
        Arguments.of("facets with a parameter", "/api/facets?q=x", 400, "q"),
        Arguments.of("unknown sort", "/api/search?sort=price", 400, "sort"),
        Arguments.of("unknown dimension", "/api/search?colour=blue", 400, "colour"),
        Arguments.of("unknown value", "/api/search?technologyArea=Blockchain", 400, "technologyArea"),
        Arguments.of("q twice", "/api/search?q=a&q=b", 400, "q"),
        Arguments.of("suggest too long", "/api/suggest?q=" + "a".repeat(101), 400, "q"),
        Arguments.of("suggest unknown parameter", "/api/suggest?q=ab&limit=5", 400, "limit"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void answeredQuicklyInOneShape(String why, String path, int status, String parameter) throws Exception {
    var r = api.get(path);
    assertEquals(status, r.statusCode(), r.body());
    if (status >= 400) {
      var body = ApiTestServer.json(r);
      assertEquals("application/problem+json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals(status, body.path("status").asInt());
      if (parameter != null) {
        assertEquals(parameter, body.path("errors").get(0).path("name").asText(), r.body());
      }
      assertTrue(body.has("type") && body.has("title") && body.has("detail"));
    }
  }

  @Test
  void hugeNeedsInABodyAreRefusedByTheLimits() throws Exception {
    for (String need : new String[]{"a OR ".repeat(5_000) + "a", "(".repeat(10_000)}) {
      var r = api.send(HttpRequest.newBuilder(api.uri("/api/search")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"" + need + "\"}")));
      assertEquals(400, r.statusCode());
      assertEquals("q", ApiTestServer.json(r).path("errors").get(0).path("name").asText());
    }
  }

  @Test
  void invalidUtf8AndBadEscapesAreNamed() throws Exception {
    var notUtf8 = api.raw("GET /api/search?q=%ff%fe HTTP/1.1");
    assertEquals(400, notUtf8.status());
    assertTrue(notUtf8.isProblem() && notUtf8.body().contains("not valid UTF-8"), notUtf8.body());
    var badEscape = api.raw("GET /api/search?q=%zz HTTP/1.1");
    assertEquals(400, badEscape.status());
    assertTrue(badEscape.isProblem(), badEscape.headers());
  }

  @Test
  void aQueryStringOverTheHeaderLimitIsRefusedBeforeRouting() throws Exception {
    // 20 KB: over the 16 KiB request-header limit, yet small enough to be written whole before Jetty refuses it
    var r = api.raw("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1");
    assertEquals(414, r.status());
    assertTrue(r.isProblem(), r.headers());
    assertTrue(r.body().contains("\"status\":414"));
  }

  @Test
  void malformedAndOversizedBodies() throws Exception {
    var malformed = api.send(HttpRequest.newBuilder(api.uri("/api/search")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"q\": ")));
    assertEquals(400, malformed.statusCode());
    assertEquals("body", ApiTestServer.json(malformed).path("errors").get(0).path("name").asText());
    var unknownField = api
        .send(HttpRequest.newBuilder(api.uri("/api/search")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"x\"}")));
    assertEquals(400, unknownField.statusCode());
    // declared too large: refused before the body is read, so it is sent as headers alone
    var huge = api.raw("POST /api/search HTTP/1.1", "Content-Type: application/json", "Content-Length: 300000");
    assertEquals(413, huge.status());
    var notJson = api.send(HttpRequest.newBuilder(api.uri("/api/search")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("q=x")));
    assertEquals(415, notJson.statusCode());
  }

  @Test
  void unknownRoutesAndMethodsAreProblems() throws Exception {
    var missing = api.get("/api/nothing-here");
    assertEquals(404, missing.statusCode());
    assertEquals("application/problem+json; charset=utf-8", missing.headers().firstValue("Content-Type").orElse(""));
    var patch = api
        .send(HttpRequest.newBuilder(api.uri("/api/search")).method("PATCH", HttpRequest.BodyPublishers.noBody()));
    assertEquals(405, patch.statusCode(), patch.body());
    assertEquals("GET, POST", patch.headers().firstValue("Allow").orElse(""));
    assertEquals("application/problem+json; charset=utf-8", patch.headers().firstValue("Content-Type").orElse(""));
  }
}
