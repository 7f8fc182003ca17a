package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A frozen list says when one of its suppliers has since been suspended, removed or had its framework
 * expire: in the frozen search and in the saved search that was frozen, with the reason and since when.
 */
@Timeout(60)
class FrozenNoticeApiTest {
  private static final String ADMIN = "Bearer " + ApiTestServer.TOKEN;
  private static final String SEARCH = "{\"q\":\"\",\"filters\":{\"technologyArea\":[\"Wearables\"]}}";
  private final ApiTestServer api;

  FrozenNoticeApiTest() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  /** Delta Wearables as in the fixture, with its Spark DPS listing in the status given. */
  private void deltaOnSpark(String status, String since, String reason) throws Exception {
    String record = """
        {"id":"delta-wear","name":"Delta Wearables","summary":"Wearable fitness trackers for sport and occupational\
         health.","sme":true,"regions":["London"],"technologyAreas":["Wearables"],"capabilities":["Patient-facing\
         app"],"listings":[{"framework":"Spark DPS","status":"%s","since":"%s"%s}]}"""
        .formatted(status, since, reason == null ? "" : ",\"reason\":\"" + reason + "\"");
    HttpResponse<String> r = api.put("/api/suppliers/delta-wear", record, ADMIN);
    assertEquals(200, r.statusCode(), r.body());
  }

  private JsonNode frozenSearchView(String key, String id) throws Exception {
    JsonNode searches = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/searches", null, key))
        .get("searches");
    assertEquals(1, searches.size());
    return searches.get(0);
  }

  @Test
  void aSupplierSuspendedAfterTheFreezeCarriesANoticeWithItsReasonAndDate() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.project(key, "Wearables", SEARCH);
    HttpResponse<String> frozen = api.call("POST", "/api/projects/" + id + "/freeze", null, key);
    assertEquals(201, frozen.statusCode(), frozen.body());
    assertEquals("[]", ApiTestServer.json(frozen).get("notices").toString());
    assertEquals("[]", frozenSearchView(key, id).get("notices").toString());

    deltaOnSpark("suspended", "2026-12-01", "unpaid-fee");
    JsonNode notices = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/freeze", null, key))
        .get("notices");
    assertEquals("[{\"supplierId\":\"delta-wear\",\"supplierName\":\"Delta Wearables\",\"change\":\"suspended\","
        + "\"framework\":\"Spark DPS\",\"lot\":null,\"was\":\"active\",\"reason\":\"unpaid-fee\","
        + "\"reasonLabel\":\"Unpaid fee\",\"since\":\"2026-12-01\",\"message\":\"Delta Wearables is now suspended on"
        + " Spark DPS since 2026-12-01: Unpaid fee (it was active when frozen).\"}]", notices.toString());
    assertEquals(notices, frozenSearchView(key, id).get("notices"));
  }

  @Test
  void anExpiredFrameworkAndARemovalAreNoticedAndAReinstatementIsNot() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = api.frozenProject(key, "Wearables", SEARCH);
    deltaOnSpark("expired", "2026-11-30", null);
    JsonNode notice = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/freeze", null, key))
        .at("/notices/0");
    assertEquals("expired framework-expired Framework expired 2026-11-30", notice.get("change").asText() + " "
        + notice.get("reason").asText() + " " + notice.get("reasonLabel").asText() + " "
        + notice.get("since").asText());
    deltaOnSpark("removed", "2026-12-02", "data-handling");
    assertEquals("Delta Wearables is now removed on Spark DPS since 2026-12-02: Data handling (it was active when"
        + " frozen).", frozenSearchView(key, id).at("/notices/0/message").asText());
    deltaOnSpark("active", "2026-12-03", null);
    assertEquals("[]", frozenSearchView(key, id).get("notices").toString());
  }
}
