package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both forms of a corrected need over HTTP, and the way to search it as typed. */
class AsTypedApiTest {
  static ApiTestServer api;

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void aCorrectedNeedCarriesWhatWasTypedAndWhatWasSearched() throws Exception {
    JsonNode r = ApiTestServer.json(api.get("/api/search?q=fraility"));
    assertEquals("fraility", r.path("query").asText());
    assertEquals("frailty", r.path("searched").asText());
    assertEquals("frailty", r.path("didYouMean").asText());
    assertEquals(ApiTestServer.ids(ApiTestServer.json(api.get("/api/search?q=frailty"))), ApiTestServer.ids(r));
  }

  @Test
  void asTypedSearchesTheWordsAsTypedInAQueryOrABody() throws Exception {
    JsonNode get = ApiTestServer.json(api.get("/api/search?q=fraility&asTyped=true"));
    assertEquals("fraility", get.path("searched").asText());
    assertEquals("frailty", get.path("didYouMean").asText());
    HttpResponse<String> post = api.send(HttpRequest.newBuilder(api.uri("/api/search"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"fraility\", \"asTyped\": true}")));
    assertEquals(200, post.statusCode());
    JsonNode body = ApiTestServer.json(post);
    assertEquals("fraility", body.path("searched").asText());
    assertEquals(get.path("total").asLong(), body.path("total").asLong());
  }

  @Test
  void asTypedIsTrueOrFalseAndNothingElse() throws Exception {
    HttpResponse<String> r = api.get("/api/search?q=fraility&asTyped=yes");
    assertEquals(400, r.statusCode());
    JsonNode problem = ApiTestServer.json(r);
    assertEquals("asTyped", problem.path("errors").get(0).path("name").asText());
    assertEquals("must be true or false", problem.path("errors").get(0).path("reason").asText());
  }
}
