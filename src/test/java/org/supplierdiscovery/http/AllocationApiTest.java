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
import org.supplierdiscovery.records.RandomDraw;
import org.supplierdiscovery.records.RecordStore;

/**
 * Random allocation within a lot over HTTP on loopback: the draw, its record, its re-run and refusals. On
 * embedded H2; {@link AllocationApiPostgresIT} runs every case again with the records on PostgreSQL.
 */
@Timeout(60)
class AllocationApiTest {
  private static final String ADMIN = "Bearer " + ApiTestServer.TOKEN;
  private static final String DPS = "Online Consultation and Video Consultation DPS";
  private static final String LOT_1 = "{\"framework\":\"" + DPS + "\",\"lot\":\"Lot 1 - Digital triage\"}";
  private final ApiTestServer api;

  AllocationApiTest() throws Exception {
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

  /** Adds a supplier active on Lot 1 with the technology area given. */
  private void onLot1(String id, String area) throws Exception {
    String record = """
        {"id":"%s","name":"Triage %s","summary":"Digital triage for GP practices.","technologyAreas":["%s"],
         "listings":[{"framework":"%s","lot":"Lot 1 - Digital triage","status":"active","since":"2025-01-01"}]}"""
        .formatted(id, id, area, DPS);
    assertEquals(201, api.put("/api/suppliers/" + id, record, ADMIN).statusCode());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void aDrawIsRecordedAndItsReRunGivesTheSameSupplier() throws Exception {
    onLot1("triage-data", "Data");
    onLot1("triage-wearables", "Wearables");
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Triage", "{\"q\":\"anything at all\",\"filters\":{\"technologyArea\":[\"Data\","
        + "\"Artificial intelligence (AI) and automation\"],\"framework\":[\"Spark DPS\"]}}");
    HttpResponse<String> r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/projects/" + id
        + "/allocation")).header("Authorization", key).header("Content-Type", "application/json")
        .header("X-Actor", "Ana Buyer").POST(java.net.http.HttpRequest.BodyPublishers.ofString(LOT_1)));
    assertEquals(201, r.statusCode(), r.body());
    JsonNode a = ApiTestServer.json(r);
    // gamma-triage (AI) from the fixture and triage-data; triage-wearables is outside the search's filters,
    // beta-video is suspended on Lot 1; the words and the Spark DPS filter do not apply
    assertEquals(List.of("gamma-triage", "triage-data"), texts(a.get("eligible")));
    assertEquals(RandomDraw.draw(a.get("seed").asText(), List.of("gamma-triage", "triage-data")).chosen(),
        a.get("chosen").asText());
    assertEquals(64, a.get("seed").asText().length());
    assertEquals(RandomDraw.ALGORITHM, a.get("algorithm").asText());
    assertEquals(RandomDraw.DESCRIPTION, a.get("algorithmDescription").asText());
    assertEquals("{\"filters\":{\"technologyArea\":[\"Data\",\"Artificial intelligence (AI) and automation\"]},"
        + "\"all\":{},\"not\":{}}", a.get("filters").toString());
    assertEquals("Ana Buyer", a.get("allocatedBy").asText());
    assertEquals(ApiTestServer.json(api.get("/health")).get("generation").asLong(), a.get("generation").asLong());
    assertEquals(r.body(), api.call("GET", "/api/projects/" + id + "/allocation", null, key).body());

    HttpResponse<String> verify = api.call("GET", "/api/projects/" + id + "/allocation/verify", null, key);
    assertEquals(200, verify.statusCode(), verify.body());
    JsonNode v = ApiTestServer.json(verify);
    assertTrue(v.get("same").asBoolean(), verify.body());
    assertTrue(v.get("eligibleInStatedOrder").asBoolean(), verify.body());
    assertEquals(a.get("chosen"), v.get("rerun"));

    JsonNode events = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/events", null, key)).get("events");
    JsonNode event = events.get(events.size() - 1);
    assertEquals("allocate", event.get("type").asText());
    assertEquals("Ana Buyer", event.get("actor").asText());
    for (String field : new String[]{"seed", "algorithm", "chosen", "eligible", "generation", "filters", "lot"}) {
      assertEquals(a.get(field), event.at("/detail/" + field), field);
    }
    assertTrue(ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/events/verify", null, key))
        .get("intact").asBoolean());

