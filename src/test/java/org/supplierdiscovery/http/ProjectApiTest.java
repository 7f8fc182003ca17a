package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.records.RecordStore;

/** On embedded H2; {@link ProjectApiPostgresIT} runs every case again with the records on PostgreSQL. */
@Timeout(60)
class ProjectApiTest {
  private static final String ADMIN = "Bearer " + ApiTestServer.TOKEN;
  private final ApiTestServer api;

  ProjectApiTest() throws Exception {
    api = ApiTestServer.withToken(openRecords());
  }

  /** A record store on a new, empty database. */
  RecordStore openRecords() {
    return RecordStore.inMemory();
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private HttpResponse<String> call(String method, String path, String body, String authorization) throws Exception {
    return api.call(method, path, body, authorization);
  }

  private String organisationKey(String name) throws Exception {
    HttpResponse<String> r = call("POST", "/api/organisations", "{\"name\":\"" + name + "\"}", ADMIN);
    assertEquals(201, r.statusCode(), r.body());
    return "Bearer " + ApiTestServer.json(r).get("key").asText();
  }

  private String project(String key, String name) throws Exception {
    HttpResponse<String> r = call("POST", "/api/projects", "{\"name\":\"" + name + "\"}", key);
    assertEquals(201, r.statusCode(), r.body());
    return ApiTestServer.json(r).get("id").asText();
  }

  @Test
  void theAdminCreatesOrganisationsAndTheKeyIsShownOnlyOnce() throws Exception {
    assertEquals(401, call("POST", "/api/organisations", "{\"name\":\"Leeds ICB\"}", null).statusCode());
    organisationKey("Leeds ICB");
    HttpResponse<String> list = call("GET", "/api/organisations", null, ADMIN);
    assertEquals(200, list.statusCode());
    JsonNode org = ApiTestServer.json(list).get("organisations").get(0);
    assertEquals("Leeds ICB", org.get("name").asText());
    assertFalse(org.has("key"));
    assertFalse(list.body().contains("sdk_"));
  }

  @Test
  void aBuyerRouteWithoutAValidKeyIs401ProblemJson() throws Exception {
    for (String auth : new String[]{null, "Bearer sdk_unknown", ADMIN, "Basic abc"}) {
      HttpResponse<String> r = call("GET", "/api/projects", null, auth);
      assertEquals(401, r.statusCode(), String.valueOf(auth));
      assertEquals("application/problem+json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(401, ApiTestServer.json(r).get("status").asInt());
    }
  }

  @Test
  void anotherOrganisationsProjectAnswers404AndNeverItsContent() throws Exception {
    String leeds = organisationKey("Leeds ICB");
    String kent = organisationKey("Kent ICB");
    String id = project(leeds, "Virtual wards for frailty");
    for (String[] c : new String[][]{{"GET", "/api/projects/" + id, null}, {"PATCH", "/api/projects/" + id,
        "{\"name\":\"Mine now\"}"}, {"GET", "/api/projects/" + id + "/searches", null},
        {"POST", "/api/projects/" + id + "/searches", "{\"q\":\"remote monitoring\"}"}}) {
      HttpResponse<String> r = call(c[0], c[1], c[2], kent);
      assertEquals(404, r.statusCode(), c[0] + " " + c[1]);
      assertFalse(r.body().contains("Virtual wards"), r.body());
    }
    assertEquals("{\"projects\":[]}", call("GET", "/api/projects", null, kent).body());
    HttpResponse<String> own = call("GET", "/api/projects/" + id, null, leeds);
    assertEquals("Virtual wards for frailty", ApiTestServer.json(own).get("name").asText());
  }

  @Test
  void aSavedSearchIsSummedUpFromRunningItAndTheLastSavedIsActive() throws Exception {
    String leeds = organisationKey("Leeds ICB");
    String id = project(leeds, "Remote monitoring");
    String body = "{\"q\":\"remote monitoring\",\"filters\":{\"framework\":[\"Spark DPS\"],"
        + "\"technologyArea\":[\"Wearables\"]}}";
    long total = ApiTestServer.json(call("POST", "/api/search", body, null)).get("total").asLong();
    assertTrue(total > 0);
    HttpResponse<String> saved = call("POST", "/api/projects/" + id + "/searches", body, leeds);
    assertEquals(201, saved.statusCode(), saved.body());
    JsonNode s = ApiTestServer.json(saved);
    assertEquals(total + (total == 1 ? " supplier" : " suppliers")
        + " for 'remote monitoring' on Spark DPS, technology area Wearables", s.get("summary").asText());
    assertEquals(total, s.get("total").asLong());
    assertEquals("{\"q\":\"remote monitoring\",\"filters\":{\"technologyArea\":[\"Wearables\"],\"framework\":"
        + "[\"Spark DPS\"]},\"all\":{},\"not\":{},\"sort\":\"relevance\",\"asTyped\":false}",
        s.get("request").toString());
    String first = s.get("id").asText();
    String second = ApiTestServer.json(call("POST", "/api/projects/" + id + "/searches", "{\"q\":\"triage\"}", leeds))
        .get("id").asText();
    assertEquals(second, ApiTestServer.json(call("GET", "/api/projects/" + id, null, leeds)).get("activeSearchId")
        .asText());
    HttpResponse<String> chosen = call("POST", "/api/projects/" + id + "/searches/" + first + "/activate", null, leeds);
    assertEquals(first, ApiTestServer.json(chosen).get("activeSearchId").asText());
    JsonNode list = ApiTestServer.json(call("GET", "/api/projects/" + id + "/searches", null, leeds)).get("searches");
    assertEquals(2, list.size());
    assertTrue(list.get(0).get("active").asBoolean());
    assertFalse(list.get(1).get("active").asBoolean());
  }

  @Test
  void aSearchIsRefusedToBeSavedExactlyAsTheSearchApiRefusesIt() throws Exception {
    String leeds = organisationKey("Leeds ICB");
    String id = project(leeds, "Bad input");
    String body = "{\"q\":\"x\",\"filters\":{\"technologyArea\":[\"Teleportation\"]}}";
    HttpResponse<String> search = call("POST", "/api/search", body, null);
    HttpResponse<String> save = call("POST", "/api/projects/" + id + "/searches", body, leeds);
    assertEquals(400, save.statusCode());
    assertEquals(search.body(), save.body());
    assertEquals(400, call("POST", "/api/projects/" + id + "/searches", "{\"qq\":\"x\"}", leeds).statusCode());
    assertEquals(400, call("POST", "/api/projects", "{\"name\":\" padded \"}", leeds).statusCode());
    assertEquals(400, call("POST", "/api/projects", "{}", leeds).statusCode());
    assertEquals(400, call("PATCH", "/api/projects/" + id, "[1]", leeds).statusCode());
    assertEquals("{\"searches\":[]}", call("GET", "/api/projects/" + id + "/searches", null, leeds).body());
  }
}
