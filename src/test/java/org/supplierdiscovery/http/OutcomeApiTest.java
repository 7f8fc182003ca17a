package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Recording a project's outcome over HTTP on loopback. */
@Timeout(60)
class OutcomeApiTest {
  private static final String AWARD = "{\"outcome\":\"awarded\",\"supplierId\":\"alpha-rpm\",\"value\":125000.5,"
      + "\"start\":\"2027-01-01\",\"end\":\"2028-12-31\"}";
  private final ApiTestServer api;
  private final String key;
  private final String id;

  OutcomeApiTest() throws Exception {
    api = ApiTestServer.withToken();
    key = api.organisationKey("Leeds ICB");
    id = api.frozenProject(key, "Wearables", "{\"q\":\"remote monitoring wearables\"}");
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private HttpResponse<String> put(String body) throws Exception {
    return api.call("PUT", "/api/projects/" + id + "/outcome", body, key);
  }

  private String problem(String body) throws Exception {
    HttpResponse<String> r = put(body);
    return r.statusCode() + " " + ApiTestServer.json(r).at("/errors/0/name").asText() + ": "
        + ApiTestServer.json(r).at("/errors/0/reason").asText();
  }

  @Test
  void anAwardIsRecordedWithItsValueInPoundsAndDates() throws Exception {
    HttpResponse<String> r = put(AWARD);
    assertEquals(200, r.statusCode(), r.body());
    String recorded = r.body().replaceFirst("\"recordedAt\":\"[^\"]+\"", "\"recordedAt\":\"T\"");
    assertEquals("{\"outcome\":\"awarded\",\"supplierId\":\"alpha-rpm\",\"value\":\"125000.50\",\"currency\":\"GBP\","
        + "\"start\":\"2027-01-01\",\"end\":\"2028-12-31\",\"reason\":null,\"recordedAt\":\"T\",\"recordedBy\":null}",
        recorded);
    assertEquals(r.body(), api.call("GET", "/api/projects/" + id + "/outcome", null, key).body());
    HttpResponse<String> none = put("{\"outcome\":\"none-suitable\",\"reason\":\"None integrates with our EPR.\"}");
    assertEquals(200, none.statusCode(), none.body());
    assertEquals("none-suitable", ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/outcome", null, key))
        .get("outcome").asText());
  }

  @Test
  void eachBadFieldIs400AndNamed() throws Exception {
    assertEquals("400 reason: is required", problem("{\"outcome\":\"cancelled\"}"));
    assertEquals("400 reason: is required", problem("{\"outcome\":\"none-suitable\"}"));
    assertEquals("400 supplierId: only for an awarded outcome",
        problem("{\"outcome\":\"cancelled\",\"reason\":\"x\",\"supplierId\":\"alpha-rpm\"}"));
    assertEquals("400 outcome: must be awarded, cancelled or none-suitable", problem("{\"outcome\":\"won\"}"));
    assertEquals("400 outcome: is required: awarded, cancelled or none-suitable", problem("{}"));
    assertEquals("400 end: must be after start", problem(AWARD.replace("2028-12-31", "2027-01-01")));
    assertEquals("400 start: must be a date YYYY-MM-DD", problem(AWARD.replace("2027-01-01", "1/1/2027")));
    assertEquals("400 currency: must be GBP", problem(AWARD.replace("}", ",\"currency\":\"EUR\"}")));
    assertEquals(400, put(AWARD.replace("125000.5", "-3")).statusCode());
    assertEquals(400, put(AWARD.replace("125000.5", "1.005")).statusCode());
    assertEquals(400, put(AWARD.replace("125000.5", "\"125000\"")).statusCode());
    assertEquals("400 supplierId: is required: the awarded supplier of the frozen list",
        problem(AWARD.replace("\"supplierId\":\"alpha-rpm\",", "")));
    assertEquals(404, api.call("GET", "/api/projects/" + id + "/outcome", null, key).statusCode());
  }

  @Test
  void aSupplierOutsideTheFrozenListIs409AndAnotherOrganisationGets404() throws Exception {
    assertEquals(409, put(AWARD.replace("alpha-rpm", "zeta-data")).statusCode());
    String kent = api.organisationKey("Kent ICB");
    assertEquals(404, api.call("PUT", "/api/projects/" + id + "/outcome", AWARD, kent).statusCode());
    assertEquals(404, api.call("GET", "/api/projects/" + id + "/outcome", null, kent).statusCode());
  }
}
