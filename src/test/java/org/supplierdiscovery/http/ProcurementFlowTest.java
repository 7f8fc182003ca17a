package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.records.RecordStore;

/**
 * The whole procurement record through the API, as the README walks it: a need saved into a project,
 * frozen, each supplier decided, a random allocation, the outcome, the export and an intact audit
 * trail; another organisation sees none of it. {@link ProcurementFlowPostgresIT} runs it on PostgreSQL.
 */
@Timeout(120)
class ProcurementFlowTest {
  private static final String ADMIN = "Bearer " + ApiTestServer.TOKEN;
  private static final String LOT = "{\"framework\":\"Online Consultation and Video Consultation DPS\","
      + "\"lot\":\"Lot 1 - Digital triage\"}";
  private final ApiTestServer api;

  ProcurementFlowTest() throws Exception {
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

  private JsonNode ok(int status, HttpResponse<String> r) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    return ApiTestServer.json(r);
  }

  @Test
  void fromANeedToAnExportedRecordWithAnOutcome() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String other = api.organisationKey("Kent ICB");
    String p = "/api/projects/" + ok(201, api.call("POST", "/api/projects", "{\"name\":\"Triage 2027\"}", key))
        .get("id").asText();
    JsonNode saved = ok(201, api.call("POST", p + "/searches", "{\"q\":\"remote monitoring wearables\"}", key));
    assertTrue(saved.get("summary").asText().contains("'remote monitoring wearables'"), saved.toString());

    JsonNode frozen = ok(201, api.call("POST", p + "/freeze", null, key));
    List<String> ids = new ArrayList<>();
    frozen.get("suppliers").forEach(s -> ids.add(s.get("id").asText()));
    assertTrue(ids.size() >= 2, ids.toString());
    ok(200, api.put(p + "/decisions/" + ids.get(0), "{\"decision\":\"shortlisted\"}", key));
    ok(200, api.put(p + "/decisions/" + ids.get(1), "{\"decision\":\"excluded\",\"reason\":\"No NHS login.\"}", key));
    JsonNode compared = ok(200, api.call("GET", p + "/compare?suppliers=" + ids.get(0), null, key));
    assertEquals(ids.get(0), compared.at("/suppliers/0/id").asText());

    JsonNode drawn = ok(201, api.call("POST", p + "/allocation", LOT, key));
    JsonNode verified = ok(200, api.call("GET", p + "/allocation/verify", null, key));
    assertTrue(verified.get("same").asBoolean(), verified.toString());
    assertEquals(drawn.get("chosen").asText(), verified.get("rerun").asText());

    ok(200, api.put(p + "/outcome", "{\"outcome\":\"awarded\",\"supplierId\":\"" + ids.get(0)
        + "\",\"value\":48000.5,\"start\":\"2027-04-01\",\"end\":\"2028-03-31\"}", key));
    HttpResponse<String> csv = api.call("GET", p + "/export.csv", null, key);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().contains("Outcome,\"Awarded to " + frozen.at("/suppliers/0/name").asText() + " ("
        + ids.get(0) + "), GBP 48000.50, 2027-04-01 to 2028-03-31 (recorded "), csv.body());
    assertTrue(csv.body().contains("excluded,No NHS login."), csv.body());
    assertEquals(200, api.call("GET", p + "/export.pdf", null, key).statusCode());

    List<String> types = new ArrayList<>();
    ok(200, api.call("GET", p + "/events", null, key)).get("events").forEach(e -> types.add(e.get("type").asText()));
    assertEquals(List.of("create", "save-search", "freeze", "decide", "decide", "allocate", "outcome", "download",
        "download"), types);
    assertTrue(ok(200, api.call("GET", p + "/events/verify", null, key)).get("intact").asBoolean());

    assertEquals(List.of(), ids(ok(200, api.call("GET", "/api/projects", null, other)).get("projects")));
    for (String path : List.of(p, p + "/freeze", p + "/decisions", p + "/outcome", p + "/allocation", p + "/events",
        p + "/export.csv")) {
      assertEquals(404, api.call("GET", path, null, other).statusCode(), path);
    }
    assertEquals(401, api.call("GET", p, null, ADMIN).statusCode());
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }
}
