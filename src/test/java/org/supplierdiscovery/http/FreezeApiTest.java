package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Freezing over HTTP on loopback: the frozen list, its re-run after the catalogue changed, refusals. */
@Timeout(60)
class FreezeApiTest {
  private static final String ADMIN = "Bearer " + ApiTestServer.TOKEN;
  private static final String SEARCH = "{\"q\":\"remote monitoring\",\"filters\":{\"technologyArea\":[\"Wearables\"]}}";
  private final ApiTestServer api;

  FreezeApiTest() throws Exception {
    api = ApiTestServer.withFreezeLimit(3);
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private List<String> searchIds() throws Exception {
    return ApiTestServer.ids(ApiTestServer.json(api.call("POST", "/api/search", SEARCH, null)));
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.isTextual() ? n.asText() : n.path("id").asText()));
    return ids;
  }

  @Test
  void aFrozenListIsReRunOnTheCatalogueAsItWasAfterSuppliersAreAddedAndRemoved() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Virtual wards", SEARCH);
    List<String> before = searchIds();
    assertEquals(List.of("alpha-rpm"), before);
    HttpResponse<String> frozen = api.call("POST", "/api/projects/" + id + "/freeze", null, key);
    assertEquals(201, frozen.statusCode(), frozen.body());
    JsonNode f = ApiTestServer.json(frozen);
    assertEquals(before, ids(f.get("suppliers")));
    assertEquals("Alpha Remote Care", f.at("/suppliers/0/name").asText());
    assertEquals("Alpha Remote Care", f.at("/suppliers/0/record/name").asText());
    assertEquals(1, f.at("/suppliers/0/place").asInt());
    assertTrue(f.get("pinned").asBoolean());

    String added = ApiTestServer.supplier("new-wearable", "Newcomer Wearables", List.of("active"));
    assertEquals(201, api.put("/api/suppliers/new-wearable", added, ADMIN).statusCode());
    assertEquals(200, api.call("DELETE", "/api/suppliers/alpha-rpm", null, ADMIN).statusCode());
    assertEquals(List.of("new-wearable"), searchIds());

    HttpResponse<String> verify = api.call("GET", "/api/projects/" + id + "/freeze/verify", null, key);
    assertEquals(200, verify.statusCode(), verify.body());
    assertEquals("{\"same\":true,\"frozen\":[\"alpha-rpm\"],\"rerun\":[\"alpha-rpm\"],\"generation\":"
        + f.get("generation").asLong() + "}", verify.body());
    JsonNode now = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/freeze", null, key));
    assertEquals(f.get("suppliers"), now.get("suppliers"));
    assertEquals("Alpha Remote Care is no longer in the catalogue (since " + now.at("/notices/0/since").asText()
        + ").", now.at("/notices/0/message").asText());
  }

  @Test
  void aSearchAboveTheLimitIsRefusedWith409AndTheAdviceToNarrowIt() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Everything", "{\"q\":\"\"}");
    HttpResponse<String> r = api.call("POST", "/api/projects/" + id + "/freeze", null, key);
    assertEquals(409, r.statusCode(), r.body());
    assertEquals("application/problem+json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("The active search finds 5 suppliers; at most 3 can be frozen. Narrow the search (more words or"
        + " filters), save it and freeze again.", ApiTestServer.json(r).get("detail").asText());
    assertEquals(404, api.call("GET", "/api/projects/" + id + "/freeze", null, key).statusCode());
    String empty = api.project(key, "Nothing saved", null);
    assertEquals(409, api.call("POST", "/api/projects/" + empty + "/freeze", null, key).statusCode());
  }

  @Test
  void anotherOrganisationGets404AndNeverTheList() throws Exception {
    String leeds = api.organisationKey("Leeds ICB");
    String kent = api.organisationKey("Kent ICB");
    String id = api.project(leeds, "Virtual wards", SEARCH);
    assertEquals(201, api.call("POST", "/api/projects/" + id + "/freeze", null, leeds).statusCode());
    for (String[] c : new String[][]{{"POST", "/freeze"}, {"GET", "/freeze"}, {"GET", "/freeze/verify"},
        {"POST", "/close"}}) {
      HttpResponse<String> r = api.call(c[0], "/api/projects/" + id + c[1], null, kent);
      assertEquals(404, r.statusCode(), c[0] + " " + c[1]);
      assertFalse(r.body().contains("alpha-rpm"), r.body());
    }
    assertEquals(401, api.call("POST", "/api/projects/" + id + "/freeze", null, null).statusCode());
  }

  @Test
  void closingReleasesTheCatalogueAndTheProjectTakesNoMoreChanges() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.frozenProject(key, "Virtual wards", SEARCH);
    HttpResponse<String> closed = api.call("POST", "/api/projects/" + id + "/close", null, key);
    assertEquals(200, closed.statusCode(), closed.body());
    assertFalse(ApiTestServer.json(closed).get("closedAt").isNull());
    assertEquals(closed.body(), api.call("POST", "/api/projects/" + id + "/close", null, key).body());
    assertFalse(ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/freeze", null, key)).get("pinned")
        .asBoolean());
    HttpResponse<String> verify = api.call("GET", "/api/projects/" + id + "/freeze/verify", null, key);
    assertEquals(409, verify.statusCode(), verify.body());
    String other = api.project(key, "Second", SEARCH);
    assertEquals(200, api.call("POST", "/api/projects/" + other + "/close", null, key).statusCode());
    assertEquals(409, api.call("POST", "/api/projects/" + other + "/freeze", null, key).statusCode());
  }

  @Test
  void aBadActorHeaderOrAParameterIs400() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Virtual wards", SEARCH);
    for (String actor : new String[]{"Ana\tBuyer", "x".repeat(201), ""}) {
      HttpResponse<String> r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/projects/" + id
          + "/freeze")).header("Authorization", key).header("X-Actor", actor)
          .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
      assertEquals(400, r.statusCode(), actor);
      assertEquals("X-Actor", ApiTestServer.json(r).at("/errors/0/name").asText());
    }
    assertEquals(400, api.call("POST", "/api/projects/" + id + "/freeze?now=1", null, key).statusCode());
    assertEquals(404, api.call("GET", "/api/projects/" + id + "/freeze", null, key).statusCode());
  }
}
