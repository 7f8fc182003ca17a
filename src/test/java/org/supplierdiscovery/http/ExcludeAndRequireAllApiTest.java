package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Required and excluded filter values over real HTTP, as query parameters and in a JSON body. */
class ExcludeAndRequireAllApiTest {
  static ApiTestServer api;

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static List<String> ids(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    List<String> ids = new ArrayList<>();
    ApiTestServer.json(r).path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return api.send(HttpRequest.newBuilder(api.uri("/api/search")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void queryParametersExcludeAndRequireAll() throws Exception {
    assertEquals(List.of("beta-video", "gamma-triage", "zeta-data"),
        ids(api.get("/api/search?sort=name&technologyArea.not=Wearables")));
    assertEquals(List.of("alpha-rpm"),
        ids(api.get("/api/search?sort=name&technologyArea.all=Wearables&technologyArea.all=Internet+of+Things+(IoT)")));
    assertEquals(List.of("delta-wear"),
        ids(api.get("/api/search?sort=name&technologyArea=Wearables&technologyArea.not=Internet+of+Things+(IoT)")));
  }

  @Test
  void aJsonBodySaysTheSameWithAllAndNot() throws Exception {
    assertEquals(List.of("alpha-rpm"),
        ids(post("{\"sort\":\"name\",\"all\":{\"technologyArea\":[\"Wearables\",\"Internet of Things (IoT)\"]}}")));
    assertEquals(List.of("beta-video", "zeta-data"), ids(post("{\"sort\":\"name\",\"not\":{\"sme\":[\"true\"]}}")));
  }

  @Test
  void facetValuesSayHowTheyAreUsed() throws Exception {
    JsonNode body = ApiTestServer
        .json(api.get("/api/search?technologyArea.not=Wearables&capability.all=Remote+monitoring"));
    JsonNode wearables = value(body.path("facets").path("technologyArea"), "Wearables");
    assertEquals(List.of(false, false, true), flags(wearables));
    assertEquals(List.of(true, true, false), flags(value(body.path("facets").path("capability"), "Remote monitoring")));
  }

  @Test
  void aValueBothAskedForAndExcludedOrAnUnknownKindIsRefusedByName() throws Exception {
    HttpResponse<String> both = api.get("/api/search?technologyArea=Wearables&technologyArea.not=Wearables");
    assertEquals(400, both.statusCode());
    assertEquals("technologyArea.not", ApiTestServer.json(both).path("errors").get(0).path("name").asText());
    HttpResponse<String> unknown = api.get("/api/search?technologyArea.some=Wearables");
    assertEquals(400, unknown.statusCode());
    assertEquals("technologyArea.some", ApiTestServer.json(unknown).path("errors").get(0).path("name").asText());
    HttpResponse<String> badBody = post("{\"not\":{\"colour\":[\"blue\"]}}");
    assertEquals(400, badBody.statusCode());
    assertEquals("not.colour", ApiTestServer.json(badBody).path("errors").get(0).path("name").asText());
  }

  private static JsonNode value(JsonNode facet, String value) {
    for (JsonNode v : facet) {
      if (v.path("value").asText().equals(value)) {
        return v;
      }
    }
    throw new AssertionError(value + " missing");
  }

  private static List<Boolean> flags(JsonNode v) {
    return List.of(v.path("selected").asBoolean(), v.path("required").asBoolean(), v.path("excluded").asBoolean());
  }
}
