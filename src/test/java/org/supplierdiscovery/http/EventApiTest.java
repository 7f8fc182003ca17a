package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A project's audit trail over HTTP: who did what and when, and a stored event altered in SQL is named. */
@Timeout(60)
class EventApiTest {
  private final ApiTestServer api;

  EventApiTest() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private HttpResponse<String> as(String person, String method, String path, String key) throws Exception {
    return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", key).header("X-Actor", person)
        .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void everyStepIsAnEventWithItsActorAndTheChainIsIntactUntilARowIsAltered() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Virtual wards", "{\"q\":\"remote monitoring\"}");
    assertEquals(201, as("Ana Patel", "POST", "/api/projects/" + id + "/freeze", key).statusCode());
    assertEquals(200, as("Ben Okafor", "POST", "/api/projects/" + id + "/close", key).statusCode());

    JsonNode events = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/events", null, key)).get("events");
    List<String> steps = new ArrayList<>();
    events.forEach(e -> steps.add(e.get("seq") + " " + e.get("type").asText() + " " + e.get("actor").asText()));
    assertEquals(List.of("1 create null", "2 save-search null", "3 freeze Ana Patel", "4 close Ben Okafor"), steps);
    assertEquals("[\"alpha-rpm\"]", events.at("/2/detail/suppliers").toString());
    assertEquals(events.at("/2/hash"), events.at("/3/previousHash"));
    assertEquals("{\"intact\":true,\"events\":4,\"brokenAt\":null,\"reason\":null}",
        api.call("GET", "/api/projects/" + id + "/events/verify", null, key).body());

    api.records.inTransaction(c -> {
      try (var s = c
          .prepareStatement("UPDATE project_event SET actor = 'Someone else' WHERE project_id = ? AND seq = 3")) {
        s.setString(1, id);
        return s.executeUpdate();
      }
    });
    assertEquals("{\"intact\":false,\"events\":4,\"brokenAt\":3,\"reason\":\"its hash does not match its content\"}",
        api.call("GET", "/api/projects/" + id + "/events/verify", null, key).body());
  }

  @Test
  void anotherOrganisationGets404() throws Exception {
    String leeds = api.organisationKey("Leeds ICB");
    String kent = api.organisationKey("Kent ICB");
    String id = api.project(leeds, "Virtual wards", null);
    for (String path : new String[]{"/events", "/events/verify"}) {
      HttpResponse<String> r = api.call("GET", "/api/projects/" + id + path, null, kent);
      assertEquals(404, r.statusCode(), path);
      assertFalse(r.body().contains("Virtual wards"), r.body());
    }
    assertEquals(400, api.call("GET", "/api/projects/" + id + "/events?from=2", null, leeds).statusCode());
  }
}