    HttpResponse<String> again = api.call("POST", "/api/projects/" + id + "/allocation", LOT_1, key);
    assertEquals(409, again.statusCode(), again.body());
    assertEquals(r.body(), api.call("GET", "/api/projects/" + id + "/allocation", null, key).body());
  }

  @Test
  void anotherOrganisationGets404AndNeverTheRecord() throws Exception {
    String leeds = api.organisationKey("Leeds ICB");
    String kent = api.organisationKey("Kent ICB");
    String id = api.project(leeds, "Triage", null);
    assertEquals(201, api.call("POST", "/api/projects/" + id + "/allocation", LOT_1, leeds).statusCode());
    for (String[] c : new String[][]{{"POST", ""}, {"GET", ""}, {"GET", "/verify"}}) {
      HttpResponse<String> r = api.call(c[0], "/api/projects/" + id + "/allocation" + c[1],
          c[0].equals("POST") ? LOT_1 : null, kent);
      assertEquals(404, r.statusCode(), c[0] + " " + c[1]);
      assertFalse(r.body().contains("gamma-triage"), r.body());
    }
    assertEquals(401, api.call("GET", "/api/projects/" + id + "/allocation", null, null).statusCode());
  }

  @Test
  void aLotNotAllocatedAtRandomOrUnknownIsRefusedWith400AndNothingIsStored() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Hosting", null);
    HttpResponse<String> r = api.call("POST", "/api/projects/" + id + "/allocation",
        "{\"framework\":\"G-Cloud 14\",\"lot\":\"Lot 1 - Cloud hosting\"}", key);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("lot", ApiTestServer.json(r).at("/errors/0/name").asText());
    assertEquals("suppliers on Lot 1 - Cloud hosting of G-Cloud 14 are not allocated at random; these are: Lot 1 -"
        + " Digital triage, Lot 2 - Digital triage, Lot 3 - Digital triage, Lot 4 - Video consultation of " + DPS,
        ApiTestServer.json(r).at("/errors/0/reason").asText());
    assertEquals("framework", ApiTestServer.json(api.call("POST", "/api/projects/" + id + "/allocation",
        "{\"framework\":\"G-Cloud 15\",\"lot\":\"Lot 1 - Cloud hosting\"}", key)).at("/errors/0/name").asText());
    assertEquals(400, api.call("POST", "/api/projects/" + id + "/allocation", "{\"framework\":\"" + DPS
        + "\",\"lot\":\"Lot 9\"}", key).statusCode());
    assertEquals(400, api.call("POST", "/api/projects/" + id + "/allocation", "{\"framework\":\"" + DPS + "\"}",
        key).statusCode());
    assertEquals(400, api.call("POST", "/api/projects/" + id + "/allocation", "{\"lot\":7}", key).statusCode());
    assertEquals(404, api.call("GET", "/api/projects/" + id + "/allocation", null, key).statusCode());
  }

  @Test
  void aLotWithNoEligibleSupplierIsRefusedWith409AndNothingIsStored() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Triage", null);
    HttpResponse<String> r = api.call("POST", "/api/projects/" + id + "/allocation",
        "{\"framework\":\"" + DPS + "\",\"lot\":\"Lot 2 - Digital triage\"}", key);
    assertEquals(409, r.statusCode(), r.body());
    assertEquals("No supplier is active on Lot 2 - Digital triage of " + DPS + "; nothing was drawn or recorded.",
        ApiTestServer.json(r).get("detail").asText());
    assertEquals(404, api.call("GET", "/api/projects/" + id + "/allocation", null, key).statusCode());
    String narrowed = api.project(key, "Wearable triage",
        "{\"q\":\"\",\"filters\":{\"technologyArea\":[\"Wearables\"]}}");
    HttpResponse<String> none = api.call("POST", "/api/projects/" + narrowed + "/allocation", LOT_1, key);
    assertEquals(409, none.statusCode(), none.body());
    assertTrue(ApiTestServer.json(none).get("detail").asText().contains("within the filters of the project's active"
        + " saved search"), none.body());
    assertEquals(201, api.call("POST", "/api/projects/" + id + "/allocation", LOT_1, key).statusCode());
  }

  @Test
  void aClosedProjectTakesNoAllocation() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Triage", null);
    assertEquals(200, api.call("POST", "/api/projects/" + id + "/close", null, key).statusCode());
    HttpResponse<String> r = api.call("POST", "/api/projects/" + id + "/allocation", LOT_1, key);
    assertEquals(409, r.statusCode(), r.body());
    assertEquals("The project is closed; it takes no more changes.", ApiTestServer.json(r).get("detail").asText());
    assertEquals(404, api.call("GET", "/api/projects/" + id + "/allocation", null, key).statusCode());
  }
}
