package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.admin.AdminToken;

/** Cross-origin calls: allowed for the listed origin only, never by wildcard; off by default. */
class CorsTest {
  private static final String BUYER_SITE = "https://buyer.example.nhs.uk";
  private static ApiTestServer listed;
  private static ApiTestServer closed;

  @BeforeAll
  static void start() throws Exception {
    ServerSettings defaults = ServerSettings.defaults();
    listed = new ApiTestServer(AdminToken.none(), new ServerSettings(List.of(BUYER_SITE),
        defaults.maxConcurrentSearches(), defaults.maxQueuedSearches(), defaults.queueWaitMillis()));
    closed = new ApiTestServer(AdminToken.none(), defaults);
  }

  @AfterAll
  static void stop() throws Exception {
    listed.close();
    closed.close();
  }

  @Test
  void aListedOriginMayReadAnswers() throws Exception {
    HttpResponse<String> r = listed.send(get(listed, BUYER_SITE));
    assertEquals(200, r.statusCode());
    assertEquals(Optional.of(BUYER_SITE), r.headers().firstValue("Access-Control-Allow-Origin"));
    assertEquals(Optional.of("Origin"), r.headers().firstValue("Vary"));
  }

  @Test
  void anotherOriginGetsTheAnswerWithoutPermissionToReadIt() throws Exception {
    HttpResponse<String> r = listed.send(get(listed, "https://elsewhere.example"));
    assertEquals(200, r.statusCode());
    assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"));
  }

  @Test
  void aListedOriginsPreflightIsAnsweredWithWhatItMaySend() throws Exception {
    HttpResponse<String> r = listed.send(preflight(listed, BUYER_SITE));
    assertEquals(204, r.statusCode());
    assertEquals(Optional.of(BUYER_SITE), r.headers().firstValue("Access-Control-Allow-Origin"));
    assertEquals(Optional.of("GET, POST, PUT, PATCH, DELETE"), r.headers().firstValue("Access-Control-Allow-Methods"));
    assertEquals(Optional.of("Authorization, Content-Type, X-Actor"),
        r.headers().firstValue("Access-Control-Allow-Headers"));
    assertEquals(Optional.of("600"), r.headers().firstValue("Access-Control-Max-Age"));
  }

  @Test
  void anUnlistedOriginsPreflightIsRefusedAsAProblem() throws Exception {
    HttpResponse<String> r = listed.send(preflight(listed, "https://elsewhere.example"));
    assertEquals(403, r.statusCode());
    assertEquals(Optional.of(Json.PROBLEM), r.headers().firstValue("Content-Type"));
    assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"));
  }

  @Test
  void withNoOriginsListedNoOriginIsAllowed() throws Exception {
    HttpResponse<String> answer = closed.send(get(closed, BUYER_SITE));
    assertEquals(200, answer.statusCode());
    assertEquals(Optional.empty(), answer.headers().firstValue("Access-Control-Allow-Origin"));
    assertEquals(403, closed.send(preflight(closed, BUYER_SITE)).statusCode());
  }

  private static HttpRequest.Builder get(ApiTestServer server, String origin) {
    return HttpRequest.newBuilder(server.uri("/api/search?q=remote+monitoring")).header("Origin", origin);
  }

  private static HttpRequest.Builder preflight(ApiTestServer server, String origin) {
    return HttpRequest.newBuilder(server.uri("/api/search"))
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
  }
}
